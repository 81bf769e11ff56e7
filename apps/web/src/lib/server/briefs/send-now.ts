import { type BriefSendAccepted, calendarDay } from '@ordo/shared-types';
import { enqueue } from '@ordo/supabase-client';
import { database } from '../db.ts';
import { limitBriefSends } from './rate-limit.ts';

/** The person's on-demand brief job while it is queued or running: pressing again follows that one. */
const manualBriefKey = (userId: string) => `brief-manual:${userId}`;

/**
 * "Send me a brief now": queues brief.generate for today in the person's zone, written and emailed
 * at once. Rate-limited per person (throws the API's 429). While an earlier request is still queued
 * or running, answers with that job instead of queueing a second.
 */
export async function sendBriefNow(user: { id: string; timezone: string }, now = new Date()): Promise<BriefSendAccepted> {
  await limitBriefSends(user.id);
  const localDate = calendarDay(now, user.timezone);
  const job = await database().asUser(user.id, (tx) =>
    enqueue(
      tx,
      'brief.generate',
      { user_id: user.id, kind: 'daily', local_date: localDate, send_at: now.toISOString(), trigger: 'manual', deliver: true },
      { userId: user.id, dedupKey: manualBriefKey(user.id) },
    ),
  );
  return { job_id: job.id, local_date: localDate };
}
