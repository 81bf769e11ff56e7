import { type Db, enqueueScheduleTick } from '@ordo/supabase-client';
import { createTestDatabase, type TestDatabase } from '@ordo/supabase-client/testing';
import { afterEach } from 'vitest';
import type { Schedule } from '../queue/scheduler.ts';

const MINUTE_MS = 60_000;

/**
 * A fresh database for each test that asks for one, dropped after it: a schedule's window starts
 * at the previous tick it recorded, so one test's clock must not be another's downtime.
 */
export function databasePerTest(): () => Promise<Db> {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.drop();
    database = undefined;
  });
  return async () => {
    database = await createTestDatabase();
    return database.db;
  };
}

/** One tick of `schedule` as the scheduler runs it: claimed in the tick table, its work done in one transaction. */
export function tickSchedule(db: Db, schedule: Schedule, at: Date | string) {
  const instant = new Date(at);
  return enqueueScheduleTick(db.sql, schedule.name, instant, (tx) => schedule.jobs({ at: instant, tx }));
}

/** Ticks every `stepMinutes` after `from` up to and including `to`, one after another, as a running worker would. */
export async function runScheduleClock(db: Db, schedule: Schedule, from: string, to: string, stepMinutes = 1): Promise<void> {
  for (let at = new Date(from).getTime() + stepMinutes * MINUTE_MS; at <= new Date(to).getTime(); at += stepMinutes * MINUTE_MS) {
    await tickSchedule(db, schedule, new Date(at));
  }
}
