import type { Db } from '@ordo/supabase-client';

/** Longest single sleep between asking for a token: the job's abort signal is looked at between sleeps. */
const MAX_SLEEP_MS = 1_000;

/**
 * Waits until the shared bucket `bucket` (send_rate_buckets, one per provider) gives a token: at
 * most `perSecond` sends a second across every worker. Waits rather than fails; throws only when
 * `signal` aborts (timeout, shutdown), with nothing sent.
 */
export async function waitForSendToken(db: Db, bucket: string, perSecond: number, signal: AbortSignal): Promise<void> {
  for (;;) {
    signal.throwIfAborted();
    // One statement, its own transaction: a single round trip per try (a worker's own table).
    const [row] = await db.sql<{ wait: number }[]>`select public.take_send_token(${bucket}, ${perSecond}) as wait`;
    const waitMs = (row?.wait ?? 0) * 1000;
    if (waitMs <= 0) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, Math.min(Math.ceil(waitMs), MAX_SLEEP_MS));
      function done() {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        resolve();
      }
      signal.addEventListener('abort', done, { once: true });
    });
  }
}
