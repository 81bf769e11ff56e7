-- Each job a schedule tick enqueued, by its dedup key. A key is enqueued once per schedule for as
-- long as its tick is kept (a week, see the cleaner): a later tick that works out the same key (the
-- same person's brief for the same day) adds nothing, even after the first job has finished, and
-- two workers ticking at once cannot both enqueue it (the primary key makes the second wait, then skip).

create table public.queue_schedule_jobs (
  schedule text not null,
  dedup_key text not null,
  tick_at timestamptz not null,
  job_id uuid,
  created_at timestamptz not null default now(),
  primary key (schedule, dedup_key),
  foreign key (schedule, tick_at) references public.queue_schedule_ticks (schedule, tick_at) on delete cascade
);

-- For the cascade when the cleaner prunes old ticks.
create index queue_schedule_jobs_tick on public.queue_schedule_jobs (schedule, tick_at);

revoke all on table public.queue_schedule_jobs from anon, authenticated;
grant select, insert, update, delete on table public.queue_schedule_jobs to service_role;

alter table public.queue_schedule_jobs enable row level security;

-- Workers only (service_role bypasses RLS); users have no grant at all.
create policy queue_schedule_jobs_service_only on public.queue_schedule_jobs
  for select to service_role
  using (true);
