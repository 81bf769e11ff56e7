-- check_user_timezone looked every new user's zone (and every change of zone) up in
-- pg_timezone_names, which reads the server's whole time zone database on each call (30-60 ms).
-- The names known at migration are kept here; a name missing from this table (a zone added by a
-- newer tzdata since) is still looked up in pg_timezone_names, so nothing valid is refused.
create table public.time_zone_names (
  name text primary key
);

insert into public.time_zone_names (name)
select distinct name from pg_catalog.pg_timezone_names;

-- Public knowledge, readable by anyone, written only by migrations.
alter table public.time_zone_names enable row level security;
revoke all on table public.time_zone_names from anon, authenticated;
grant select on table public.time_zone_names to anon, authenticated, service_role;
create policy time_zone_names_readable on public.time_zone_names for select using (true);

create or replace function public.check_user_timezone() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if tg_op = 'UPDATE' and new.timezone = old.timezone then
    return new;
  end if;
  if not exists (select 1 from public.time_zone_names where name = new.timezone)
     and not exists (select 1 from pg_catalog.pg_timezone_names where name = new.timezone) then
    raise exception 'invalid time zone "%"', new.timezone
      using errcode = 'check_violation', constraint = 'users_timezone_valid';
  end if;
  return new;
end
$$;
