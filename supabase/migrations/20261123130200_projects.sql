create table public.projects (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  name text not null constraint projects_name_length check (name ~ '[^[:space:]]' and char_length(name) <= 200),
  description text constraint projects_description_length check (char_length(description) <= 5000),
  status text not null default 'active'
    constraint projects_status_valid check (status in ('active', 'paused', 'completed')),
  color text not null default '#64748b' constraint projects_color_hex check (color ~ '^#[0-9A-Fa-f]{6}$'),
  -- Reordering inserts between neighbours (midpoint), so only finite values make sense.
  position double precision not null default 0
    constraint projects_position_finite check (position > '-infinity' and position < 'infinity'),
  archived_at timestamptz,
  deleted_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  -- Target of tasks' composite foreign key, which pins a task's project to its owner.
  constraint projects_id_user_id_key unique (id, user_id)
);

create index projects_user_id_idx on public.projects (user_id);
create index projects_active_by_position_idx on public.projects (user_id, position)
  where deleted_at is null and archived_at is null;

create trigger projects_set_updated_at
  before update on public.projects
  for each row execute function public.set_updated_at();

revoke all on table public.projects from anon, authenticated;
grant select, insert, update, delete on table public.projects to authenticated, service_role;

alter table public.projects enable row level security;

create policy projects_select_own on public.projects
  for select to authenticated
  using (user_id = (select auth.uid()));

create policy projects_insert_own on public.projects
  for insert to authenticated
  with check (user_id = (select auth.uid()));

create policy projects_update_own on public.projects
  for update to authenticated
  using (user_id = (select auth.uid()))
  with check (user_id = (select auth.uid()));

create policy projects_delete_own on public.projects
  for delete to authenticated
  using (user_id = (select auth.uid()));
