import type { Db, Tx } from '@ordo/supabase-client';

/** The shared bucket of text messages (send_rate_buckets): SMS_MAX_PER_SECOND across all workers. */
export const SMS_RATE_BUCKET = 'sms';

/**
 * Slots are granted at most this far ahead, so a send sleeps at most this long. Short: a send
 * granted a slot far ahead holds its job's concurrency slot while it sleeps, and in a burst the
 * sends asking later would be pushed that far back for nothing.
 */
const HORIZON_MS = 50;
/** Between asking again for slots the last answer could not grant (at most one interval of the rate, or this). */
const MIN_ASK_AGAIN_MS = 1;

interface Waiter {
  signal: AbortSignal;
  granted: (waitMs: number) => void;
  refused: (error: unknown) => void;
  aborted: () => void;
  /** Left the line (granted, refused or aborted). */
  done: boolean;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', aborted);
      resolve();
    }, ms);
    function aborted() {
      clearTimeout(timer);
      reject(signal.reason);
    }
    signal.addEventListener('abort', aborted, { once: true });
  });
}

/**
 * A worker's turns at one shared send bucket (public.reserve_send_slots): at most `perSecond` sends
 * a second across every worker, spaced 1/rate apart. The sends waiting in one turn of the event
 * loop (and while a reservation is in flight) ask together, one statement for all of them; each
 * then sleeps until its slot. Sends wait rather than fail; a send stops waiting only when its
 * signal aborts (timeout, shutdown), with nothing sent, and a slot it was granted goes unused.
 */
export class SendSlots {
  private line: Waiter[] = [];
  private asking = false;

  constructor(
    private readonly db: Db,
    private readonly bucket: string,
    private readonly perSecond: number,
  ) {}

  /**
   * Slots for `count` sends reserved in the caller's transaction, committed (or rolled back) with
   * it: for sends claimed in a transaction anyway, no statement of their own. The instants of those
   * granted (performance.now() ms), in order; fewer than count when the rate cannot grant them all
   * within the horizon, and the rest take() their turn. The statement is sent at the call, so it
   * goes out before anything the caller sends after it (a pipelined COMMIT).
   */
  async reserveIn(tx: Tx, count: number): Promise<number[]> {
    const reserved = tx<{ waits: number[] }[]>`
      select waits from public.reserve_send_slots(${this.bucket}, ${this.perSecond}, ${count}, ${HORIZON_MS / 1000})`.execute();
    const [slots] = await reserved;
    const answeredAt = performance.now();
    return (slots?.waits ?? []).map((wait) => answeredAt + wait * 1000);
  }

  /** Resolves at a slot reserveIn granted (at once if it has come); rejects if the signal aborts first. */
  async until(at: number, signal: AbortSignal): Promise<void> {
    signal.throwIfAborted();
    const waitMs = at - performance.now();
    if (waitMs > 0) await sleep(waitMs, signal);
  }

  /** Resolves when this send's slot has come. */
  async take(signal: AbortSignal): Promise<void> {
    signal.throwIfAborted();
    const waitMs = await new Promise<number>((granted, refused) => {
      const waiter: Waiter = { signal, granted, refused, aborted: () => this.settle(waiter, () => refused(signal.reason)), done: false };
      signal.addEventListener('abort', waiter.aborted, { once: true });
      this.line.push(waiter);
      this.askSoon(0);
    });
    if (waitMs > 0) await sleep(waitMs, signal);
  }

  private askSoon(afterMs: number): void {
    if (this.asking) return;
    this.asking = true;
    // After this turn's sends have joined the line.
    const ask = () => void this.ask();
    if (afterMs > 0) setTimeout(ask, afterMs);
    else setImmediate(ask);
  }

  private async ask(): Promise<void> {
    const waiting = this.line.filter((waiter) => !waiter.done);
    this.line = [];
    if (waiting.length === 0) {
      this.asking = false;
      return;
    }
    let slots: { waits: number[]; next_wait: number } | undefined;
    try {
      [slots] = await this.db.sql<{ waits: number[]; next_wait: number }[]>`
        select waits, next_wait from public.reserve_send_slots(${this.bucket}, ${this.perSecond}, ${waiting.length}, ${HORIZON_MS / 1000})`;
    } catch (error) {
      for (const waiter of waiting) this.settle(waiter, () => waiter.refused(error));
    }
    const waits = slots?.waits ?? [];
    // Slots go in line order to those still waiting; an aborted send's slot goes to the next.
    let next = 0;
    for (const waiter of waiting) {
      if (waiter.done) continue;
      if (next < waits.length) {
        const waitMs = (waits[next++] ?? 0) * 1000;
        this.settle(waiter, () => waiter.granted(waitMs));
      } else {
        this.line.push(waiter);
      }
    }
    // Newcomers joined meanwhile, or some were not granted: ask again, not before a slot can be.
    this.asking = false;
    if (this.line.length === 0) return;
    const untilGrantable = slots ? slots.next_wait * 1000 - HORIZON_MS : 0;
    this.askSoon(Math.min(HORIZON_MS, Math.max(untilGrantable, waits.length < waiting.length ? MIN_ASK_AGAIN_MS : 0)));
  }

  private settle(waiter: Waiter, answer: () => void): void {
    if (waiter.done) return;
    waiter.done = true;
    waiter.signal.removeEventListener('abort', waiter.aborted);
    answer();
  }
}
