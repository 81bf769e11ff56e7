-- Less database work per job: a claim and a completion each write a new row version, and these
-- were the per-row costs left around them (measured with perf on the backend, bench:queue).

-- 1. The job type's format is checked where a job type is given (insert, or an update that sets
--    it) through a domain, instead of a table CHECK that PostgreSQL re-evaluates (a regular
--    expression) on every update of any column: about 3 % of a job's database time.
create domain public.job_type_name as text
  constraint job_type_name_format check (value ~ '^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$');

alter table public.queue_jobs alter column job_type type public.job_type_name;
alter table public.queue_jobs drop constraint queue_jobs_job_type_format;

-- 2. Every statement of the queue API sets updated_at itself. Any BEFORE UPDATE row trigger makes
--    PostgreSQL fetch and lock the old row once more per updated row, WHEN condition or not (about
--    4 % of a job's database time). A hand-written UPDATE must now set updated_at too.
drop trigger queue_jobs_set_updated_at on public.queue_jobs;

-- 3. Completed and cancelled jobs leave no index entry of their own: a completion added one to
--    queue_jobs_finished_idx per job. Retention finds them by primary key instead: job ids are
--    time-ordered (UUID v7, 20261123200100), and a job that finished before a moment was created
--    before it, so the jobs past retention are among the ids below that moment's smallest id.
--    Failed jobs (few, kept longer, counted by the failure alarm) keep an index.
drop index public.queue_jobs_finished_idx;
create index queue_jobs_failed_idx on public.queue_jobs (finished_at) where status = 'failed';

-- The smallest UUID v7 of a moment: its 48-bit Unix millisecond prefix, zeros after.
create function public.uuid_v7_floor(at timestamptz) returns uuid
language sql
stable
parallel safe
set search_path = ''
as $$
  select encode(
    substring(int8send(floor(extract(epoch from at) * 1000)::bigint) from 3) || '\x00000000000000000000'::bytea,
    'hex'
  )::uuid
$$;
