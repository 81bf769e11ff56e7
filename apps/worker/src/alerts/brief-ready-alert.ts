import { fitSms } from '@ordo/notify';
import { alertChannels, type BriefKind, shortDayLabel } from '@ordo/shared-types';
import { type CreatedNotification, createNotifications, type Tx } from '@ordo/supabase-client';

export interface ReadyBrief {
  id: string;
  userId: string;
  kind: BriefKind;
  /** The person's date the brief is for ('YYYY-MM-DD'). */
  localDate: string;
  headline: string;
}

/** A "brief ready" alert still tells something useful this long after the brief was written. */
export const BRIEF_READY_STALE_MS = 12 * 3_600_000;

export function briefReadyDedupKey(briefId: string): string {
  return `brief-ready:${briefId}`;
}

/**
 * Tells the person their brief is ready (one line and a link), when they want brief-ready alerts
 * on a channel: called in the transaction that stores the brief `ready`, so the alert exists
 * exactly when the brief does, once per brief whichever job (scheduled or send-now) wrote it.
 * Returns null when the person wants no such alert.
 */
export async function alertBriefReady(tx: Tx, brief: ReadyBrief, at: Date, appOrigin: string): Promise<CreatedNotification | null> {
  const [alert] = await alertBriefsReady(tx, [brief], at, appOrigin);
  return alert ?? null;
}

/**
 * alertBriefReady for several briefs (a batch's): the people's wishes read in one statement and
 * the alerts created together. One answer a brief, in the order given.
 */
export async function alertBriefsReady(tx: Tx, briefs: readonly ReadyBrief[], at: Date, appOrigin: string): Promise<(CreatedNotification | null)[]> {
  if (briefs.length === 0) return [];
  const wishes = await tx<{ user_id: string; brief_ready: boolean; sms_enabled: boolean; push_enabled: boolean }[]>`
    select p.user_id, p.brief_ready, r.sms as sms_enabled, r.push as push_enabled
    from public.notification_preferences p join public.alert_reach r on r.user_id = p.user_id
    where p.user_id = any(${[...new Set(briefs.map((brief) => brief.userId))]}::uuid[])`;
  const channelsOf = new Map(wishes.filter((wish) => wish.brief_ready).map((wish) => [wish.user_id, alertChannels(wish)]));
  const alerted = briefs.filter((brief) => (channelsOf.get(brief.userId)?.length ?? 0) > 0);
  const created = await createNotifications(
    tx,
    alerted.map((brief) => {
      const link = `/briefs/${brief.id}`;
      const name = brief.kind === 'weekly' ? 'weekly review' : 'brief';
      const title = `Your ${name} for ${shortDayLabel(brief.localDate)} is ready`;
      return {
        userId: brief.userId,
        kind: 'brief_ready' as const,
        dedupKey: briefReadyDedupKey(brief.id),
        title,
        body: fitSms({ prefix: `${title}: `, title: brief.headline, suffix: `\n${appOrigin}${link}` }),
        link,
        channels: channelsOf.get(brief.userId) ?? [],
        dueAt: at,
        staleAt: new Date(at.getTime() + BRIEF_READY_STALE_MS),
        briefId: brief.id,
      };
    }),
  );
  const byBrief = new Map(alerted.map((brief, index) => [brief.id, created[index] ?? null]));
  return briefs.map((brief) => byBrief.get(brief.id) ?? null);
}
