-- How auto-scheduling ("Plan my day / week") places a person's work. No row means the defaults
-- below (@ordo/shared-types defaultSchedulingPreferences says the same); the settings page
-- creates the row on the first save.
create table public.scheduling_preferences (
  user_id uuid primary key references public.users (id) on delete cascade,
  -- Kept free between a planned block and anything else (events, other tasks, other blocks).
  buffer_minutes integer not null default 10 constraint scheduling_preferences_buffer_range check (buffer_minutes between 0 and 120),
  -- The shortest piece a split task is cut into.
  min_chunk_minutes integer not null default 30 constraint scheduling_preferences_min_chunk_range check (min_chunk_minutes between 5 and 240),
  allow_split boolean not null default true,
  -- The length planned for a task without a duration.
  default_duration_minutes integer not null default 30
    constraint scheduling_preferences_default_duration_range check (default_duration_minutes between 5 and 480),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create trigger scheduling_preferences_set_updated_at
  before update on public.scheduling_preferences
  for each row execute function public.set_updated_at();

revoke all on table public.scheduling_preferences from anon, authenticated;
grant select, insert on table public.scheduling_preferences to authenticated;
grant update (buffer_minutes, min_chunk_minutes, allow_split, default_duration_minutes)
  on table public.scheduling_preferences to authenticated;
grant select, insert, update, delete on table public.scheduling_preferences to service_role;

alter table public.scheduling_preferences enable row level security;

create policy scheduling_preferences_select_own on public.scheduling_preferences
  for select to authenticated using (user_id = (select auth.uid()));
create policy scheduling_preferences_insert_own on public.scheduling_preferences
  for insert to authenticated with check (user_id = (select auth.uid()));
create policy scheduling_preferences_update_own on public.scheduling_preferences
  for update to authenticated using (user_id = (select auth.uid())) with check (user_id = (select auth.uid()));
