-- Billing state per person, read only when ENABLE_STRIPE is on (self-hosters never look at it).
-- The effective plan is computed from this row by @ordo/shared-types effectivePlan(): a pro
-- trial until trial_ends_at, pro while a Stripe subscription is active or trialing, pro through
-- a grace period after a failed payment, then free again ("downgraded"): nothing is deleted.
create table public.billing_accounts (
  user_id uuid primary key references public.users (id) on delete cascade,
  -- The Stripe customer, created once per person on the first checkout and reused after.
  stripe_customer_id text unique,
  -- The app's own trial for new accounts, without a card.
  trial_ends_at timestamptz not null,
  stripe_subscription_id text unique,
  -- Stripe's subscription status, as last applied (null: never subscribed).
  subscription_status text constraint billing_accounts_subscription_status check (
    subscription_status in ('incomplete', 'incomplete_expired', 'trialing', 'active', 'past_due', 'canceled', 'unpaid', 'paused')
  ),
  price_id text,
  billing_interval text constraint billing_accounts_interval check (billing_interval in ('month', 'year')),
  current_period_start timestamptz,
  current_period_end timestamptz,
  cancel_at_period_end boolean not null default false,
  -- Which version of the subscription this row holds, so an older webhook never overwrites a
  -- newer state: the Stripe event's `created` (seconds) of the object last applied.
  subscription_version bigint,
  -- Set by the first failed payment of a run, cleared by a paid invoice; grace ends 7 days later.
  payment_failed_at timestamptz,
  grace_ends_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint billing_accounts_grace_after_failure check (grace_ends_at is null or payment_failed_at is not null)
);

create trigger billing_accounts_set_updated_at
  before update on public.billing_accounts
  for each row execute function public.set_updated_at();

-- Every new person starts a 14-day pro trial; people already here start theirs now.
create function public.billing_accounts_start_trial() returns trigger
  language plpgsql security definer set search_path = '' as $$
begin
  insert into public.billing_accounts (user_id, trial_ends_at)
  values (new.id, new.created_at + interval '14 days')
  on conflict (user_id) do nothing;
  return new;
end;
$$;

create trigger users_start_billing_trial
  after insert on public.users
  for each row execute function public.billing_accounts_start_trial();

insert into public.billing_accounts (user_id, trial_ends_at)
select id, greatest(created_at, now()) + interval '14 days' from public.users
on conflict (user_id) do nothing;

-- People read their own billing state; only the service (webhook jobs, checkout) writes it.
revoke all on table public.billing_accounts from anon, authenticated;
grant select on table public.billing_accounts to authenticated;
grant select, insert, update, delete on table public.billing_accounts to service_role;

alter table public.billing_accounts enable row level security;

create policy billing_accounts_select_own on public.billing_accounts
  for select to authenticated using (user_id = (select auth.uid()));
