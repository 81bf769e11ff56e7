-- One row per schedule tick that enqueued its job: whichever worker inserts the row first enqueues,
-- so N workers running the same schedules produce exactly one job per tick, however their clocks
-- and the job's own run time line up. Also the record the scheduler reads to catch up after downtime.

create table public.queue_schedule_ticks (
  schedule text not null,
  tick_at timestamptz not null,
  job_id uuid,
  created_at timestamptz not null default now(),
  primary key (schedule, tick_at)
);

revoke all on table public.queue_schedule_ticks from anon, authenticated;
grant select, insert, update, delete on table public.queue_schedule_ticks to service_role;

alter table public.queue_schedule_ticks enable row level security;

-- Workers only (service_role bypasses RLS); users have no grant at all.
create policy queue_schedule_ticks_service_only on public.queue_schedule_ticks
  for select to service_role
  using (true);
