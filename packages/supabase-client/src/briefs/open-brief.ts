import type { BriefKind, BriefSection, BriefStatus } from '@ordo/shared-types';
import type { Db } from '../db.ts';
import type { BriefPerson } from '../domain/brief-person.ts';

export interface OpenBriefRequest {
  userId: string;
  kind: BriefKind;
  localDate: string;
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
  /** Who it is for, read in the same statement (as findBriefPerson reads them). */
  person: BriefPerson;
}

/** A row of open_daily_brief_for and open_daily_briefs_for: the brief as opened and its person. */
export interface OpenedBriefRow {
  id: string;
  previous_status: BriefStatus;
  generating: boolean;
  name: string | null;
  email: string;
  timezone: string;
  sections: BriefSection[];
  email_enabled: boolean;
}

export function openedBrief(row: OpenedBriefRow, userId: string): OpenedBrief {
  return {
    id: row.id,
    previousStatus: row.previous_status,
    generating: row.generating,
    person: { id: userId, name: row.name, email: row.email, timezone: row.timezone, sections: row.sections, email_enabled: row.email_enabled },
  };
}

/**
 * The daily_briefs row a brief.generate job writes, marked `generating` for it, in the person's
 * current zone, with the person; null when the account is gone. A job's own row (a retry) is found
 * by its job id. A scheduled brief has one row per (user, kind, local date): an existing one is
 * reused, and left alone when it is already ready or skipped. A manual brief always gets a row of
 * its own. One statement (the function open_daily_brief_for, migration 20261208300000), as the service.
 *
 * The commit does not wait for its WAL flush: whatever the job does next that matters (storing the
 * brief, its completion or failure) commits durably after it and so makes it durable too; a
 * database crash before then loses it, and the job's retry opens the brief again.
 */
export async function openBrief(db: Db, request: OpenBriefRequest): Promise<OpenedBrief | null> {
  const [row] = await db.asService(
    (tx) => tx<OpenedBriefRow[]>`
      select id, previous_status, generating, name, email, timezone, sections, email_enabled from public.open_daily_brief_for(
        ${request.userId}, ${request.kind}, ${request.localDate}, ${request.sendAt}, ${request.trigger}, ${request.jobId})`,
    { asyncCommit: true },
  );
  return row ? openedBrief(row, request.userId) : null;
}
