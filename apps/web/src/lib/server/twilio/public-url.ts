import { config } from '../config.ts';

/**
 * The URL a provider called, as it signed it: PUBLIC_APP_URL (with any path prefix a proxy
 * strips) followed by the path and query this server received. Behind a proxy the host, scheme
 * and port Node sees are not the ones the provider used. Without PUBLIC_APP_URL, the URL as
 * received (adapter-node's ORIGIN, or the Host header).
 */
export function publicRequestUrl(received: URL): string {
  const env = config();
  if (!env.PUBLIC_APP_URL_IS_SET) return received.href;
  return `${env.PUBLIC_APP_URL.replace(/\/+$/, '')}${received.pathname}${received.search}`;
}
