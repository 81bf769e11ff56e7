-- Workers wake when the next pending job falls due rather than at their next poll. The claim also
-- asks for the earliest run_at among its types' pending jobs not yet due: one probe of this index
-- per type (the claim index orders by priority first, so there it would walk all of a type's
-- pending jobs).
create index queue_jobs_next_run_idx on public.queue_jobs (job_type, run_at) where status = 'pending';

-- Every insert of pending jobs wakes the idle workers, not only of due ones: a worker waiting for a
-- later job, or for its next poll, claims at once, and the claim's answer arms its timer for the
-- new job's run_at. One NOTIFY per job type per statement, as before.
create or replace function public.notify_queue_jobs_inserted() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  perform pg_notify('ordo_jobs', job_type)
  from (select distinct i.job_type from inserted i where i.status = 'pending') as pending;
  return null;
end
$$;
