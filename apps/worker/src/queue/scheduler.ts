import type { Logger } from '@ordo/config';
import { type Db, type EnqueueRequest, enqueueScheduleTick, lastScheduleTick, type Tx } from '@ordo/supabase-client';
import cron, { type ScheduledTask } from 'node-cron';

export interface Schedule {
  /** Unique; part of every tick's dedup key. */
  name: string;
  /** node-cron expression (seconds field optional), in UTC. */
  cron: string;
  /**
   * The jobs a tick enqueues (only enqueues: the work runs as jobs, with retries), worked out in the
   * tick's transaction by the one worker that took the tick. A fan-out (a brief for each person whose
   * morning it is) gives each job its own dedup key: a key is enqueued once per schedule, so a later
   * tick listing the same key again adds nothing. A tick of one job may leave the key out.
   */
  jobs: (tick: ScheduleTick) => readonly EnqueueRequest[] | Promise<readonly EnqueueRequest[]>;
  /**
   * After downtime: 'skip' forgets missed ticks; 'latest' enqueues the most recent missed tick once
   * at start-up (within catchUpWindowMs), for schedules whose work must not be lost.
   */
  missed: 'skip' | 'latest';
}

export interface ScheduleTick {
  /** The time the tick is for (not when it ran: a catch-up tick runs later). */
  at: Date;
  /** The tick's transaction: read what the fan-out needs through it. */
  tx: Tx;
}

export interface SchedulerConfig {
  /** How far back 'latest' looks for a missed tick. Default one day. */
  catchUpWindowMs?: number;
}

const DEFAULT_CATCH_UP_WINDOW_MS = 86_400_000;

export interface Scheduler {
  stop(): Promise<void>;
}

// The tick a schedule fired for: node-cron reports the matched time; seconds and below are
// dropped unless the expression has a seconds field, so every instance computes the same key.
function tickTime(schedule: Schedule, date: Date): Date {
  const tick = new Date(date);
  tick.setUTCMilliseconds(0);
  if (schedule.cron.trim().split(/\s+/).length < 6) tick.setUTCSeconds(0);
  return tick;
}

/** The latest time at or before `now` (and after `since`) matching the schedule, scanning by its own unit. */
function latestDueTick(schedule: Schedule, task: ScheduledTask, now: Date, since: number): Date | null {
  const stepMs = schedule.cron.trim().split(/\s+/).length < 6 ? 60_000 : 1_000;
  for (let at = tickTime(schedule, now).getTime(); at > since; at -= stepMs) {
    if (task.match(new Date(at))) return new Date(at);
  }
  return null;
}

/**
 * Runs cron schedules whose ticks only enqueue. Every worker runs every schedule; the tick table
 * makes exactly one of them enqueue each tick.
 */
export async function startScheduler(db: Db, schedules: readonly Schedule[], log: Logger, config: SchedulerConfig = {}): Promise<Scheduler> {
  const names = new Set<string>();
  for (const schedule of schedules) {
    if (names.has(schedule.name)) throw new Error(`two schedules named "${schedule.name}"`);
    names.add(schedule.name);
    if (!cron.validate(schedule.cron)) throw new Error(`schedule "${schedule.name}": invalid cron expression "${schedule.cron}"`);
  }
  const enqueueTick = async (schedule: Schedule, tickAt: Date) => {
    const jobs = await enqueueScheduleTick(db.sql, schedule.name, tickAt, (tx) => schedule.jobs({ at: tickAt, tx }));
    if (jobs) log.info({ schedule: schedule.name, tick_at: tickAt.toISOString(), jobs: jobs.length, job_id: jobs[0]?.id }, 'schedule tick enqueued');
  };
  // Ticks being enqueued: stop() waits for them, so none commits after the scheduler has stopped.
  const ticking = new Set<Promise<void>>();
  const tasks = schedules.map((schedule) =>
    cron.schedule(
      schedule.cron,
      async ({ date }) => {
        const tick = enqueueTick(schedule, tickTime(schedule, date)).catch((err: unknown) =>
          log.error({ err, schedule: schedule.name }, 'schedule tick failed'),
        );
        ticking.add(tick);
        await tick;
        ticking.delete(tick);
      },
      { name: schedule.name, timezone: 'UTC', noOverlap: true },
    ),
  );
  const windowMs = config.catchUpWindowMs ?? DEFAULT_CATCH_UP_WINDOW_MS;
  await Promise.all(
    schedules.map(async (schedule, index) => {
      if (schedule.missed !== 'latest') return;
      const last = (await lastScheduleTick(db.sql, schedule.name))?.getTime() ?? 0;
      const due = latestDueTick(schedule, tasks[index] as ScheduledTask, new Date(), Math.max(last, Date.now() - windowMs));
      if (due) {
        log.info({ schedule: schedule.name, tick_at: due.toISOString() }, 'catching up a missed schedule tick');
        await enqueueTick(schedule, due);
      }
    }),
  );
  return {
    async stop() {
      await Promise.all(tasks.map((task) => task.stop()));
      await Promise.all(tasks.map((task) => task.destroy()));
      await Promise.all(ticking);
    },
  };
}
