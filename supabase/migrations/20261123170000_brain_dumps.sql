-- A brain dump: the text a person typed, the operations a drafter proposed for it (streamed to the
-- browser as server-sent events, kept here so a reconnecting stream can replay them), and what
-- applying it changed, so it can be undone.

create table public.brain_dumps (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  text text not null constraint brain_dumps_text_length check (text ~ '[^[:space:]]' and char_length(text) <= 20000),
  status text not null default 'pending'
    constraint brain_dumps_status_valid
    check (status in ('pending', 'drafting', 'drafted', 'failed', 'applied', 'undone')),
  -- Who drafted it; null until drafting starts.
  provider text constraint brain_dumps_provider_valid check (provider in ('offline', 'openai', 'anthropic')),
  model text constraint brain_dumps_model_length check (char_length(model) <= 200),
  -- The drafted operations, in the order they streamed.
  operations jsonb not null default '[]' constraint brain_dumps_operations_array check (jsonb_typeof(operations) = 'array'),
  -- Every event sent on the stream ({"event","data"}), in order; an event's id is its position + 1.
  events jsonb not null default '[]' constraint brain_dumps_events_array check (jsonb_typeof(events) = 'array'),
  usage jsonb,
  error text constraint brain_dumps_error_length check (char_length(error) <= 2000),
  -- What apply wrote: created project and task ids, and the previous values of updated tasks.
  applied_changes jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  drafted_at timestamptz,
  applied_at timestamptz,
  undone_at timestamptz
);

-- A user's history, newest first.
create index brain_dumps_user_id_created_at_idx on public.brain_dumps (user_id, created_at desc);

create trigger brain_dumps_set_updated_at
  before update on public.brain_dumps
  for each row execute function public.set_updated_at();

revoke all on table public.brain_dumps from anon, authenticated;
grant select, insert, update on table public.brain_dumps to authenticated;
grant select, insert, update, delete on table public.brain_dumps to service_role;

alter table public.brain_dumps enable row level security;

create policy brain_dumps_select_own on public.brain_dumps
  for select to authenticated
  using (user_id = (select auth.uid()));

create policy brain_dumps_insert_own on public.brain_dumps
  for insert to authenticated
  with check (user_id = (select auth.uid()));

create policy brain_dumps_update_own on public.brain_dumps
  for update to authenticated
  using (user_id = (select auth.uid()))
  with check (user_id = (select auth.uid()));
