import type { Env } from '@ordo/config';
import { servedAddresses } from './served-addresses.ts';

/**
 * What `pnpm start` prints once web and worker answer: where to open Ordo (the configured address,
 * else every address the web app answers on), and how to stop it.
 */
export function readyBanner(env: Pick<Env, 'PUBLIC_APP_URL' | 'PUBLIC_APP_URL_IS_SET' | 'HOST' | 'PORT' | 'WORKER_PORT'>): string {
  const [first, ...others] = env.PUBLIC_APP_URL_IS_SET ? [env.PUBLIC_APP_URL] : servedAddresses(env.HOST, env.PORT);
  const also = others.map((address) => `\n  also at ${address}`).join('');
  return `\nOrdo is running at ${first}${also}\n(worker on port ${env.WORKER_PORT}). Press Ctrl-C to stop.\n\n`;
}
