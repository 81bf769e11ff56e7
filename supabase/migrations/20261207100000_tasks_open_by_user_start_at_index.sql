-- The dashboard asks on every load which of the person's scheduled tasks passed undone in the last
-- week: their open tasks by start time. The alerts index on start_at alone spans everyone.
create index tasks_open_by_user_start_at_idx on public.tasks (user_id, start_at)
  where start_at is not null and deleted_at is null and status in ('todo', 'in_progress');
