import { randomUUID } from 'node:crypto';
import { log } from '../logger.ts';
import type { StreamEvent } from './schemas.ts';
import { type DraftLease, renewDraftLease } from './store.ts';

/**
 * This process's lease on the drafts it runs. Another instance treats a draft as abandoned only
 * once its lease has expired, so a live draft is never drafted twice; a process that stops
 * renewing (it died) loses its drafts within `leaseMs`.
 */
export const DRAFT_LEASE: DraftLease = { owner: randomUUID(), leaseMs: 15_000 };

// Events reach the row within a tick, which is how streams on other instances follow the draft.
const TICK_MS = 1_000;
// With nothing new to record, the lease is still renewed well before it runs out.
const RENEW_EVERY_MS = DRAFT_LEASE.leaseMs / 3;

interface LeasedRun {
  readonly userId: string;
  readonly dumpId: string;
  readonly events: readonly StreamEvent[];
}

/**
 * Renews the lease of a draft running here and records its new events, until the returned
 * function stops it. `onLost` runs when the lease is gone (the draft was taken over).
 */
export function keepDraftLease(run: LeasedRun, onLost: () => void): () => void {
  let recorded = 0;
  let renewedAt = Date.now();
  let renewing = false;
  const timer = setInterval(() => {
    const count = run.events.length;
    const fresh = count > recorded;
    if (renewing || (!fresh && Date.now() - renewedAt < RENEW_EVERY_MS)) return;
    renewing = true;
    renewDraftLease(run.userId, run.dumpId, DRAFT_LEASE, fresh ? run.events.slice(0, count) : null)
      .then((held) => {
        if (!held) {
          clearInterval(timer);
          onLost();
          return;
        }
        recorded = count;
        renewedAt = Date.now();
      })
      .catch((error: unknown) => log().warn({ err: error, dumpId: run.dumpId }, 'could not renew a draft lease'))
      .finally(() => {
        renewing = false;
      });
  }, TICK_MS);
  timer.unref();
  return () => clearInterval(timer);
}
