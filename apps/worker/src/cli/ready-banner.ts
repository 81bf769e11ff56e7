import type { Env } from '@ordo/config';

/** What `pnpm start` prints once web and worker answer: where to open Ordo, and how to stop it. */
export function readyBanner(env: Pick<Env, 'PUBLIC_APP_URL' | 'WORKER_PORT'>): string {
  return `\nOrdo is running at ${env.PUBLIC_APP_URL} (worker on port ${env.WORKER_PORT}). Press Ctrl-C to stop.\n\n`;
}
