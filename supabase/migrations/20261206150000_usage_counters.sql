-- What people used of their plan's counted limits, per period, when ENABLE_STRIPE is on (a
-- self-hosted Ordo never writes here). One row per person, metric and period (a UTC day for
-- brain dumps, a UTC month for text messages); AI tokens are not here: the gateway's ledger
-- (llm_calls and llm_budget_reservations) already counts them, under its own lock.
-- A slot is taken by one conditional upsert that only counts while `used` is under the limit
-- (@ordo/supabase-client takeUsageSlot), so two requests cannot both take the last one, and a
-- refused attempt counts nothing; work that fails before doing anything gives its slot back.
create table public.usage_counters (
  user_id uuid not null references public.users (id) on delete cascade,
  metric text not null constraint usage_counters_metric check (metric in ('brain_dumps', 'sms')),
  period_start timestamptz not null,
  used integer not null constraint usage_counters_used_range check (used >= 0),
  updated_at timestamptz not null default now(),
  primary key (user_id, metric, period_start)
);

-- People read their own usage (the billing page); only the service counts.
revoke all on table public.usage_counters from anon, authenticated;
grant select on table public.usage_counters to authenticated;
grant select, insert, update, delete on table public.usage_counters to service_role;

alter table public.usage_counters enable row level security;

create policy usage_counters_select_own on public.usage_counters
  for select to authenticated using (user_id = (select auth.uid()));
