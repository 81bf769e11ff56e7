-- A job that becomes pending again (a retry after a failure, a rescued lease, a hand-back, an
-- operator's retry) or whose run_at moves sooner wakes the workers too, as an insert does. A worker
-- whose last claim said nothing else is due claims again only on such a wake, the next job's
-- run_at or its poll, not each time one of its slots frees. Per row, but only rows that match:
-- claims and completions pay the WHEN test alone, and PostgreSQL folds identical notifications of
-- one transaction into one.
create function public.notify_queue_jobs_pending_again() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  perform pg_notify('ordo_jobs', new.job_type);
  return null;
end
$$;

create trigger queue_jobs_notify_pending_again
  after update on public.queue_jobs
  for each row when (new.status = 'pending' and (old.status <> 'pending' or new.run_at < old.run_at))
  execute function public.notify_queue_jobs_pending_again();
