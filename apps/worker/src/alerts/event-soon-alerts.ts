import type { Tx } from '@ordo/supabase-client';
import { createStartingSoonAlert, type StartingSoon } from './starting-soon-alert.ts';

/** event_soon_minutes is at most a day: no event further ahead can be due an alert. */
const AHEAD_MAX_MINUTES = 1440;

interface DueEvent extends StartingSoon {
  event_id: string;
}

/**
 * Timed events of shown calendars whose alert instant (start − event_soon_minutes) has come by
 * `at` while the event has not started, for people who want these alerts on some channel, and
 * with no alert yet for this event at this start time. The dedup key names the stored event (one
 * row per instance of a recurring event) and its start instant: a moved event is alerted again for
 * its new time, once. Events that stand for an Ordo task are left to the task's own alert.
 */
function dueEvents(tx: Tx, at: Date) {
  return tx<DueEvent[]>`
    select e.id as event_id, e.user_id, coalesce(nullif(btrim(e.title), ''), '(no title)') as title, e.start_at, u.timezone,
           r.sms as sms_enabled, r.push as push_enabled, p.quiet_start, p.quiet_end,
           'event-soon:' || e.id || ':' || to_char(e.start_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as dedup_key
    from public.calendar_events e
    join public.calendars c on c.id = e.calendar_id and c.sync_mode = 'show'
    join public.notification_preferences p on p.user_id = e.user_id
    join public.alert_reach r on r.user_id = e.user_id
    join public.users u on u.id = e.user_id
    where not e.all_day and e.task_id is null
      and e.start_at > ${at} and e.start_at <= ${at}::timestamptz + make_interval(mins => ${AHEAD_MAX_MINUTES})
      and p.event_soon and (r.sms or r.push)
      and e.start_at - make_interval(mins => p.event_soon_minutes) <= ${at}
      and not exists (
        select 1 from public.notifications n
        where n.user_id = e.user_id and n.kind = 'event_soon'
          and n.dedup_key = 'event-soon:' || e.id || ':' || to_char(e.start_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
    order by e.start_at, e.id`;
}

/**
 * One tick's "calendar event starting soon" alerts ("Planning starts at 14:30 (in 10 min)"), in
 * the tick's transaction, with the same rules as a task starting soon: quiet hours hold an alert
 * until they end, and one that would then arrive after the start is not created. Returns how many
 * were created.
 */
export async function createEventSoonAlerts(tx: Tx, at: Date): Promise<number> {
  let created = 0;
  for (const event of await dueEvents(tx, at)) {
    if (await createStartingSoonAlert(tx, at, event, { kind: 'event_soon', link: '/calendar' })) created += 1;
  }
  return created;
}
