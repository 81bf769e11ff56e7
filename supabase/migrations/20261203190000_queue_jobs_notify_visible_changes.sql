-- A user's job announces itself on ordo_changes only when something its owner can see changes
-- (status, progress, result, last_error), not on checkpoint writes or lease renewals. Every commit that
-- sent a NOTIFY queues behind one server-wide lock, so the invisible writes were slowing every
-- job with an owner (measured by bench:briefs) for nothing: the stream refetches the same row.

drop trigger queue_jobs_notify_change on public.queue_jobs;

create trigger queue_jobs_notify_insert
  after insert on public.queue_jobs
  for each row when (new.user_id is not null) execute function public.notify_row_change();

create trigger queue_jobs_notify_change
  after update on public.queue_jobs
  for each row when (
    new.user_id is not null
    and (
      old.status is distinct from new.status
      or old.progress is distinct from new.progress
      or old.result is distinct from new.result
      or old.last_error is distinct from new.last_error
      or old.user_id is distinct from new.user_id
    )
  ) execute function public.notify_row_change();
