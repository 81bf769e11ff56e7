import { checkDependencies, type DependencyCheck } from '@ordo/supabase-client';
import { passwordHashingStats } from './auth/passwords.ts';
import type { BoundedQueueStats } from './bounded-queue.ts';
import { database } from './db.ts';
import { redis } from './redis.ts';

const startedAt = Date.now();

export interface HealthReport {
  status: 'ok' | 'unavailable';
  service: 'web';
  version: string;
  uptime_seconds: number;
  checks: Record<string, DependencyCheck>;
  /** The process-wide argon2 queue: saturation here explains slow sign-ins. */
  password_hashing: BoundedQueueStats;
}

export async function checkHealth(version: string): Promise<HealthReport> {
  const client = redis();
  const { ok, checks } = await checkDependencies({
    database: () => database().ping(),
    redis: client
      ? async () => {
          if (client.status === 'wait') await client.connect();
          return client.ping();
        }
      : null,
  });
  return {
    status: ok ? 'ok' : 'unavailable',
    service: 'web',
    version,
    uptime_seconds: Math.round((Date.now() - startedAt) / 1000),
    checks,
    password_hashing: passwordHashingStats(),
  };
}
