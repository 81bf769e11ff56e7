import type { Logger } from '@ordo/config';

export interface Periodic {
  stop(): Promise<void>;
}

/** Runs task every intervalMs, never two at once; errors are logged and the next run goes ahead. */
export function every(intervalMs: number, what: string, log: Logger, task: () => Promise<void>): Periodic {
  let running: Promise<void> | null = null;
  const timer = setInterval(() => {
    if (running) return;
    running = task()
      .catch((err: unknown) => log.warn({ err }, `${what} failed`))
      .finally(() => {
        running = null;
      });
  }, intervalMs);
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
