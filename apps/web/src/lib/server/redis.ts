import { Redis } from 'ioredis';
import { config } from './config.ts';

let client: Redis | null | undefined;

/** The shared Redis connection, or null when REDIS_URL is not configured. */
export function redis(): Redis | null {
  if (client === undefined) {
    const url = config().REDIS_URL;
    client = url ? new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false }) : null;
  }
  return client;
}

export async function closeRedis(): Promise<void> {
  const open = client;
  client = undefined;
  if (open) await open.quit().catch(() => open.disconnect());
}
