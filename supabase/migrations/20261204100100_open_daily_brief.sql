-- openBrief (packages/supabase-client/src/briefs/open-brief.ts) as one statement: the same steps,
-- run by the server, so brief.generate opens its brief in one round trip instead of four or five.
-- Security invoker: it runs with the caller's rights (the service role), as the statements did.

create function public.open_daily_brief(
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
  -- A retry of the job finds its own row.
  select b.id, b.status into found_id, found_status from public.daily_briefs b where b.job_id = p_job_id for update;
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

revoke all on function public.open_daily_brief(uuid, text, date, text, timestamptz, text, uuid) from public, anon, authenticated;
grant execute on function public.open_daily_brief(uuid, text, date, text, timestamptz, text, uuid) to service_role;
