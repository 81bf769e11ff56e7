-- The alerts schedule looks every minute for open tasks starting within the next day, across
-- everyone: by start time, over live open tasks only.
create index tasks_open_by_start_at_idx on public.tasks (start_at)
  where start_at is not null and deleted_at is null and status in ('todo', 'in_progress');
