-- Labels and subtasks (issue #18, item 3).
--
-- A label is a person's own (name unique without regard to case, a colour); a task carries any
-- number of them through task_labels, whose composite keys make the task, the label and the row
-- one person's. A subtask is a task with a parent_id: the parent is the same person's (composite
-- key), the tree has no cycle and is at most three levels deep (a trigger). A subtask does not
-- repeat: a repeating task's subtasks belong to the occurrence they were added to, and the next
-- occurrence starts without them. Its labels, though, go on to the next occurrence (a trigger, so
-- every path that closes an occurrence, web or worker, carries them).

-- The composite foreign keys below name a task together with its owner.
alter table public.tasks add constraint tasks_id_user_id_key unique (id, user_id);

alter table public.tasks
  add column parent_id uuid,
  -- Deleting a task for good (its owner's account) takes its subtasks with it.
  add constraint tasks_parent_same_user foreign key (parent_id, user_id)
    references public.tasks (id, user_id) on delete cascade,
  add constraint tasks_parent_not_self check (parent_id <> id),
  add constraint tasks_subtask_does_not_repeat check (parent_id is null or recurrence_rule is null);

-- A parent's subtasks in list order; also the foreign key's lookup when a parent is deleted.
create index tasks_by_parent_position_idx on public.tasks (parent_id, position, id) where parent_id is not null;

grant update (parent_id) on table public.tasks to authenticated;

-- Refuses a parent that would close a cycle or nest the tree deeper than three levels. Runs as the
-- person writing (RLS applies), which is enough: the composite key keeps every task of a tree theirs.
create function public.tasks_check_parent() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  max_levels constant integer := 3;
  levels_above integer;
  levels_below integer;
  closes_cycle boolean;
begin
  if new.parent_id is null or (tg_op = 'UPDATE' and new.parent_id is not distinct from old.parent_id) then
    return new;
  end if;
  -- Two moves that are each fine alone can form a cycle together: one person's moves take turns.
  perform pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtextextended('public.tasks.parent_id ' || new.user_id::text, 0));
  -- The chain above the new parent; the rest of the tree has no cycle, so it ends, at the latest
  -- where it reaches this task.
  with recursive up (id, parent_id, level) as (
    select t.id, t.parent_id, 1 from public.tasks t where t.id = new.parent_id
    union all
    select t.id, t.parent_id, up.level + 1 from public.tasks t join up on t.id = up.parent_id
    where up.id <> new.id and up.level <= max_levels
  )
  select coalesce(max(level), 0), coalesce(bool_or(id = new.id), false) into levels_above, closes_cycle from up;
  if closes_cycle then
    raise exception 'a task cannot be a subtask of itself or of its own subtasks'
      using errcode = 'check_violation', constraint = 'tasks_parent_no_cycle', table = 'tasks', column = 'parent_id';
  end if;
  -- The levels this task's own subtasks add beneath it.
  with recursive down (id, level) as (
    select t.id, 1 from public.tasks t where t.parent_id = new.id
    union all
    select t.id, down.level + 1 from public.tasks t join down on t.parent_id = down.id where down.level <= max_levels
  )
  select coalesce(max(level), 0) into levels_below from down;
  if levels_above + 1 + levels_below > max_levels then
    raise exception 'subtasks nest at most % levels deep', max_levels
      using errcode = 'check_violation', constraint = 'tasks_parent_depth', table = 'tasks', column = 'parent_id';
  end if;
  return new;
end
$$;

create trigger tasks_check_parent
  before insert or update of parent_id on public.tasks
  for each row execute function public.tasks_check_parent();

-- Colours are a palette name or #rrggbb (lower case, as the API stores it).
create table public.labels (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  name text not null constraint labels_name_valid check (name ~ '[^[:space:]]' and name = btrim(name) and char_length(name) <= 50),
  color text not null default 'gray' constraint labels_color_valid check (
    color in ('gray', 'red', 'orange', 'yellow', 'green', 'teal', 'blue', 'purple', 'pink') or color ~ '^#[0-9a-f]{6}$'
  ),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint labels_id_user_id_key unique (id, user_id)
);

create unique index labels_user_name_key on public.labels (user_id, lower(name));

create trigger labels_set_updated_at
  before update on public.labels
  for each row execute function public.set_updated_at();

create trigger labels_notify_change
  after insert or update or delete on public.labels
  for each row execute function public.notify_row_change();

create table public.task_labels (
  task_id uuid not null,
  label_id uuid not null,
  user_id uuid not null references public.users (id) on delete cascade,
  created_at timestamptz not null default now(),
  primary key (task_id, label_id),
  constraint task_labels_task_same_user foreign key (task_id, user_id) references public.tasks (id, user_id) on delete cascade,
  constraint task_labels_label_same_user foreign key (label_id, user_id) references public.labels (id, user_id) on delete cascade
);

-- The label filter and deleting a label find its tasks; deleting a user finds their rows.
create index task_labels_label_id_idx on public.task_labels (label_id, user_id);
create index task_labels_user_id_idx on public.task_labels (user_id);

revoke all on table public.labels from anon, authenticated;
grant select, insert, delete on table public.labels to authenticated;
grant update (name, color) on table public.labels to authenticated;
grant select, insert, update, delete on table public.labels to service_role;

revoke all on table public.task_labels from anon, authenticated;
grant select, insert, delete on table public.task_labels to authenticated;
grant select, insert, update, delete on table public.task_labels to service_role;

alter table public.labels enable row level security;
alter table public.task_labels enable row level security;

create policy labels_all_own on public.labels
  for all to authenticated
  using (user_id = (select auth.uid()))
  with check (user_id = (select auth.uid()));

-- With the composite keys, the row, its task and its label are all the person's.
create policy task_labels_all_own on public.task_labels
  for all to authenticated
  using (user_id = (select auth.uid()))
  with check (user_id = (select auth.uid()));

-- The next occurrence of a repeating task carries the labels of the one whose close created it.
create function public.tasks_copy_labels_to_next_occurrence() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  insert into public.task_labels (task_id, label_id, user_id)
  select new.id, tl.label_id, tl.user_id from public.task_labels tl where tl.task_id = new.recurrence_previous_id;
  return null;
end
$$;

create trigger tasks_copy_labels_to_next_occurrence
  after insert on public.tasks
  for each row when (new.recurrence_previous_id is not null)
  execute function public.tasks_copy_labels_to_next_occurrence();

-- A label put on or taken off a task is announced as a change of that task (see
-- 20261123130400_change_notifications), so open pages show it without a reload.
create function public.task_labels_notify_task_change() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  changed record;
begin
  if tg_op = 'DELETE' then
    changed := old;
  else
    changed := new;
  end if;
  perform pg_notify(
    'ordo_changes',
    json_build_object('table', 'tasks', 'op', 'update', 'id', changed.task_id, 'user_id', changed.user_id)::text
  );
  return null;
end
$$;

create trigger task_labels_notify_task_change
  after insert or delete on public.task_labels
  for each row execute function public.task_labels_notify_task_change();
