-- brief.generate read the person (zone, name, address, sections, email channel) and then opened
-- its brief: two round trips. open_daily_brief_for does both in one statement: it reads the person
-- as findBriefPerson does and opens the brief in their current zone through open_daily_brief (the
-- one definition of how a brief is opened). No row when the account is gone.
-- Security invoker, as open_daily_brief: it runs with the caller's rights (the service role).

create function public.open_daily_brief_for(
  p_user_id uuid,
  p_kind text,
  p_local_date date,
  p_send_at timestamptz,
  p_trigger text,
  p_job_id uuid
) returns table (
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
  person record;
begin
  -- Every account has a brief_preferences row; the left join keeps one whose row is missing, with the defaults.
  select u.name, u.email, u.timezone,
         coalesce(p.sections, '{wins,today,overdue,upcoming,projects,focus}'::text[]) as sections,
         coalesce(p.email_enabled, true) as email_enabled
  into person
  from public.users u
  left join public.brief_preferences p on p.user_id = u.id
  where u.id = p_user_id;
  if not found then
    return;
  end if;
  return query
    select o.id, o.previous_status, o.generating, person.name, person.email, person.timezone, person.sections, person.email_enabled
    from public.open_daily_brief(p_user_id, p_kind, p_local_date, person.timezone, p_send_at, p_trigger, p_job_id) o;
end
$$;

revoke all on function public.open_daily_brief_for(uuid, text, date, timestamptz, text, uuid) from public, anon, authenticated;
grant execute on function public.open_daily_brief_for(uuid, text, date, timestamptz, text, uuid) to service_role;
