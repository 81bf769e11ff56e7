import { stopWatchingCredentialChanges } from './auth/credential-caches.ts';
import { closeDatabase } from './db.ts';
import { endChangeStreams, stopChangeHub } from './events/index.ts';
import { log } from './logger.ts';
import { closeRedis } from './redis.ts';

/**
 * The web process's shutdown, in order. On SIGINT or SIGTERM adapter-node stops accepting
 * connections and waits for open requests; the event streams are ended at once so that wait
 * is short (EventSource reconnects elsewhere). When the last request is done adapter-node emits
 * `sveltekit:shutdown`: then the LISTENs end, and only after them the pools, since ending a
 * pool cuts its LISTEN connection with any UNLISTEN still in flight.
 */
export function stopInOrderOnShutdown(): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      endChangeStreams();
      // Without adapter-node (vite dev) nothing else handles the signal: let it end the process as usual.
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    });
  }
  process.once('sveltekit:shutdown', async (reason) => {
    log().info({ reason }, 'web server shutting down');
    const listening = await Promise.allSettled([stopChangeHub(), stopWatchingCredentialChanges()]);
    for (const result of listening) {
      if (result.status === 'rejected') log().warn({ err: result.reason }, 'could not stop listening for changes');
    }
    await Promise.allSettled([closeDatabase(), closeRedis()]);
  });
}
