-- Hot reads as a user in ONE statement. asUser and readAsUser need a transaction (BEGIN, the
-- role and claims, the query, COMMIT: four statements, two round trips) for what the task list
-- does in one short query. A function of schema as_user takes the user's id, switches to role
-- `authenticated` with that user's claims for its own duration, and runs its query, which is
-- planned after the switch, so RLS applies to it as it does under asUser.
--
-- Nothing outlives the call: the SET clauses restore role and claims when the function returns,
-- even inside a caller's transaction, and a lone call is its own transaction, which is what a
-- transaction-mode pooler needs. The schema is not PostgREST's, and only the pool's own user
-- (a member of `authenticated`, as asUser needs) may execute its functions: called by anyone
-- else they would read as any user they name.
create schema as_user;
revoke all on schema as_user from public;

-- One page of the user's live tasks in (position, id) order, as listTasks asks for it: a null
-- filter is not applied. Plans are made for each call's values (plan_cache_mode), as the filters
-- that are set decide the best index.
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
set plan_cache_mode = 'force_custom_plan'
as $$
begin
  -- Transaction-local, and undone on return by the SET clause above.
  perform pg_catalog.set_config(
    'request.jwt.claims',
    pg_catalog.json_build_object('sub', acting_user, 'role', 'authenticated')::text,
    true
  );
  -- user_id repeats what RLS enforces, so the planner can use the (user_id, position, id) index.
  return query
    select t.* from public.tasks t
    where t.user_id = acting_user and t.deleted_at is null
      and (in_project is null or t.project_id = in_project)
      and (not in_inbox or t.project_id is null)
      and (with_statuses is null or t.status = any (with_statuses))
      and (tasks_page.due_before is null or t.due_date < tasks_page.due_before)
      and (tasks_page.due_after is null or t.due_date > tasks_page.due_after)
      and (matching is null or t.title ilike matching or t.notes ilike matching)
      and (after_id is null or (t.position, t.id) > (after_position, after_id))
    order by t.position, t.id
    limit page_size;
end
$$;

revoke all on function as_user.tasks_page(uuid, uuid, boolean, text[], date, date, text, double precision, uuid, integer)
  from public, anon, authenticated, service_role;
