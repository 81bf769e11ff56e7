-- One row per model call made through the LLM gateway: who, what for, which provider and model
-- served it, tokens, cost and outcome. Written by the service role; a user may read their own rows.
-- The per-user monthly token budget sums this table.

create table public.llm_calls (
  id uuid primary key default gen_random_uuid(),
  -- null for calls made on no one's behalf (operator CLI, system jobs).
  user_id uuid references public.users (id) on delete cascade,
  purpose text not null constraint llm_calls_purpose_valid check (purpose in ('plan', 'write', 'check')),
  provider text not null constraint llm_calls_provider_valid check (provider in ('openai', 'anthropic')),
  model text not null constraint llm_calls_model_length check (char_length(model) between 1 and 200),
  input_tokens integer not null default 0 constraint llm_calls_input_tokens_range check (input_tokens >= 0),
  output_tokens integer not null default 0 constraint llm_calls_output_tokens_range check (output_tokens >= 0),
  -- null when the model is not in the price table (e.g. a local model behind OPENAI_BASE_URL).
  cost_usd numeric(14, 6) constraint llm_calls_cost_range check (cost_usd >= 0),
  latency_ms integer not null constraint llm_calls_latency_range check (latency_ms >= 0),
  -- ok: served by the first provider; fallback: served by the other one after a failure.
  outcome text not null constraint llm_calls_outcome_valid check (outcome in ('ok', 'fallback', 'aborted', 'error')),
  attempts integer not null default 1 constraint llm_calls_attempts_range check (attempts >= 1),
  error text constraint llm_calls_error_length check (char_length(error) <= 2000),
  created_at timestamptz not null default now()
);

-- The budget check (a user's calls this month) and a user's history, newest first.
create index llm_calls_user_id_created_at_idx on public.llm_calls (user_id, created_at desc) where user_id is not null;

revoke all on table public.llm_calls from anon, authenticated;
grant select on table public.llm_calls to authenticated;
grant select, insert, update, delete on table public.llm_calls to service_role;

alter table public.llm_calls enable row level security;

create policy llm_calls_select_own on public.llm_calls
  for select to authenticated
  using (user_id = (select auth.uid()));
