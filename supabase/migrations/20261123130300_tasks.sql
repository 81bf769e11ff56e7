create table public.tasks (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  -- null = inbox
  project_id uuid,
  title text not null constraint tasks_title_length check (title ~ '[^[:space:]]' and char_length(title) <= 500),
  notes text constraint tasks_notes_length check (char_length(notes) <= 20000),
  status text not null default 'todo'
    constraint tasks_status_valid check (status in ('todo', 'in_progress', 'done', 'cancelled')),
  -- null = not prioritised, which the planner treats differently from 'medium'.
  priority text constraint tasks_priority_valid check (priority in ('low', 'medium', 'high')),
  due_date date,
  start_at timestamptz,
  duration_minutes integer constraint tasks_duration_range check (duration_minutes between 1 and 1440),
  completed_at timestamptz,
  position double precision not null default 0
    constraint tasks_position_finite check (position > '-infinity' and position < 'infinity'),
  deleted_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint tasks_completed_at_matches_status check ((status = 'done') = (completed_at is not null)),
  -- The project must belong to the task's user; deleting a project moves its
  -- tasks to the inbox instead of deleting them.
  constraint tasks_project_same_user foreign key (project_id, user_id)
    references public.projects (id, user_id) on delete set null (project_id)
);

-- Foreign-key lookups (cascades from users and projects).
create index tasks_user_id_idx on public.tasks (user_id);
create index tasks_project_id_user_id_idx on public.tasks (project_id, user_id);
-- Dashboard: open tasks by due date, a project's tasks, the inbox, recently completed.
create index tasks_open_by_due_date_idx on public.tasks (user_id, due_date)
  where deleted_at is null and status in ('todo', 'in_progress');
create index tasks_by_project_position_idx on public.tasks (project_id, position)
  where deleted_at is null;
create index tasks_inbox_by_position_idx on public.tasks (user_id, position)
  where deleted_at is null and project_id is null;
create index tasks_recently_completed_idx on public.tasks (user_id, completed_at desc)
  where deleted_at is null and status = 'done';

-- Clients only set the status; completed_at follows it (an explicit completed_at
-- on a done task is kept, e.g. for imports).
create function public.sync_task_completed_at() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.status = 'done' then
    new.completed_at := coalesce(new.completed_at, now());
  else
    new.completed_at := null;
  end if;
  return new;
end
$$;

create trigger tasks_sync_completed_at
  before insert or update of status, completed_at on public.tasks
  for each row execute function public.sync_task_completed_at();

create trigger tasks_set_updated_at
  before update on public.tasks
  for each row execute function public.set_updated_at();

revoke all on table public.tasks from anon, authenticated;
grant select, insert, update, delete on table public.tasks to authenticated, service_role;

alter table public.tasks enable row level security;

create policy tasks_select_own on public.tasks
  for select to authenticated
  using (user_id = (select auth.uid()));

create policy tasks_insert_own on public.tasks
  for insert to authenticated
  with check (user_id = (select auth.uid()));

create policy tasks_update_own on public.tasks
  for update to authenticated
  using (user_id = (select auth.uid()))
  with check (user_id = (select auth.uid()));

create policy tasks_delete_own on public.tasks
  for delete to authenticated
  using (user_id = (select auth.uid()));
