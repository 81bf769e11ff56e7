-- Tokens set aside for model calls in progress. A call reserves its estimate (input counted from
-- the request, output bounded by its max tokens) before it is sent, under a per-user lock, so two
-- concurrent calls cannot both pass a budget that fits one; it is settled when it ends by an
-- llm_calls row with the same id and the actual usage. A reservation that outlives `expires_at`
-- (its process stopped) is settled as its estimate at the user's next reservation.

create table public.llm_budget_reservations (
  -- Also the id of the llm_calls row that settles it.
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  purpose text not null constraint llm_budget_reservations_purpose_valid check (purpose in ('plan', 'write', 'check')),
  provider text not null constraint llm_budget_reservations_provider_valid check (provider in ('openai', 'anthropic')),
  model text not null constraint llm_budget_reservations_model_length check (char_length(model) between 1 and 200),
  input_tokens integer not null constraint llm_budget_reservations_input_tokens_range check (input_tokens >= 0),
  output_tokens integer not null constraint llm_budget_reservations_output_tokens_range check (output_tokens >= 0),
  cost_usd numeric(14, 6) constraint llm_budget_reservations_cost_range check (cost_usd >= 0),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);

create index llm_budget_reservations_user_id_idx on public.llm_budget_reservations (user_id, created_at);

revoke all on table public.llm_budget_reservations from anon, authenticated;
grant select, insert, update, delete on table public.llm_budget_reservations to service_role;

alter table public.llm_budget_reservations enable row level security;

-- Only the gateway's ledger, as the service role, reads or writes reservations.
create policy llm_budget_reservations_service_only on public.llm_budget_reservations
  for all to service_role
  using (true)
  with check (true);
