import { checkDependencies, type DependencyCheck, type Db } from '@ordo/supabase-client';
import type { Redis } from 'ioredis';

export interface WorkerHealth {
  status: 'ok' | 'unavailable';
  service: 'worker';
  version: string;
  uptime_seconds: number;
  checks: Record<string, DependencyCheck>;
}

const startedAt = Date.now();

export async function checkWorkerHealth(version: string, db: Db, redis: Redis | null): Promise<WorkerHealth> {
  const { ok, checks } = await checkDependencies({
    database: () => db.ping(),
    redis: redis ? () => redis.ping() : null,
  });
  return {
    status: ok ? 'ok' : 'unavailable',
    service: 'worker',
    version,
    uptime_seconds: Math.round((Date.now() - startedAt) / 1000),
    checks,
  };
}
