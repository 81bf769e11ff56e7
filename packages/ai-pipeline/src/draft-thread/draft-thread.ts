import type { Worker } from 'node:worker_threads';
import { type Env, type Logger, redactSecrets } from '@ordo/config';
import type { DraftContext, DraftEvent, Drafter } from '../drafter.ts';
import type { CallLedger } from '../gateway/call-ledger.ts';
import { LlmCallAbortedError, TokenBudgetExceededError } from '../gateway/errors.ts';
import type { HostedProvider } from '../providers/provider.ts';
import { type DraftFailure, fromThreadSchema, type LedgerAnswer, type ReceivedFromThread, type ToThread } from './protocol.ts';
import type { DraftThreadData } from './run-draft-thread.ts';
import { ThreadGatewayError } from './thread-gateway-error.ts';

type DraftMessage = Extract<ReceivedFromThread, { type: 'event' | 'finished' | 'failed' }>;
type LedgerMessage = Extract<ReceivedFromThread, { type: 'reserve' | 'record' | 'release' }>;

export interface DraftThreadOptions {
  /**
   * Starts a worker thread on a module that calls runDraftThread(), with `workerData` as given;
   * called again after a thread dies.
   */
  spawn: (workerData: DraftThreadData) => Worker;
  /** The configuration, passed on to the thread. */
  env: Env;
  /** Where the thread's calls check budgets and are recorded (null: neither, as the gateway without a db). */
  ledger: CallLedger | null;
  logger: Logger;
}

/** One draft's messages from the thread, in order, awaited one at a time. */
class Inbox {
  readonly #queue: DraftMessage[] = [];
  #waiter: ((message: DraftMessage) => void) | null = null;

  push(message: DraftMessage): void {
    const waiter = this.#waiter;
    if (waiter) {
      this.#waiter = null;
      waiter(message);
    } else this.#queue.push(message);
  }

  next(): Promise<DraftMessage> {
    const message = this.#queue.shift();
    if (message !== undefined) return Promise.resolve(message);
    return new Promise((resolve) => {
      this.#waiter = resolve;
    });
  }
}

function failureError(failure: DraftFailure): Error {
  if (failure.kind === 'gateway') return new ThreadGatewayError(failure.code, failure.message, failure.recoverable);
  return new Error(`drafting thread: ${failure.message}`);
}

/**
 * LLM drafting on a worker thread of its own, so that reading model streams (the SDKs' decoding of
 * thousands of pieces a second) never holds up the thread that serves requests. The thread posts
 * each complete operation, status and usage back; this side answers its budget checks and call
 * records from the database and hands out Drafters that look exactly like in-process ones.
 * Closing a draft early (abort or a consumer that stops reading) aborts it in the thread, which
 * cancels the upstream request; a thread that dies fails its drafts, and the next draft starts a
 * new one.
 */
export class DraftThread {
  readonly #options: DraftThreadOptions;
  readonly #drafts = new Map<number, Inbox>();
  #worker: Worker | null = null;
  #ids = 0;

  constructor(options: DraftThreadOptions) {
    this.#options = options;
  }

  drafter(provider: HostedProvider, userId: string | null): Drafter {
    return { provider, draft: (text, context, signal) => this.#draft(provider, userId, text, context, signal) };
  }

  /** Stops the thread; drafts still running fail. */
  async close(): Promise<void> {
    const worker = this.#worker;
    if (worker) await worker.terminate();
  }

  async *#draft(
    provider: HostedProvider,
    userId: string | null,
    text: string,
    context: DraftContext,
    signal: AbortSignal | undefined,
  ): AsyncGenerator<DraftEvent> {
    if (signal?.aborted) throw new LlmCallAbortedError();
    const id = ++this.#ids;
    const inbox = new Inbox();
    this.#drafts.set(id, inbox);
    const worker = this.#thread();
    const abort = () => this.#send(worker, { type: 'abort', id });
    signal?.addEventListener('abort', abort, { once: true });
    let ended = false;
    try {
      this.#send(worker, { type: 'draft', id, provider, userId, text, context });
      for (;;) {
        const message = await inbox.next();
        if (message.type === 'event') {
          yield message.event;
          continue;
        }
        ended = true;
        if (message.type === 'failed') throw failureError(message.failure);
        return;
      }
    } finally {
      signal?.removeEventListener('abort', abort);
      this.#drafts.delete(id);
      if (!ended) abort();
    }
  }

  #send(worker: Worker, message: ToThread): void {
    if (worker === this.#worker) worker.postMessage(message);
  }

  #thread(): Worker {
    if (this.#worker) return this.#worker;
    const worker = this.#options.spawn({ role: 'draft-thread', env: this.#options.env });
    this.#worker = worker;
    worker.on('message', (raw: unknown) => this.#receive(worker, raw));
    worker.on('error', (error) => this.#options.logger.error({ err: error }, 'the drafting thread failed'));
    worker.once('exit', (code) => {
      if (this.#worker === worker) this.#worker = null;
      const failure: DraftFailure = { kind: 'internal', message: `the thread stopped (exit code ${code})` };
      for (const inbox of this.#drafts.values()) inbox.push({ type: 'failed', id: 0, failure });
    });
    // Requests in flight keep the process alive; an idle drafting thread must not. After the
    // listeners: adding a 'message' listener refs the worker's port again.
    worker.unref();
    return worker;
  }

  #receive(worker: Worker, raw: unknown): void {
    const parsed = fromThreadSchema.safeParse(raw);
    if (!parsed.success) {
      // Its drafts cannot be trusted any more: the exit fails them, and the next draft starts afresh.
      this.#options.logger.error({ problem: parsed.error.message }, 'the drafting thread sent a malformed message; stopping it');
      void worker.terminate();
      return;
    }
    const message = parsed.data;
    if (message.type === 'reserve' || message.type === 'record' || message.type === 'release') {
      void this.#answer(worker, message.call, this.#ledgerWork(message));
      return;
    }
    this.#drafts.get(message.id)?.push(message);
  }

  /** The reservation's id for `reserve` (none without a ledger); nothing for the others. */
  async #ledgerWork(message: LedgerMessage): Promise<string | undefined> {
    const { ledger } = this.#options;
    if (ledger === null) return undefined;
    if (message.type === 'reserve') return (await ledger.reserve(message.reservation)) ?? undefined;
    if (message.type === 'record') await ledger.record(message.record);
    else await ledger.release(message.reservationId);
    return undefined;
  }

  async #answer(worker: Worker, call: number, work: Promise<string | undefined>): Promise<void> {
    let answer: LedgerAnswer;
    try {
      const reservationId = await work;
      answer = reservationId === undefined ? { outcome: 'ok' } : { outcome: 'ok', reservationId };
    } catch (error) {
      answer =
        error instanceof TokenBudgetExceededError
          ? {
              outcome: 'over_budget',
              usedTokens: error.usedTokens,
              limitTokens: error.limitTokens,
              resetsAt: error.resetsAt,
              neededTokens: error.neededTokens,
            }
          : { outcome: 'failed', message: redactSecrets(error instanceof Error ? error.message : String(error), this.#options.env) };
    }
    this.#send(worker, { type: 'ledger_answer', call, answer });
  }
}
