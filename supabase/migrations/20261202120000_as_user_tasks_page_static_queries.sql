-- as_user.tasks_page, same arguments and rows, made cheaper per call (it serves every task list).
--
-- Its one catch-all query, `(param is null or …)` for every filter, had to be planned anew for
-- each call's values (its generic plan cannot use the cursor or the project as index conditions
-- and scans all of a user's tasks), and planning cost more than running it. Here the filter that
-- decides the index, where the rows come from (all the user's tasks, one project, the inbox),
-- picks one of three static queries, and the cursor is always an index condition (no cursor is
-- the smallest key). Each static query has a plan cached for the session and planned once, for
-- any values: the other filters (status, due dates, text) only discard rows on the way, as they
-- did in the custom plans, so a generic plan is as good as a custom one, provided it walks the
-- index in page order. A generic plan cannot know the user: estimated for an average one, with
-- the optional filters guessed selective, it would rather fetch all the user's rows and sort
-- them, which for a user with 50,000 tasks takes 50 ms a page. Sorts and bitmap scans are
-- disabled for the planning, so the pages are read in index order and stop at the limit.
--
-- The claims are written as text: uuid output holds no character JSON would escape.
--
-- Dropped and created again rather than replaced: creating it validates the body with its SET
-- clauses in force, as role `authenticated`, which may not execute it.
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
  page_size integer
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
begin
  -- Transaction-local, and undone on return by the SET clause above.
  perform pg_catalog.set_config('request.jwt.claims', '{"sub":"' || acting_user || '","role":"authenticated"}', true);
  -- user_id repeats what RLS enforces, so the planner can use the user's indexes.
  if in_project is not null then
    return query
      select t.* from public.tasks t
      where t.project_id = in_project and not in_inbox and t.user_id = acting_user and t.deleted_at is null
        and (t.position, t.id) > (from_position, from_id)
        and (with_statuses is null or t.status = any (with_statuses))
        and (tasks_page.due_before is null or t.due_date < tasks_page.due_before)
        and (tasks_page.due_after is null or t.due_date > tasks_page.due_after)
        and (matching is null or t.title ilike matching or t.notes ilike matching)
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
      order by t.position, t.id
      limit page_size;
  end if;
end
$$;

revoke all on function as_user.tasks_page(uuid, uuid, boolean, text[], date, date, text, double precision, uuid, integer)
  from public, anon, authenticated, service_role;
