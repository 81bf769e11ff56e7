import { log } from '../logger.ts';
import { formatEvent } from './event-stream.ts';
import type { StreamEvent } from './schemas.ts';
import { failAbandonedDraft, readDraftState } from './store.ts';

// How often a follower reads the row; the drafting process records new events about once a second.
const POLL_MS = 500;

const ABANDONED_MESSAGE = 'drafting was interrupted (the server stopped)';
/** The last event of a draft whose process stopped midway (its lease expired). */
const ABANDONED: StreamEvent = { event: 'error', data: { code: 'interrupted', message: ABANDONED_MESSAGE, recoverable: true } };

/** Fails the dump's draft if its lease has expired: the process drafting it stopped. */
export function failIfAbandoned(userId: string, dumpId: string): Promise<boolean> {
  return failAbandonedDraft(userId, dumpId, ABANDONED, ABANDONED_MESSAGE);
}

/**
 * A draft running in another process, followed through its row: the recorded events after `seen`,
 * then each new one as the drafting process records it, until the draft ends. A draft whose lease
 * expires meanwhile (its process stopped) is failed as abandoned, which ends the stream.
 */
export function followStream(userId: string, dumpId: string, seen: number): ReadableStream<Uint8Array> {
  let timer: NodeJS.Timeout | undefined;
  let cancelled = false;
  let sent = seen;
  return new ReadableStream({
    start(controller) {
      const poll = async (): Promise<boolean> => {
        const state = await readDraftState(userId, dumpId);
        if (cancelled) return false;
        const events = state?.events ?? [];
        while (sent < events.length) {
          controller.enqueue(formatEvent(events[sent] as StreamEvent, sent + 1));
          sent += 1;
        }
        if (state?.status !== 'drafting') return false;
        if (!state.leased) await failIfAbandoned(userId, dumpId);
        return true;
      };
      const tick = () => {
        poll().then(
          (more) => {
            // Unref'd: a follower never holds up the process's exit.
            if (more && !cancelled) timer = setTimeout(tick, POLL_MS).unref();
            else if (!cancelled) controller.close();
          },
          (error: unknown) => {
            // The client reconnects (EventSource does by itself) and follows again from its last event.
            log().warn({ err: error, dumpId }, 'following a brain dump draft failed');
            if (!cancelled) controller.close();
          },
        );
      };
      tick();
    },
    cancel() {
      cancelled = true;
      clearTimeout(timer);
    },
  });
}
