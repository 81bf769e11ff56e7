-- Reminders follow their task: task_reminders.fire_at is computed here, by triggers, so every
-- write path (web API, task page, brain-dump apply, batch operations, a profile timezone change)
-- keeps it right without knowing about reminders.

-- The instant `zone`'s wall clock names by `wall`, resolved exactly as
-- packages/shared-types/src/time/zoned.ts does: a skipped time moves forward by the gap (02:30 on
-- 2026-03-08 in New York is 03:30 EDT); a repeated time takes its first occurrence (01:30 on
-- 2026-11-01 is 01:30 EDT). `wall AT TIME ZONE zone` alone takes the second occurrence (EST).
-- Like zoned.ts, it tries the offsets a day either side and keeps those that read back.
create function public.instant_of_wall_time(wall timestamp, zone text) returns timestamptz
language sql
stable
strict
set search_path = ''
as $$
  select coalesce(
    min(c.candidate) filter (where date_trunc('minute', c.candidate at time zone zone) = date_trunc('minute', wall)),
    -- Nothing reads back in a gap: the offset from before it carries the time past the gap.
    min(c.candidate) filter (where c.side = 'before')
  )
  from (
    select o.side, (wall - o.utc_offset) at time zone 'UTC' as candidate
    from (values
      ('before', ((wall at time zone 'UTC' - interval '1 day') at time zone zone) - (wall - interval '1 day')),
      ('after', ((wall at time zone 'UTC' + interval '1 day') at time zone zone) - (wall + interval '1 day'))
    ) as o (side, utc_offset)
  ) as c
$$;

-- When a reminder fires next, for its task as it is now and the person's timezone; null when the
-- task is finished or deleted (the reminder is cancelled) or its anchor is unset.
create function public.task_reminder_fire_at(reminder public.task_reminders, task public.tasks, zone text) returns timestamptz
language sql
stable
set search_path = ''
as $$
  select case
    when task.deleted_at is not null or task.status not in ('todo', 'in_progress') then null
    when reminder.anchor = 'start' then task.start_at - make_interval(mins => reminder.offset_minutes)
    -- The end of the due day is the local midnight after it.
    when reminder.anchor = 'due' then
      public.instant_of_wall_time((task.due_date + 1)::timestamp, zone) - make_interval(mins => reminder.offset_minutes)
    when reminder.anchor = 'due_day' then
      public.instant_of_wall_time((task.due_date - reminder.days_before) + reminder.local_time::time, zone)
    when reminder.anchor = 'absolute' then reminder.at
  end
$$;

-- What the last firing came to, read when fired_for = fire_at: 'notified' (a notification was
-- created) or 'missed' (its time had passed too long before the scheduler reached it: Ordo was not
-- running, or the reminder was set to a time already past). Not sent either way when missed.
alter table public.task_reminders
  add column fire_outcome text constraint task_reminders_fire_outcome_known check (fire_outcome in ('notified', 'missed'));

-- What the reminders schedule scans each minute: armed reminders by time.
create index task_reminders_armed_idx on public.task_reminders (fire_at)
  where fire_at is not null and fired_for is distinct from fire_at;

-- On insert and on a change of what the reminder is anchored to. Security definer: it reads the
-- task and the owner's timezone whoever writes; the insert policy already limits people to their
-- own tasks, and this refuses a reminder whose owner is not the task's (service-role writes).
create function public.task_reminders_compute_fire_at() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  task public.tasks;
  zone text;
begin
  select * into task from public.tasks where id = new.task_id;
  -- A missing task is the foreign key's error to report.
  if not found then
    return new;
  end if;
  if task.user_id <> new.user_id then
    raise exception 'a reminder belongs to the owner of its task'
      using errcode = 'check_violation', constraint = 'task_reminders_user_is_task_owner';
  end if;
  select timezone into zone from public.users where id = new.user_id;
  new.fire_at := public.task_reminder_fire_at(new, task, zone);
  if tg_op = 'INSERT' then
    new.fired_for := null;
    new.fired_at := null;
    new.fire_outcome := null;
  end if;
  return new;
end
$$;

create trigger task_reminders_compute_fire_at
  before insert or update of anchor, offset_minutes, days_before, local_time, at, task_id, user_id on public.task_reminders
  for each row execute function public.task_reminders_compute_fire_at();

-- Moving, finishing, reopening, deleting or restoring a task moves or cancels its reminders.
create function public.tasks_refresh_reminders() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  update public.task_reminders r
  set fire_at = public.task_reminder_fire_at(r, new, u.timezone)
  from public.users u
  where r.task_id = new.id and u.id = r.user_id
    and r.fire_at is distinct from public.task_reminder_fire_at(r, new, u.timezone);
  return null;
end
$$;

create trigger tasks_refresh_reminders
  after update of start_at, due_date, status, deleted_at on public.tasks
  for each row
  when (old.start_at is distinct from new.start_at or old.due_date is distinct from new.due_date
    or old.status is distinct from new.status or old.deleted_at is distinct from new.deleted_at)
  execute function public.tasks_refresh_reminders();

-- The due and due-day anchors are wall-clock times: a new timezone moves them.
create function public.users_refresh_reminders() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  update public.task_reminders r
  set fire_at = public.task_reminder_fire_at(r, t, new.timezone)
  from public.tasks t
  where r.user_id = new.id and r.anchor in ('due', 'due_day') and t.id = r.task_id
    and r.fire_at is distinct from public.task_reminder_fire_at(r, t, new.timezone);
  return null;
end
$$;

create trigger users_refresh_reminders
  after update of timezone on public.users
  for each row
  when (old.timezone is distinct from new.timezone)
  execute function public.users_refresh_reminders();

revoke all on function public.instant_of_wall_time(timestamp, text) from public;
revoke all on function public.task_reminder_fire_at(public.task_reminders, public.tasks, text) from public;
grant execute on function public.instant_of_wall_time(timestamp, text) to authenticated, service_role;
grant execute on function public.task_reminder_fire_at(public.task_reminders, public.tasks, text) to authenticated, service_role;
