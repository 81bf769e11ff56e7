-- Tasks as Google Calendar events, both ways: the events Ordo made for a task (or for each of its
-- blocks) with what it last pushed, the history that keeps the version a change overruled, and the
-- triggers that ask calendar.push_task to bring Google up to date when a task's placement changes.

-- One event Ordo made in Google for a task (block_id null) or for one of its blocks. task_id and
-- block_id carry no foreign key on purpose: when a task or block is deleted its link must outlive
-- it, so the push job can still delete the event in Google, and drops the link itself.
create table public.task_event_links (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  task_id uuid not null,
  block_id uuid,
  calendar_id uuid not null,
  google_event_id text not null constraint task_event_links_google_event_id_length check (char_length(google_event_id) between 5 and 1024),
  -- What Ordo last pushed, so the next push patches only what changed since.
  pushed_start_at timestamptz not null,
  pushed_end_at timestamptz not null,
  pushed_title text not null,
  -- What Google answered to that push (or the last inbound change reconciled): an event whose etag
  -- is this one is Ordo's own write coming back through the sync.
  etag text constraint task_event_links_etag_length check (char_length(etag) <= 200),
  google_updated_at timestamptz,
  -- The task's (or for a block, the later of task's and block's) updated_at that was pushed.
  pushed_task_updated_at timestamptz not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint task_event_links_calendar_event_key unique (calendar_id, google_event_id),
  constraint task_event_links_calendar_same_user foreign key (calendar_id, user_id)
    references public.calendars (id, user_id) on delete cascade
);

-- One link per task (when it has no blocks) and one per block.
create unique index task_event_links_task_key on public.task_event_links (task_id) where block_id is null;
create unique index task_event_links_block_key on public.task_event_links (block_id) where block_id is not null;
create index task_event_links_task_id_idx on public.task_event_links (task_id);
create index task_event_links_user_id_idx on public.task_event_links (user_id);

create trigger task_event_links_set_updated_at
  before update on public.task_event_links
  for each row execute function public.set_updated_at();

-- What happened to a task's placement that the person did not do in Ordo, and every version a
-- conflict overruled. kind: 'moved_in_google' (the task took the event's new time; version = where
-- it was), 'unscheduled_in_google' (the event was deleted, so the task lost its time; version =
-- where it was), 'conflict_lost' (both sides changed since the last push; the most recent change
-- won; source = the side that lost, version = its placement, or {"deleted": true} for a deletion).
create table public.task_history (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  task_id uuid not null references public.tasks (id) on delete cascade,
  at timestamptz not null default now(),
  source text not null constraint task_history_source_valid check (source in ('google', 'ordo')),
  kind text not null constraint task_history_kind_valid check (kind in ('moved_in_google', 'unscheduled_in_google', 'conflict_lost')),
  version jsonb not null default '{}' constraint task_history_version_object check (jsonb_typeof(version) = 'object'),
  created_at timestamptz not null default now()
);

create index task_history_task_at_idx on public.task_history (task_id, at desc);
create index task_history_user_id_idx on public.task_history (user_id);

revoke all on table public.task_event_links, public.task_history from anon, authenticated;
grant select on table public.task_history to authenticated;
grant select, insert, update, delete on table public.task_event_links, public.task_history to service_role;

alter table public.task_event_links enable row level security;
alter table public.task_history enable row level security;

-- Links are the server's (service_role bypasses RLS); the task page reads event addresses through
-- task_google_events().
create policy task_event_links_service_only on public.task_event_links
  for select to service_role using (true);

create policy task_history_select_own on public.task_history
  for select to authenticated using (user_id = (select auth.uid()));

-- The signed-in person's events for one of their tasks, with Google's address of each (from the
-- synced copy when there is one, whatever the calendar's sync mode).
create function public.task_google_events(p_task_id uuid)
returns table (block_id uuid, start_at timestamptz, end_at timestamptz, html_link text)
language sql
stable
security definer
set search_path = ''
as $$
  select l.block_id, l.pushed_start_at, l.pushed_end_at, e.html_link
  from public.task_event_links l
  left join public.calendar_events e on e.calendar_id = l.calendar_id and e.google_event_id = l.google_event_id
  where l.task_id = p_task_id and l.user_id = (select auth.uid())
  order by l.pushed_start_at
$$;

revoke all on function public.task_google_events(uuid) from public, anon;
grant execute on function public.task_google_events(uuid) to authenticated;

-- Enqueues calendar.push_task for a task under its dedup key (calendarPushTaskDedupKey; attempts and
-- priority as calendarPushTaskDefaults). A pending job will read this change when it runs. A running
-- one may already have read the task: then a job keyed after it is added, which runs after it (the
-- job serialises on the task), so no change is left unpushed.
create function public.enqueue_calendar_push(p_user_id uuid, p_task_id uuid) returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  key text := 'calendar-push:' || p_task_id;
  live record;
begin
  for attempt in 1..20 loop
    insert into public.queue_jobs (user_id, job_type, payload, priority, max_attempts, dedup_key)
    values (p_user_id, 'calendar.push_task', jsonb_build_object('task_id', p_task_id), 3, 6, key)
    on conflict (dedup_key) where dedup_key is not null and status in ('pending', 'processing') do nothing;
    if found then
      return;
    end if;
    select id, status into live from public.queue_jobs where dedup_key = key and status in ('pending', 'processing');
    if found then
      if live.status = 'pending' then
        return;
      end if;
      key := 'calendar-push:' || p_task_id || ':after:' || live.id;
    end if;
    -- Not found: the live job finished in between; the next round inserts under the same key.
  end loop;
  raise exception 'could not enqueue calendar.push_task for task %', p_task_id;
end
$$;

-- Whether a change to this task may need Google to change: it has events already, or it is open,
-- scheduled and live while the person has an active connection with a task calendar.
create function public.task_needs_calendar_push(p_user_id uuid, p_task_id uuid, p_open_and_scheduled boolean) returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (select 1 from public.task_event_links l where l.task_id = p_task_id)
    or (p_open_and_scheduled and exists (
      select 1 from public.calendars c
      join public.google_connections g on g.id = c.connection_id
      where c.user_id = p_user_id and c.is_task_target and g.status = 'active'))
$$;

-- The inbound sync sets ordo.change_origin = 'google' for its own writes to tasks and blocks: they
-- came from Google and must not be pushed back.
create function public.tasks_enqueue_calendar_push() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  task record;
begin
  if current_setting('ordo.change_origin', true) = 'google' then
    return null;
  end if;
  if tg_op = 'DELETE' then
    task := old;
  else
    task := new;
  end if;
  if public.task_needs_calendar_push(task.user_id, task.id,
      tg_op <> 'DELETE' and task.deleted_at is null and task.start_at is not null and task.status in ('todo', 'in_progress')) then
    perform public.enqueue_calendar_push(task.user_id, task.id);
  end if;
  return null;
end
$$;

create trigger tasks_enqueue_calendar_push_insert
  after insert on public.tasks
  for each row when (new.start_at is not null)
  execute function public.tasks_enqueue_calendar_push();

create trigger tasks_enqueue_calendar_push_update
  after update of start_at, duration_minutes, title, status, deleted_at on public.tasks
  for each row
  when (old.start_at is distinct from new.start_at or old.duration_minutes is distinct from new.duration_minutes
    or old.title is distinct from new.title or old.status is distinct from new.status
    or old.deleted_at is distinct from new.deleted_at)
  execute function public.tasks_enqueue_calendar_push();

create trigger tasks_enqueue_calendar_push_delete
  after delete on public.tasks
  for each row execute function public.tasks_enqueue_calendar_push();

create function public.task_blocks_enqueue_calendar_push() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  block record;
  task public.tasks;
begin
  if current_setting('ordo.change_origin', true) = 'google' then
    return null;
  end if;
  if tg_op = 'DELETE' then
    block := old;
  else
    block := new;
  end if;
  select * into task from public.tasks where id = block.task_id;
  if public.task_needs_calendar_push(block.user_id, block.task_id,
      found and task.deleted_at is null and task.start_at is not null and task.status in ('todo', 'in_progress')) then
    perform public.enqueue_calendar_push(block.user_id, block.task_id);
  end if;
  return null;
end
$$;

create trigger task_blocks_enqueue_calendar_push
  after insert or update or delete on public.task_blocks
  for each row execute function public.task_blocks_enqueue_calendar_push();

-- Pushes every task of a person that has events, and every open task scheduled from now on when
-- they have an active connection with a task calendar: when that calendar changes (events move to
-- the new one, or are deleted when there is none any more) and when a connection comes back.
create function public.enqueue_task_pushes_for_user(p_user_id uuid) returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  task_id uuid;
begin
  for task_id in
    select l.task_id from public.task_event_links l where l.user_id = p_user_id
    union
    select t.id from public.tasks t
    where t.user_id = p_user_id and t.deleted_at is null and t.status in ('todo', 'in_progress') and t.start_at >= now()
      and exists (
        select 1 from public.calendars c join public.google_connections g on g.id = c.connection_id
        where c.user_id = p_user_id and c.is_task_target and g.status = 'active')
  loop
    perform public.enqueue_calendar_push(p_user_id, task_id);
  end loop;
end
$$;

create function public.calendars_enqueue_task_pushes() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform public.enqueue_task_pushes_for_user(new.user_id);
  return null;
end
$$;

create trigger calendars_enqueue_task_pushes_insert
  after insert on public.calendars
  for each row when (new.is_task_target)
  execute function public.calendars_enqueue_task_pushes();

create trigger calendars_enqueue_task_pushes_update
  after update of is_task_target on public.calendars
  for each row when (old.is_task_target is distinct from new.is_task_target)
  execute function public.calendars_enqueue_task_pushes();

create trigger google_connections_enqueue_task_pushes
  after update of status on public.google_connections
  for each row when (old.status <> 'active' and new.status = 'active')
  execute function public.calendars_enqueue_task_pushes();

revoke all on function public.enqueue_calendar_push(uuid, uuid) from public, anon, authenticated;
revoke all on function public.task_needs_calendar_push(uuid, uuid, boolean) from public, anon, authenticated;
revoke all on function public.enqueue_task_pushes_for_user(uuid) from public, anon, authenticated;
grant execute on function public.enqueue_calendar_push(uuid, uuid) to service_role;
