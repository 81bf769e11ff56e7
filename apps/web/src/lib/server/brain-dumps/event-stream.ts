import type { DraftRun } from './draft-run.ts';
import type { StreamEvent } from './schemas.ts';

export const SSE_HEADERS = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-store',
  // Proxies such as nginx would otherwise hold events back in their buffers.
  'x-accel-buffering': 'no',
} as const;

const encoder = new TextEncoder();

/** One server-sent event; its id is its position in the dump's stream, from 1. */
export function formatEvent(event: StreamEvent, id: number): Uint8Array {
  return encoder.encode(`id: ${id}\nevent: ${event.event}\ndata: ${JSON.stringify(event.data)}\n\n`);
}

/** How many events the client has already seen, from its Last-Event-ID header (0 when absent or not ours). */
export function seenEvents(lastEventId: string | null): number {
  if (lastEventId === null || !/^\d{1,9}$/.test(lastEventId.trim())) return 0;
  return Number(lastEventId.trim());
}

/** The events after `seen`, then the stream ends: a dump whose drafting is over. */
export function replayStream(events: readonly StreamEvent[], seen: number): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      events.forEach((event, index) => {
        if (index >= seen) controller.enqueue(formatEvent(event, index + 1));
      });
      controller.close();
    },
  });
}

/**
 * The events after `seen` that the run already has, then its live events until it ends.
 * Cancelling (the client went away) stops watching, which aborts the run when no one else watches.
 */
export function liveStream(run: DraftRun, seen: number): ReadableStream<Uint8Array> {
  let unwatch: (() => void) | undefined;
  return new ReadableStream({
    start(controller) {
      run.events.forEach((event, index) => {
        if (index >= seen) controller.enqueue(formatEvent(event, index + 1));
      });
      if (run.finished) {
        controller.close();
        return;
      }
      unwatch = run.watch(
        (event, id) => controller.enqueue(formatEvent(event, id)),
        () => controller.close(),
      );
    },
    cancel() {
      unwatch?.();
    },
  });
}
