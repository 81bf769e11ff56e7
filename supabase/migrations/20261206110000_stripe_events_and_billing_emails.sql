-- Stripe's webhook events, each stored once by its id before it is processed by the worker's
-- billing.stripe_event job: a redelivered event finds its row and is acknowledged without a second
-- job. Kept whole (payload) so a failed job can be looked into and run again.
create table public.stripe_events (
  id text primary key constraint stripe_events_id_format check (id ~ '^evt_[A-Za-z0-9_]{1,250}$'),
  type text not null constraint stripe_events_type_length check (char_length(type) between 1 and 200),
  -- The event's `created`: Stripe's clock, in seconds. Subscription states are ordered by it.
  created bigint not null,
  livemode boolean not null,
  payload jsonb not null constraint stripe_events_payload_object check (jsonb_typeof(payload) = 'object'),
  received_at timestamptz not null default now(),
  -- Set by the job: when and with what outcome (applied, stale, refetched, ignored: …).
  processed_at timestamptz,
  outcome text constraint stripe_events_outcome_length check (char_length(outcome) <= 500)
);

create index stripe_events_received_at_idx on public.stripe_events (received_at);

revoke all on table public.stripe_events from anon, authenticated;
grant select, insert, update, delete on table public.stripe_events to service_role;

alter table public.stripe_events enable row level security;

-- The webhook route and the worker only (service_role bypasses RLS); users have no grant at all.
create policy stripe_events_service_only on public.stripe_events
  for all to service_role
  using (true) with check (true);

-- Billing mail, once each: one row per (person, kind, occurrence), written as `sending` and
-- committed before the send, so a retry after a crash never sends a second copy.
create table public.billing_emails (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  kind text not null
    constraint billing_emails_kind_known check (kind in ('trial_ending', 'trial_ended', 'payment_failed', 'downgraded')),
  -- What the mail is about, as epoch seconds: the trial's end, the failed payment that started a
  -- grace period, or the grace period's end. A new trial or a new failure is a new occurrence.
  occurrence text not null constraint billing_emails_occurrence_format check (occurrence ~ '^[0-9]{1,12}$'),
  -- sending: claimed and maybe handed to the mail server (never sent again); failed: the send
  -- failed and a retry may claim it again.
  status text not null default 'sending' constraint billing_emails_status_known check (status in ('sending', 'sent', 'failed')),
  message_id text constraint billing_emails_message_id_length check (char_length(message_id) <= 500),
  error text constraint billing_emails_error_length check (char_length(error) <= 2000),
  job_id uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  sent_at timestamptz,
  constraint billing_emails_once unique (user_id, kind, occurrence)
);

create trigger billing_emails_set_updated_at
  before update on public.billing_emails
  for each row execute function public.set_updated_at();

revoke all on table public.billing_emails from anon, authenticated;
grant select, insert, update, delete on table public.billing_emails to service_role;

alter table public.billing_emails enable row level security;

create policy billing_emails_service_only on public.billing_emails
  for all to service_role
  using (true) with check (true);

-- The billing schedule looks for trials and grace periods ending around each tick.
create index billing_accounts_trial_ends_at_idx on public.billing_accounts (trial_ends_at);
create index billing_accounts_grace_ends_at_idx on public.billing_accounts (grace_ends_at) where grace_ends_at is not null;
