-- The task list (web and API) pages through a user's live tasks in (position, id) order.
create index tasks_live_by_position_idx on public.tasks (user_id, position, id)
  where deleted_at is null;
