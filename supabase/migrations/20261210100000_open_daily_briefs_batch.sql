-- brief.generate_batch writes the briefs of several people in one job, so daily_briefs rows of one
-- job_id are several: a retry must find its own row by (job, person), not by the job alone.
-- open_daily_brief is replaced with that one change (a brief.generate job's row always has its
-- person, so single jobs find the same row as before); open_daily_briefs_for opens a whole batch in
-- one statement, through open_daily_brief_for for each person.
-- Security invoker, as open_daily_brief: it runs with the caller's rights (the service role).

create or replace function public.open_daily_brief(
  p_user_id uuid,
  p_kind text,
  p_local_date date,
  p_timezone text,
  p_send_at timestamptz,
  p_trigger text,
  p_job_id uuid
) returns table (id uuid, previous_status text, generating boolean)
language plpgsql
set search_path = ''
as $$
declare
  found_id uuid;
  found_status text;
begin
  -- A retry of the job finds its own row for this person.
  select b.id, b.status into found_id, found_status from public.daily_briefs b
  where b.job_id = p_job_id and b.user_id = p_user_id
  for update;
  -- A scheduled brief has one row per person, kind and local date (usually the tick's, pending).
  if found_id is null and p_trigger = 'schedule' then
    insert into public.daily_briefs as b (user_id, kind, local_date, timezone, send_at, trigger, job_id)
    values (p_user_id, p_kind, p_local_date, p_timezone, p_send_at, 'schedule', p_job_id)
    on conflict (user_id, kind, local_date) where trigger = 'schedule' do nothing
    returning b.id, b.status into found_id, found_status;
    if found_id is null then
      select b.id, b.status into found_id, found_status from public.daily_briefs b
      where b.user_id = p_user_id and b.kind = p_kind and b.local_date = p_local_date and b.trigger = 'schedule'
      for update;
    end if;
  end if;
  -- A manual brief gets a row of its own.
  if found_id is null then
    insert into public.daily_briefs as b (user_id, kind, local_date, timezone, send_at, trigger, job_id)
    values (p_user_id, p_kind, p_local_date, p_timezone, p_send_at, 'manual', p_job_id)
    returning b.id, b.status into found_id, found_status;
  end if;
  if found_status in ('ready', 'skipped') then
    return query select found_id, found_status, false;
    return;
  end if;
  update public.daily_briefs b
  set status = 'generating', reason = null, job_id = p_job_id, timezone = p_timezone
  where b.id = found_id;
  return query select found_id, found_status, true;
end
$$;

-- The scheduled briefs of a batch, opened for one job, one row per person (none for a person who
-- does not exist). People are opened in user id order, so two batches sharing people lock their
-- rows in the same order.
create function public.open_daily_briefs_for(
  p_job_id uuid,
  p_user_ids uuid[],
  p_kinds text[],
  p_local_dates date[],
  p_send_ats timestamptz[]
) returns table (
  user_id uuid,
  id uuid,
  previous_status text,
  generating boolean,
  name text,
  email text,
  timezone text,
  sections text[],
  email_enabled boolean
)
language plpgsql
set search_path = ''
as $$
declare
  requested record;
begin
  for requested in
    select r.user_id, r.kind, r.local_date, r.send_at
    from unnest(p_user_ids, p_kinds, p_local_dates, p_send_ats) as r(user_id, kind, local_date, send_at)
    order by r.user_id
  loop
    return query
      select requested.user_id, o.id, o.previous_status, o.generating, o.name, o.email, o.timezone, o.sections, o.email_enabled
      from public.open_daily_brief_for(requested.user_id, requested.kind, requested.local_date, requested.send_at, 'schedule', p_job_id) o;
  end loop;
end
$$;

revoke all on function public.open_daily_briefs_for(uuid, uuid[], text[], date[], timestamptz[]) from public, anon, authenticated;
grant execute on function public.open_daily_briefs_for(uuid, uuid[], text[], date[], timestamptz[]) to service_role;
