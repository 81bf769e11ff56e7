-- The job queue shared by the web app (enqueues) and workers (claim, run, report). Every job keeps
-- its row until retention prunes it, so the row is the record: status, progress and result.

create table public.queue_jobs (
  id uuid primary key default gen_random_uuid(),
  -- null for system jobs (schedules, maintenance).
  user_id uuid references public.users (id) on delete cascade,
  job_type text not null constraint queue_jobs_job_type_format check (job_type ~ '^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$'),
  payload jsonb not null default '{}',
  status text not null default 'pending'
    constraint queue_jobs_status_valid check (status in ('pending', 'processing', 'completed', 'failed', 'cancelled')),
  -- Lower runs first.
  priority smallint not null default 0,
  run_at timestamptz not null default now(),
  attempts integer not null default 0 constraint queue_jobs_attempts_range check (attempts >= 0),
  max_attempts integer not null default 5 constraint queue_jobs_max_attempts_range check (max_attempts between 1 and 1000),
  dedup_key text constraint queue_jobs_dedup_key_length check (char_length(dedup_key) between 1 and 500),
  locked_by text,
  lease_expires_at timestamptz,
  progress jsonb,
  result jsonb,
  last_error text,
  -- Outputs of finished steps by step name, so a retry skips (and does not re-pay for) them.
  checkpoints jsonb not null default '{}',
  -- Set by a cancel of a running job; the lease holder sees it on its next heartbeat.
  cancel_requested_at timestamptz,
  created_at timestamptz not null default now(),
  started_at timestamptz,
  finished_at timestamptz,
  updated_at timestamptz not null default now(),
  constraint queue_jobs_lease_matches_status check ((status = 'processing') = (locked_by is not null and lease_expires_at is not null))
);

-- The claim: one index scan per job type over due pending jobs in (priority, run_at) order.
create index queue_jobs_claim_idx on public.queue_jobs (job_type, priority, run_at) where status = 'pending';
-- The rescuer: processing jobs by lease expiry.
create index queue_jobs_lease_idx on public.queue_jobs (lease_expires_at) where status = 'processing';
-- A dedup key names at most one live job; finished jobs free it for the next run. Jobs without a
-- key stay out of the index (no index write per claim and completion for them).
create unique index queue_jobs_dedup_key_idx on public.queue_jobs (dedup_key)
  where dedup_key is not null and status in ('pending', 'processing');
-- A user's jobs, newest first (the web app's job views); also serves the users foreign key.
create index queue_jobs_user_id_idx on public.queue_jobs (user_id, created_at desc) where user_id is not null;
-- Retention and operator listings by age of finished jobs.
create index queue_jobs_finished_idx on public.queue_jobs (status, finished_at) where finished_at is not null;

create trigger queue_jobs_set_updated_at
  before update on public.queue_jobs
  for each row execute function public.set_updated_at();

-- Wake-up: one NOTIFY per job type per inserting statement, only for jobs due now (future jobs are
-- found by polling). PostgreSQL folds identical notifications of one transaction into one.
create function public.notify_queue_jobs_inserted() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  perform pg_notify('ordo_jobs', job_type)
  from (select distinct i.job_type from inserted i where i.status = 'pending' and i.run_at <= now()) as due;
  return null;
end
$$;

create trigger queue_jobs_notify_inserted
  after insert on public.queue_jobs
  referencing new table as inserted
  for each statement execute function public.notify_queue_jobs_inserted();

-- Live updates for the owning user only: system jobs (and benchmarks) pay no NOTIFY per row.
create trigger queue_jobs_notify_change
  after insert or update on public.queue_jobs
  for each row when (new.user_id is not null) execute function public.notify_row_change();

create trigger queue_jobs_notify_delete
  after delete on public.queue_jobs
  for each row when (old.user_id is not null) execute function public.notify_row_change();

revoke all on table public.queue_jobs from anon, authenticated;
grant select on table public.queue_jobs to authenticated;
grant select, insert, update, delete on table public.queue_jobs to service_role;

alter table public.queue_jobs enable row level security;

-- A user reads their own jobs (status, progress, result); enqueueing, claiming and every change
-- go through the service role.
create policy queue_jobs_select_own on public.queue_jobs
  for select to authenticated
  using (user_id = (select auth.uid()));

-- Failure-rate alarms raised by workers, for operators (and later the admin page).
create table public.queue_alerts (
  id uuid primary key default gen_random_uuid(),
  job_type text not null,
  window_seconds integer not null constraint queue_alerts_window_positive check (window_seconds > 0),
  failures integer not null,
  threshold integer not null,
  created_at timestamptz not null default now(),
  acknowledged_at timestamptz
);

create index queue_alerts_open_idx on public.queue_alerts (job_type, created_at desc) where acknowledged_at is null;

revoke all on table public.queue_alerts from anon, authenticated;
grant select, insert, update, delete on table public.queue_alerts to service_role;

alter table public.queue_alerts enable row level security;

-- Operators only: the service role bypasses RLS; this policy states that nobody else sees alerts.
create policy queue_alerts_service_only on public.queue_alerts
  for select to service_role
  using (true);
