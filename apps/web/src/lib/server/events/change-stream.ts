import type { ChangeHub, StreamMessage } from './change-hub.ts';

export interface ChangeStreamOptions {
  /** The session or access token that opened the stream; the stream ends when it is revoked. */
  credentialId?: string;
  /** Comment lines at this interval keep proxies from closing an idle stream. */
  heartbeatMs?: number;
  /** How long an EventSource waits before reconnecting. */
  retryMs?: number;
}

export const SSE_HEADERS = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache, no-transform',
  connection: 'keep-alive',
  // nginx buffers responses unless told otherwise.
  'x-accel-buffering': 'no',
} as const;

/** One Server-Sent Events message. */
export function formatEvent(message: StreamMessage): string {
  if (message.kind === 'resync') return 'event: resync\ndata: {}\n\n';
  return `id: ${message.eventId}\nevent: change\ndata: ${JSON.stringify(message.change)}\n\n`;
}

/**
 * The text/event-stream body for one user's live changes. Cancelling the stream (the
 * client went away) unsubscribes it from the hub.
 */
export function changeStream(
  hub: ChangeHub,
  userId: string,
  lastEventId: string | null,
  options: ChangeStreamOptions = {},
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cleanup: (() => void) | undefined;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      const write = (text: string) => {
        if (open) controller.enqueue(encoder.encode(text));
      };
      const heartbeat = setInterval(() => write(': heartbeat\n\n'), options.heartbeatMs ?? 15_000);
      cleanup = () => {
        if (!open) return;
        open = false;
        clearInterval(heartbeat);
        unsubscribe();
      };
      write(`retry: ${options.retryMs ?? 3000}\n: connected\n\n`);
      const unsubscribe = hub.subscribe(userId, lastEventId, {
        deliver: (message) => write(formatEvent(message)),
        end: () => {
          cleanup?.();
          controller.close();
        },
        ...(options.credentialId ? { credentialId: options.credentialId } : {}),
      });
    },
    cancel() {
      cleanup?.();
    },
  });
}
