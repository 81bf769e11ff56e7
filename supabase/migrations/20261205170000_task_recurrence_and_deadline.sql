-- Repeating tasks and a deadline apart from the planned day (issue #18, items 1 and 2).
--
-- due_date stays "the day I plan to do it"; deadline is "when it must be done". A repeating task
-- is a series of occurrences, each a task row: closing one (done, or skipped = cancelled) creates
-- the next in the same transaction. The rule and what each new occurrence copies live in
-- task_series; "this occurrence only" edits change the row, "this and future" ones the series too.

alter table public.tasks add column deadline date;

create table public.task_series (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  -- RFC 5545 RRULE text (validated by the app: days and longer, no DTSTART).
  rrule text not null constraint task_series_rrule_length check (char_length(rrule) between 1 and 500),
  -- Counted from the day an occurrence is completed ("3 days after I finish it").
  from_completion boolean not null default false,
  -- The rule's DTSTART: COUNT counts occurrences from this day. A "future" edit of the rule or
  -- the dates starts the rule over from that occurrence.
  starts_on date not null,
  -- What the next occurrence copies.
  project_id uuid,
  title text not null constraint task_series_title_length check (title ~ '[^[:space:]]' and char_length(title) <= 500),
  notes text constraint task_series_notes_length check (char_length(notes) <= 20000),
  priority text constraint task_series_priority_valid check (priority in ('low', 'medium', 'high')),
  duration_minutes integer constraint task_series_duration_range check (duration_minutes between 1 and 1440),
  -- The start's wall-clock time in the person's zone and its day relative to the occurrence's
  -- day; null start_time: occurrences have no start.
  start_time time,
  start_offset_days integer not null default 0,
  -- The deadline's distance from the occurrence's day; null: no deadline.
  deadline_offset_days integer,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint task_series_id_user_key unique (id, user_id),
  constraint task_series_project_same_user foreign key (project_id, user_id)
    references public.projects (id, user_id) on delete set null (project_id)
);

create index task_series_user_id_idx on public.task_series (user_id);
create index task_series_project_id_user_id_idx on public.task_series (project_id, user_id);

create trigger task_series_set_updated_at
  before update on public.task_series
  for each row execute function public.set_updated_at();

alter table public.tasks
  -- A copy of the series' rule on each open occurrence, so a row alone says how it repeats.
  add column recurrence_rule text constraint tasks_recurrence_rule_length check (char_length(recurrence_rule) between 1 and 500),
  add column recurrence_from_completion boolean,
  add column recurrence_series_id uuid,
  -- The day the rule gave this occurrence, wherever it was moved to since.
  add column recurrence_anchor date,
  -- The occurrence whose completion or skip created this one: unique, so closing an occurrence
  -- creates its next at most once, however many requests close it at the same time.
  add column recurrence_previous_id uuid constraint tasks_recurrence_previous_id_fkey references public.tasks (id) on delete set null,
  add constraint tasks_recurrence_rule_complete check (
    (recurrence_rule is null) = (recurrence_from_completion is null)
    and (recurrence_rule is null or (recurrence_series_id is not null and recurrence_anchor is not null))
  ),
  add constraint tasks_recurrence_series_same_user foreign key (recurrence_series_id, user_id)
    references public.task_series (id, user_id) on delete cascade;

create unique index tasks_recurrence_previous_id_key on public.tasks (recurrence_previous_id)
  where recurrence_previous_id is not null;
-- "This and future" edits find a series' later occurrences.
create index tasks_recurrence_series_anchor_idx on public.tasks (recurrence_series_id, recurrence_anchor)
  where recurrence_series_id is not null;
-- Dashboard and brief: open tasks with a deadline (deadline passed, or planned after it).
create index tasks_open_by_deadline_idx on public.tasks (user_id, deadline)
  where deadline is not null and deleted_at is null and status in ('todo', 'in_progress');

-- Users change the deadline and the repeat of their tasks; the link to the occurrence before is
-- written once, on insert.
grant update (deadline, recurrence_rule, recurrence_from_completion, recurrence_series_id, recurrence_anchor)
  on table public.tasks to authenticated;

revoke all on table public.task_series from anon, authenticated;
grant select, insert, delete on table public.task_series to authenticated;
grant update (rrule, from_completion, starts_on, project_id, title, notes, priority, duration_minutes, start_time,
  start_offset_days, deadline_offset_days)
  on table public.task_series to authenticated;
grant select, insert, update, delete on table public.task_series to service_role;

alter table public.task_series enable row level security;

create policy task_series_all_own on public.task_series
  for all to authenticated
  using (user_id = (select auth.uid()))
  with check (user_id = (select auth.uid()));
