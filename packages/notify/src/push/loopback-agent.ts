import { Agent } from 'node:https';
import { connect, type Socket } from 'node:net';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** An http: endpoint on this machine: a loopback push service (tests, benchmarks), never a browser's. */
export function isLoopbackHttpEndpoint(endpoint: string): boolean {
  const url = URL.canParse(endpoint) ? new URL(endpoint) : null;
  return url?.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
}

/**
 * web-push always speaks https; an https agent that opens plain TCP connections lets it reach a
 * loopback push service over http. Used only for loopback http: endpoints.
 */
export class LoopbackHttpAgent extends Agent {
  override createConnection(options: { host?: string | null; port?: number | null }): Socket {
    return connect({ host: options.host ?? '127.0.0.1', port: options.port ?? 80 });
  }
}
