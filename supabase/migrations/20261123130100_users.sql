-- Ordo owns its users (no reference to Supabase Auth's auth.users); sign-up
-- is done by the service role, so authenticated users may only read and
-- update their own row, and only the columns they are meant to change.

create table public.users (
  id uuid primary key default gen_random_uuid(),
  name text constraint users_name_length check (char_length(name) <= 200),
  email text not null
    constraint users_email_format check (char_length(email) <= 320 and email ~ '^[^@[:space:]]+@[^@[:space:]]+$'),
  timezone text not null default 'UTC',
  -- ISO weekdays (1 = Monday); the shape is validated by @ordo/shared-types.
  working_hours jsonb not null default '{"start": "09:00", "end": "17:00", "days": [1, 2, 3, 4, 5]}'
    constraint users_working_hours_object check (jsonb_typeof(working_hours) = 'object'),
  onboarding_completed_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

-- Case-insensitive uniqueness without depending on the citext extension.
create unique index users_email_lower_key on public.users (lower(email));

-- A CHECK cannot consult pg_timezone_names, so a trigger accepts IANA names only
-- (plain AT TIME ZONE would also accept POSIX strings such as 'abc+3').
create function public.check_user_timezone() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if tg_op = 'UPDATE' and new.timezone = old.timezone then
    return new;
  end if;
  if not exists (select 1 from pg_catalog.pg_timezone_names where name = new.timezone) then
    raise exception 'invalid time zone "%"', new.timezone
      using errcode = 'check_violation', constraint = 'users_timezone_valid';
  end if;
  return new;
end
$$;

create trigger users_check_timezone
  before insert or update of timezone on public.users
  for each row execute function public.check_user_timezone();

create trigger users_set_updated_at
  before update on public.users
  for each row execute function public.set_updated_at();

-- Supabase grants everything on new public tables to anon and authenticated by
-- default privileges; take that back and grant only what the policies allow.
revoke all on table public.users from anon, authenticated;
grant select, update (name, timezone, working_hours, onboarding_completed_at) on table public.users to authenticated;
grant select, insert, update, delete on table public.users to service_role;

alter table public.users enable row level security;

create policy users_select_own on public.users
  for select to authenticated
  using (id = (select auth.uid()));

create policy users_update_own on public.users
  for update to authenticated
  using (id = (select auth.uid()))
  with check (id = (select auth.uid()));
