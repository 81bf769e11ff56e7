import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Logger } from '@ordo/config';
import type { BriefEmailInput, BriefMailLinks, OutgoingMail, RenderedBriefEmail } from '@ordo/notify';
import { type MailThreadRequest, mailThreadResponseSchema } from './mail-thread-protocol.ts';

/**
 * The CPU-heavy pure work of a brief's email: rendering it (Markdown to HTML and text) and composing
 * the message (MIME, quoted-printable). In a busy worker it was a third of the job loop's thread;
 * on threads of its own it runs beside the loop's database and SMTP round trips.
 */
export interface MailWork {
  render(input: BriefEmailInput): Promise<RenderedBriefEmail>;
  compose(from: string, mail: OutgoingMail): Promise<string>;
  close(): void;
}

type Request = MailThreadRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

interface Pending {
  resolve: (value: string | RenderedBriefEmail) => void;
  reject: (error: Error) => void;
}

interface Thread {
  worker: Worker;
  pending: Map<number, Pending>;
}

// Source (tsx, tests) runs the .ts beside this file; the bundle runs dist/mail-thread.js beside main.js.
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const THREAD_URL = new URL(FROM_SOURCE ? './mail-thread.ts' : './mail-thread.js', import.meta.url);

// From source (tsx, vitest) the thread registers tsx's loader itself before loading the .ts: Node 20
// applies no --import to a thread.
const TSX_BOOTSTRAP =
  "const { workerData } = require('node:worker_threads'); import(workerData.tsx).then(({ register }) => { register(); return import(workerData.entry); })";

function newThread(links: BriefMailLinks): Worker {
  if (!FROM_SOURCE) return new Worker(THREAD_URL, { workerData: { links } });
  // require.resolve finds the package's CommonJS build; its ES module build is beside it.
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  return new Worker(TSX_BOOTSTRAP, { eval: true, workerData: { links, tsx, entry: THREAD_URL.href } });
}

/**
 * Threads one fewer than the CPUs (at least one, at most `max`): the job loop keeps a CPU. Threads
 * start on first use and never hold the process open. A thread that dies fails what it was doing
 * (the caller's error path takes it from there) and is started again on the next call.
 */
export function createMailThreads(links: BriefMailLinks, log: Logger, max = 2): MailWork {
  const size = Math.max(1, Math.min(max, availableParallelism() - 1));
  const threads: (Thread | null)[] = Array.from({ length: size }, () => null);
  let nextId = 0;
  let closed = false;

  function start(slot: number): Thread {
    const worker = newThread(links);
    const thread: Thread = { worker, pending: new Map() };
    const fail = (error: Error) => {
      if (threads[slot] === thread) threads[slot] = null;
      for (const pending of thread.pending.values()) pending.reject(error);
      thread.pending.clear();
    };
    worker.on('message', (message: unknown) => {
      const response = mailThreadResponseSchema.parse(message);
      const pending = thread.pending.get(response.id);
      if (!pending) return;
      thread.pending.delete(response.id);
      if (response.ok) pending.resolve(response.value);
      else pending.reject(new Error(`mail thread: ${response.message}`));
    });
    worker.on('error', (error) => {
      log.error({ err: error }, 'mail thread failed; it is started again on the next email');
      fail(error);
    });
    worker.on('exit', (code) => fail(new Error(`mail thread exited with code ${code}`)));
    worker.unref();
    threads[slot] = thread;
    return thread;
  }

  // The thread with the least in hand takes the next piece of work.
  function pick(): Thread {
    let best = 0;
    for (let slot = 1; slot < threads.length; slot++) {
      if ((threads[slot]?.pending.size ?? 0) < (threads[best]?.pending.size ?? 0)) best = slot;
    }
    return threads[best] ?? start(best);
  }

  function call(request: Request): Promise<string | RenderedBriefEmail> {
    if (closed) return Promise.reject(new Error('mail threads are closed'));
    const thread = pick();
    const id = nextId++;
    return new Promise((resolve, reject) => {
      thread.pending.set(id, { resolve, reject });
      thread.worker.postMessage({ ...request, id });
    });
  }

  return {
    async render(input) {
      const value = await call({ op: 'render', input });
      if (typeof value === 'string') throw new Error('mail thread: a render came back as a message');
      return value;
    },
    async compose(from, mail) {
      const value = await call({ op: 'compose', from, mail });
      if (typeof value !== 'string') throw new Error('mail thread: a message came back as a render');
      return value;
    },
    close() {
      closed = true;
      for (const thread of threads) void thread?.worker.terminate();
    },
  };
}
