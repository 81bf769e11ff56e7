import {
  createDrafter,
  type DraftContext,
  type Drafter,
  defaultProvider,
  LlmGatewayError,
  type Provider,
} from '@ordo/ai-pipeline';
import { config } from '../config.ts';
import { database } from '../db.ts';
import { log } from '../logger.ts';
import { monthlyTokenBudget } from '../usage-limits/plan-limits.ts';
import { DRAFT_LEASE, keepDraftLease } from './draft-lease.ts';
import { draftThread } from './draft-thread.ts';
import type { StreamEvent } from './schemas.ts';
import { failDrafting, finishDrafting } from './store.ts';

type Listener = (event: StreamEvent, id: number) => void;

/** The error event's data: what went wrong, and whether opening the stream again may succeed. */
export interface DraftFailure {
  code: string;
  message: string;
  recoverable: boolean;
}

const CLOSED_STREAM: DraftFailure = {
  code: 'aborted',
  message: 'drafting stopped because the stream closed; open it again to restart',
  recoverable: true,
};

const LEASE_LOST: DraftFailure = {
  code: 'interrupted',
  message: 'drafting stopped because another server took the draft over',
  recoverable: true,
};

function failureOf(error: unknown): DraftFailure {
  if (error instanceof LlmGatewayError) return { code: error.code, message: error.message, recoverable: error.recoverable };
  return { code: 'internal_error', message: 'drafting failed unexpectedly', recoverable: true };
}

/**
 * One draft in progress in this process, under its lease. It lives as long as someone here
 * watches it: the last stream to close aborts it (and the upstream model call). Events go to the
 * watchers at once and are kept here, which is what a stream joining a running draft replays; the
 * row gets them with each lease renewal (at most a write a second), which is what streams on other
 * instances follow, and all of them when the draft ends. A process that dies midway stops renewing:
 * once its lease has expired, reopening the dump fails the draft and drafts it again if nothing was produced.
 */
export class DraftRun {
  readonly events: StreamEvent[] = [];
  readonly #listeners = new Map<Listener, () => void>();
  readonly #abort = new AbortController();
  #finished = false;
  #leaseLost = false;
  readonly #operations: unknown[] = [];

  constructor(
    readonly userId: string,
    readonly dumpId: string,
  ) {}

  get finished(): boolean {
    return this.#finished;
  }

  /** Calls `listener` for each event after the ones already in `events`, and `end` when the run ends. */
  watch(listener: Listener, end: () => void): () => void {
    this.#listeners.set(listener, end);
    return () => {
      this.#listeners.delete(listener);
      if (this.#listeners.size === 0 && !this.#finished) this.#abort.abort();
    };
  }

  async run(provider: Provider, text: string, context: DraftContext): Promise<void> {
    let usage: Record<string, unknown> | null = null;
    const stopRenewing = keepDraftLease(this, () => {
      this.#leaseLost = true;
      this.#abort.abort();
    });
    try {
      const drafter = await this.#drafter(provider);
      for await (const event of drafter.draft(text, context, this.#abort.signal)) {
        if (event.type === 'status') this.#publish({ event: 'status', data: { phase: event.phase } });
        else if (event.type === 'usage') {
          usage = { ...event.usage };
          this.#publish({ event: 'usage', data: usage });
        } else {
          this.#publish({ event: 'operation', data: { index: this.#operations.length, operation: event.operation } });
          this.#operations.push(event.operation);
        }
      }
      if (this.#abort.signal.aborted) throw new Error('aborted');
      const done: StreamEvent = { event: 'done', data: { operations: this.#operations.length } };
      // Recorded before it is sent: a client that sees `done` can apply at once.
      await finishDrafting(this.userId, this.dumpId, DRAFT_LEASE.owner, {
        events: [...this.events, done],
        operations: this.#operations,
        usage,
        model: typeof usage?.model === 'string' ? usage.model : null,
      });
      this.#publish(done);
    } catch (error) {
      const failure = this.#leaseLost ? LEASE_LOST : this.#abort.signal.aborted ? CLOSED_STREAM : failureOf(error);
      if (failure.code === 'internal_error') log().error({ err: error, dumpId: this.dumpId }, 'brain dump drafting failed');
      const event: StreamEvent = { event: 'error', data: failure };
      try {
        await failDrafting(this.userId, this.dumpId, DRAFT_LEASE.owner, {
          events: [...this.events, event],
          operations: this.#operations,
          error: failure.message,
        });
      } finally {
        this.#publish(event);
      }
    } finally {
      stopRenewing();
      this.#finished = true;
      for (const end of this.#listeners.values()) end();
      this.#listeners.clear();
    }
  }

  /** Model drafts run on the process's drafting thread when there is one; the offline parser runs here. */
  async #drafter(provider: Provider): Promise<Drafter> {
    if (provider !== 'offline') {
      const thread = await draftThread();
      if (thread) return thread.drafter(provider, this.userId);
    }
    return createDrafter({ provider, env: config(), userId: this.userId, db: database(), monthlyTokenBudget: monthlyTokenBudget(), logger: log() });
  }

  #publish(event: StreamEvent): void {
    this.events.push(event);
    const id = this.events.length;
    for (const listener of this.#listeners.keys()) listener(event, id);
  }

}

const runs = new Map<string, DraftRun>();

/** The draft of this dump running in this process, if any. */
export function runningDraft(dumpId: string): DraftRun | undefined {
  return runs.get(dumpId);
}

/** Starts drafting a dump already claimed in the database; the run leaves the registry when it ends. */
export function startDraft(user: { id: string }, dumpId: string, text: string, context: DraftContext): DraftRun {
  const run = new DraftRun(user.id, dumpId);
  runs.set(dumpId, run);
  run
    .run(draftProvider(), text, context)
    .catch((error: unknown) => log().error({ err: error, dumpId }, 'brain dump run failed to record its outcome'))
    .finally(() => runs.delete(dumpId));
  return run;
}

/** Which provider drafts: the configured one, or the offline parser when no key is set. */
export function draftProvider(): Provider {
  return defaultProvider(config());
}
