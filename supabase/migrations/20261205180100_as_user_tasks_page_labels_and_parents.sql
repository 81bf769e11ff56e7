-- as_user.tasks_page gains three filters (issue #18, item 3): a label by name, one parent's
-- subtasks, and top-level tasks only. The arguments before them and the rows are as in
-- 20261202120000, which says why the body is a few static queries; a parent's subtasks are a fourth,
-- read from the parent's index. The new arguments have defaults, so existing calls stay valid.
--
-- A label named but not the person's matches nothing. The label test is a primary-key probe per row
-- walked, as the other optional filters are.
drop function as_user.tasks_page(uuid, uuid, boolean, text[], date, date, text, double precision, uuid, integer);

create function as_user.tasks_page(
  acting_user uuid,
  in_project uuid,
  in_inbox boolean,
  with_statuses text[],
  due_before date,
  due_after date,
  -- An ILIKE pattern for title or notes, escaped by the caller.
  matching text,
  after_position double precision,
  after_id uuid,
  page_size integer,
  -- A label's name, compared without regard to case.
  with_label text default null,
  -- This task's subtasks only.
  under_parent uuid default null,
  -- Tasks that are no task's subtask only.
  top_level boolean default false
) returns setof public.tasks
language plpgsql
stable
set role = 'authenticated'
set request.jwt.claims = ''
set search_path = ''
set plan_cache_mode = 'force_generic_plan'
set enable_sort = off
set enable_bitmapscan = off
as $$
declare
  -- Without a cursor, (position, id) > (-infinity, nil uuid): every task.
  from_position double precision := case when after_id is null then '-infinity' else after_position end;
  from_id uuid := coalesce(after_id, '00000000-0000-0000-0000-000000000000');
  with_label_id uuid;
begin
  -- Transaction-local, and undone on return by the SET clause above.
  perform pg_catalog.set_config('request.jwt.claims', '{"sub":"' || acting_user || '","role":"authenticated"}', true);
  if with_label is not null then
    select l.id into with_label_id from public.labels l
    where l.user_id = acting_user and pg_catalog.lower(l.name) = pg_catalog.lower(with_label);
    if with_label_id is null then
      return;
    end if;
  end if;
  -- user_id repeats what RLS enforces, so the planner can use the user's indexes.
  if under_parent is not null then
    return query
      select t.* from public.tasks t
      where t.parent_id = under_parent and t.user_id = acting_user and t.deleted_at is null
        and (t.position, t.id) > (from_position, from_id)
        and (with_statuses is null or t.status = any (with_statuses))
        and (tasks_page.due_before is null or t.due_date < tasks_page.due_before)
        and (tasks_page.due_after is null or t.due_date > tasks_page.due_after)
        and (matching is null or t.title ilike matching or t.notes ilike matching)
        and (with_label_id is null or exists (select 1 from public.task_labels tl where tl.task_id = t.id and tl.label_id = with_label_id))
        and (not top_level or t.parent_id is null)
      order by t.position, t.id
      limit page_size;
  elsif in_project is not null then
    return query
      select t.* from public.tasks t
      where t.project_id = in_project and not in_inbox and t.user_id = acting_user and t.deleted_at is null
        and (t.position, t.id) > (from_position, from_id)
        and (with_statuses is null or t.status = any (with_statuses))
        and (tasks_page.due_before is null or t.due_date < tasks_page.due_before)
        and (tasks_page.due_after is null or t.due_date > tasks_page.due_after)
        and (matching is null or t.title ilike matching or t.notes ilike matching)
        and (with_label_id is null or exists (select 1 from public.task_labels tl where tl.task_id = t.id and tl.label_id = with_label_id))
        and (not top_level or t.parent_id is null)
      order by t.position, t.id
      limit page_size;
  elsif in_inbox then
    return query
      select t.* from public.tasks t
      where t.project_id is null and t.user_id = acting_user and t.deleted_at is null
        and (t.position, t.id) > (from_position, from_id)
        and (with_statuses is null or t.status = any (with_statuses))
        and (tasks_page.due_before is null or t.due_date < tasks_page.due_before)
        and (tasks_page.due_after is null or t.due_date > tasks_page.due_after)
        and (matching is null or t.title ilike matching or t.notes ilike matching)
        and (with_label_id is null or exists (select 1 from public.task_labels tl where tl.task_id = t.id and tl.label_id = with_label_id))
        and (not top_level or t.parent_id is null)
      order by t.position, t.id
      limit page_size;
  else
    return query
      select t.* from public.tasks t
      where t.user_id = acting_user and t.deleted_at is null
        and (t.position, t.id) > (from_position, from_id)
        and (with_statuses is null or t.status = any (with_statuses))
        and (tasks_page.due_before is null or t.due_date < tasks_page.due_before)
        and (tasks_page.due_after is null or t.due_date > tasks_page.due_after)
        and (matching is null or t.title ilike matching or t.notes ilike matching)
        and (with_label_id is null or exists (select 1 from public.task_labels tl where tl.task_id = t.id and tl.label_id = with_label_id))
        and (not top_level or t.parent_id is null)
      order by t.position, t.id
      limit page_size;
  end if;
end
$$;

revoke all on function as_user.tasks_page(uuid, uuid, boolean, text[], date, date, text, double precision, uuid, integer, text, uuid, boolean)
  from public, anon, authenticated, service_role;
