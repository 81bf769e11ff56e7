import type { Db } from '../db.ts';

const REASON_MAX = 2000;

/** Marks a brief that is `generating` as `failed`, with the reason (a retry sets it generating again). */
export async function failBrief(db: Db, briefId: string, reason: string): Promise<void> {
  await db.asService(
    (tx) => tx`
      update public.daily_briefs set status = 'failed', reason = ${reason.slice(0, REASON_MAX)}
      where id = ${briefId} and status = 'generating'`,
  );
}
