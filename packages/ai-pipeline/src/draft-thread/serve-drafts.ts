import { type Env, type Logger, redactSecrets } from '@ordo/config';
import type { CallLedger } from '../gateway/call-ledger.ts';
import { LlmGatewayError, TokenBudgetExceededError } from '../gateway/errors.ts';
import { createLlmDrafter } from '../llm/drafter.ts';
import { type FromThread, type LedgerAnswer, type ReceivedByThread, toThreadSchema } from './protocol.ts';

/** The thread's end of its channel to the parent (a worker thread's `parentPort`). */
export interface ParentChannel {
  postMessage(message: FromThread): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
}

type DraftRequest = Extract<ReceivedByThread, { type: 'draft' }>;
type LedgerRequest = DistributiveOmit<Extract<FromThread, { type: 'reserve' | 'record' | 'release' }>, 'call'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * Runs inside the drafting thread: drafts what the parent asks for and sends back each event as
 * the drafter produces it (status, every complete operation, usage), then `finished` or `failed`.
 * The model stream and its decoding stay in this thread; the parent reserves budgets and records
 * calls in its database when asked (`reserve`, `record`, `release`), so the thread holds no connections.
 */
export function serveDrafts(parent: ParentChannel, env: Env, logger: Logger): void {
  const running = new Map<number, AbortController>();
  const waiting = new Map<number, (answer: LedgerAnswer) => void>();
  let calls = 0;

  function ask(request: LedgerRequest): Promise<string | undefined> {
    const call = ++calls;
    return new Promise((resolve, reject) => {
      waiting.set(call, (answer) => {
        if (answer.outcome === 'ok') resolve(answer.reservationId);
        else if (answer.outcome === 'over_budget') {
          reject(new TokenBudgetExceededError(answer.usedTokens, answer.limitTokens, answer.resetsAt, answer.neededTokens));
        } else reject(new Error(answer.message));
      });
      parent.postMessage({ ...request, call });
    });
  }

  const ledger: CallLedger = {
    reserve: async (reservation) => (await ask({ type: 'reserve', reservation })) ?? null,
    record: async (record) => {
      await ask({ type: 'record', record });
    },
    release: async (reservationId) => {
      await ask({ type: 'release', reservationId });
    },
  };

  async function draft(request: DraftRequest): Promise<void> {
    const { id } = request;
    const controller = new AbortController();
    running.set(id, controller);
    try {
      const drafter = createLlmDrafter({ provider: request.provider, env, userId: request.userId, ledger, logger });
      for await (const event of drafter.draft(request.text, request.context, controller.signal)) {
        parent.postMessage({ type: 'event', id, event });
      }
      parent.postMessage({ type: 'finished', id });
    } catch (error) {
      if (error instanceof LlmGatewayError) {
        const failure = { kind: 'gateway' as const, code: error.code, message: error.message, recoverable: error.recoverable };
        parent.postMessage({ type: 'failed', id, failure });
      } else {
        logger.error({ err: error }, 'drafting thread: a draft failed unexpectedly');
        parent.postMessage({ type: 'failed', id, failure: { kind: 'internal', message: redactSecrets(String(error), env) } });
      }
    } finally {
      running.delete(id);
    }
  }

  parent.on('message', (raw) => {
    const parsed = toThreadSchema.safeParse(raw);
    if (!parsed.success) {
      logger.error({ problem: parsed.error.message }, 'drafting thread: ignored a malformed message from its parent');
      return;
    }
    const message = parsed.data;
    if (message.type === 'draft') void draft(message);
    else if (message.type === 'abort') running.get(message.id)?.abort();
    else {
      const answer = waiting.get(message.call);
      waiting.delete(message.call);
      answer?.(message.answer);
    }
  });
}
