import { BRIEF_BATCH_SIZE, briefBatchDedupKey, type DueBrief, dueBriefs } from '@ordo/shared-types';
import { briefRecipients, type EnqueueRequest, previousScheduleTick, recordScheduledBriefs, type ScheduledBrief } from '@ordo/supabase-client';
import type { Schedule, ScheduleTick } from './queue/scheduler.ts';

export const BRIEF_SCHEDULE_NAME = 'brief.schedule';

/**
 * How far back a tick looks after downtime: schedule ticks are kept this long (cleaner.ts), and
 * anything older would only be recorded as skipped anyway.
 */
export const BRIEF_LOOK_BACK_MAX_MS = 7 * 86_400_000;
const MINUTE_MS = 60_000;

function duration(ms: number): string {
  const minutes = Math.round(ms / MINUTE_MS);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const parts = [days > 0 ? `${days} d` : '', hours > 0 ? `${hours} h` : '', minutes % 60 > 0 ? `${minutes % 60} min` : ''].filter(Boolean);
  return parts.join(' ') || '0 min';
}

/** Why a brief was not sent, for the person's history and the operator. */
export function latenessReason(due: DueBrief, at: Date, maxLatenessMinutes: number): string {
  return (
    `Not sent: due at ${due.send_at.toISOString()} (${due.local_date}, ${due.timezone}), but the scheduler only reached it ` +
    `at ${at.toISOString()}, ${duration(at.getTime() - due.send_at.getTime())} late, past the ${maxLatenessMinutes}-minute lateness limit ` +
    '(the worker was not running).'
  );
}

/**
 * One tick of the brief schedule: everyone whose send instant fell since the previous tick
 * (so downtime is covered, up to BRIEF_LOOK_BACK_MAX_MS) gets a brief, or a skipped daily_briefs
 * row when it is later than their lateness limit. A local date that already has a scheduled brief
 * gets nothing new. The briefs to write go out as brief.generate_batch jobs of up to
 * BRIEF_BATCH_SIZE people each, in send order. The first tick ever looks back one minute.
 */
export async function briefScheduleJobs({ at, tx }: ScheduleTick): Promise<EnqueueRequest<'brief.generate_batch'>[]> {
  const previous = await previousScheduleTick(tx, BRIEF_SCHEDULE_NAME, at);
  const from = new Date(previous ? Math.max(previous.getTime(), at.getTime() - BRIEF_LOOK_BACK_MAX_MS) : at.getTime() - MINUTE_MS);
  const people = await briefRecipients(tx);
  const lateness = new Map(people.map((person) => [person.user_id, person.max_lateness_minutes]));
  const decided: ScheduledBrief[] = dueBriefs(people, { from, to: at }).map((due) => {
    const limit = lateness.get(due.user_id) ?? 0;
    const late = at.getTime() - due.send_at.getTime() > limit * MINUTE_MS;
    return {
      user_id: due.user_id,
      kind: due.kind,
      local_date: due.local_date,
      timezone: due.timezone,
      send_at: due.send_at,
      status: late ? 'skipped' : 'pending',
      reason: late ? latenessReason(due, at, limit) : null,
    };
  });
  const pending = (await recordScheduledBriefs(tx, decided)).filter((brief) => brief.status === 'pending');
  const batches: EnqueueRequest<'brief.generate_batch'>[] = [];
  for (let start = 0; start < pending.length; start += BRIEF_BATCH_SIZE) {
    const briefs = pending.slice(start, start + BRIEF_BATCH_SIZE);
    batches.push({
      type: 'brief.generate_batch',
      dedupKey: briefBatchDedupKey(briefs[0] as ScheduledBrief),
      payload: {
        briefs: briefs.map((brief) => ({ user_id: brief.user_id, kind: brief.kind, local_date: brief.local_date, send_at: brief.send_at.toISOString() })),
      },
    });
  }
  return batches;
}

/**
 * Every minute, the briefs whose morning it is. After downtime the first tick (the catch-up tick
 * at start-up) covers everything since the last recorded one.
 */
export const briefSchedule: Schedule = {
  name: BRIEF_SCHEDULE_NAME,
  cron: '* * * * *',
  jobs: briefScheduleJobs,
  missed: 'latest',
};
