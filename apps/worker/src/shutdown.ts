import type { Logger } from '@ordo/config';

const DEFAULT_FORCE_EXIT_AFTER_MS = 30_000;

/**
 * Runs `stop` once on SIGINT or SIGTERM, then exits 0; a second signal or a stop that takes longer
 * than forceExitAfterMs (give it the jobs' grace period plus a margin) exits 1.
 */
export function onShutdownSignal(log: Logger, stop: () => Promise<void>, forceExitAfterMs = DEFAULT_FORCE_EXIT_AFTER_MS): void {
  let stopping = false;
  const handle = (signal: NodeJS.Signals) => {
    if (stopping) {
      log.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    log.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      log.error('shutdown took too long: exiting');
      process.exit(1);
    }, forceExitAfterMs);
    force.unref();
    stop().then(
      () => process.exit(0),
      (err: unknown) => {
        log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', handle);
  process.on('SIGTERM', handle);
}
