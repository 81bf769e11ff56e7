import type { BriefKind, BriefStatus } from '@ordo/shared-types';
import type { Db } from '../db.ts';

export interface OpenBriefRequest {
  userId: string;
  kind: BriefKind;
  localDate: string;
  timezone: string;
  sendAt: Date;
  trigger: 'schedule' | 'manual';
  jobId: string;
}

export interface OpenedBrief {
  id: string;
  /** The row's status before this call: `ready` or `skipped` means it was left alone. */
  previousStatus: BriefStatus;
  /** Whether it is now `generating` for this job. */
  generating: boolean;
}

/**
 * The daily_briefs row a brief.generate job writes, marked `generating` for it. A job's own row
 * (a retry) is found by its job id. A scheduled brief has one row per (user, kind, local date):
 * an existing one is reused, and left alone when it is already ready or skipped. A manual brief
 * always gets a row of its own. One transaction, as the service.
 */
export function openBrief(db: Db, request: OpenBriefRequest): Promise<OpenedBrief> {
  return db.asService(async (tx) => {
    type Row = { id: string; status: BriefStatus };
    let [row] = await tx<Row[]>`select id, status from public.daily_briefs where job_id = ${request.jobId} for update`;
    if (!row && request.trigger === 'schedule') {
      [row] = await tx<Row[]>`
        insert into public.daily_briefs (user_id, kind, local_date, timezone, send_at, trigger, job_id)
        values (${request.userId}, ${request.kind}, ${request.localDate}, ${request.timezone}, ${request.sendAt}, 'schedule', ${request.jobId})
        on conflict (user_id, kind, local_date) where trigger = 'schedule' do nothing
        returning id, status`;
      [row] = row
        ? [row]
        : await tx<Row[]>`
            select id, status from public.daily_briefs
            where user_id = ${request.userId} and kind = ${request.kind} and local_date = ${request.localDate} and trigger = 'schedule'
            for update`;
    }
    if (!row) {
      [row] = await tx<Row[]>`
        insert into public.daily_briefs (user_id, kind, local_date, timezone, send_at, trigger, job_id)
        values (${request.userId}, ${request.kind}, ${request.localDate}, ${request.timezone}, ${request.sendAt}, 'manual', ${request.jobId})
        returning id, status`;
    }
    if (!row) throw new Error('daily_briefs insert returned no row');
    if (row.status === 'ready' || row.status === 'skipped') return { id: row.id, previousStatus: row.status, generating: false };
    await tx`
      update public.daily_briefs
      set status = 'generating', reason = null, job_id = ${request.jobId}, timezone = ${request.timezone}
      where id = ${row.id}`;
    return { id: row.id, previousStatus: row.status, generating: true };
  });
}
