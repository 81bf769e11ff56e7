-- A first sync writes a calendar's events thousands to a statement (COPY). The composite key
-- calendar_events (calendar_id, user_id) → calendars (id, user_id) checked every row with a lookup
-- and a row lock of its own: a quarter of the database time of that write. The same rule is kept
-- once per statement instead: every written event names a calendar of its owner, whose row is
-- locked FOR KEY SHARE until the transaction ends (as the key's check locks it, so a calendar
-- cannot be deleted under a sync that is writing to it); deleting a calendar deletes its events;
-- a calendar with events keeps its id and owner.
alter table public.calendar_events drop constraint calendar_events_calendar_same_user;

create function public.calendar_events_check_calendars() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  missing record;
begin
  -- Lock first: a calendar deleted meanwhile is then missing below, and one that is not cannot
  -- be until this transaction ends (and its deletion then finds these events committed).
  perform 1 from public.calendars c
    where (c.id, c.user_id) in (select distinct w.calendar_id, w.user_id from written w)
    for key share of c;
  select w.calendar_id, w.user_id into missing
  from (select distinct calendar_id, user_id from written) w
  where not exists (select 1 from public.calendars c where c.id = w.calendar_id and c.user_id = w.user_id)
  limit 1;
  if found then
    raise exception 'calendar % of user % does not exist', missing.calendar_id, missing.user_id
      using errcode = 'foreign_key_violation', constraint = 'calendar_events_calendar_same_user';
  end if;
  return null;
end
$$;

create trigger calendar_events_check_calendars_inserted
  after insert on public.calendar_events
  referencing new table as written
  for each statement execute function public.calendar_events_check_calendars();

create trigger calendar_events_check_calendars_updated
  after update on public.calendar_events
  referencing new table as written
  for each statement execute function public.calendar_events_check_calendars();

create function public.calendars_delete_events() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  delete from public.calendar_events e using removed r where e.calendar_id = r.id;
  return null;
end
$$;

create trigger calendars_delete_events
  after delete on public.calendars
  referencing old table as removed
  for each statement execute function public.calendars_delete_events();

create function public.calendars_keep_events_owner() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if exists (select 1 from public.calendar_events e where e.calendar_id = old.id) then
    raise exception 'calendar % has events: its id and owner cannot change', old.id
      using errcode = 'foreign_key_violation', constraint = 'calendar_events_calendar_same_user';
  end if;
  return new;
end
$$;

create trigger calendars_keep_events_owner
  before update of id, user_id on public.calendars
  for each row when (old.id is distinct from new.id or old.user_id is distinct from new.user_id)
  execute function public.calendars_keep_events_owner();

revoke all on function public.calendar_events_check_calendars(), public.calendars_delete_events(),
  public.calendars_keep_events_owner() from public, anon, authenticated;
