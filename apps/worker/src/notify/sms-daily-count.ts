import { addDays, calendarDay, instantOfWallTime, NOTIFICATION_DELIVERY_PURPOSE } from '@ordo/shared-types';
import type { Tx } from '@ordo/supabase-client';

/** The instants a calendar day of `zone` starts and ends: 23 or 25 hours apart across a DST change. */
export function localDayBounds(at: Date, zone: string): { start: Date; end: Date } {
  const midnight = (day: string) => {
    const [year, month, date] = day.split('-').map(Number) as [number, number, number];
    return instantOfWallTime({ year, month, day: date, hour: 0, minute: 0 }, zone);
  };
  const today = calendarDay(at, zone);
  return { start: midnight(today), end: midnight(addDays(today, 1)) };
}

/**
 * Text messages of the person's notifications sent (or possibly sent) on their calendar day of
 * `at`. The caller holds the person's SMS cap lock (readNotificationFacts takes it for sms) to the
 * end of its transaction, so two workers claiming SMS for the same person count one after the
 * other and the cap holds.
 */
export async function smsSentToday(tx: Tx, userId: string, at: Date, zone: string): Promise<number> {
  const { start, end } = localDayBounds(at, zone);
  const [row] = await tx<{ sent: number }[]>`
    select count(*)::int as sent from public.deliveries
    where user_id = ${userId} and channel = 'sms' and purpose = ${NOTIFICATION_DELIVERY_PURPOSE}
      and status in ('sending', 'sent', 'delivered', 'undelivered', 'uncertain')
      and coalesce(sent_at, updated_at) >= ${start} and coalesce(sent_at, updated_at) < ${end}`;
  return row?.sent ?? 0;
}
