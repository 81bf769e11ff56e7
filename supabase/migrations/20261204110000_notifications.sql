-- Reaching people outside the browser: verified phones and SMS opt-outs, Web Push devices, alert
-- preferences, reminders on tasks, and one `notifications` row per thing Ordo tells someone
-- (an alert or a reminder firing), delivered per channel through `deliveries` like the brief.

-- One phone a person, stored as E.164. Changing the number clears verified_at.
create table public.user_phones (
  user_id uuid primary key references public.users (id) on delete cascade,
  phone_e164 text not null constraint user_phones_e164_format check (phone_e164 ~ '^\+[1-9][0-9]{6,14}$'),
  verified_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create index user_phones_phone_e164_idx on public.user_phones (phone_e164);

create trigger user_phones_set_updated_at
  before update on public.user_phones
  for each row execute function public.set_updated_at();

-- A 6-digit code sent by SMS, kept only as a hash; 10 minutes, 5 attempts. Rows also serve the
-- resend cooldown and the per-person and per-number rate limits (counted over recent rows).
create table public.phone_verifications (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  phone_e164 text not null constraint phone_verifications_e164_format check (phone_e164 ~ '^\+[1-9][0-9]{6,14}$'),
  code_hash text not null constraint phone_verifications_code_hash_length check (char_length(code_hash) between 16 and 200),
  expires_at timestamptz not null,
  attempts smallint not null default 0 constraint phone_verifications_attempts_range check (attempts between 0 and 100),
  verified_at timestamptz,
  created_at timestamptz not null default now()
);

create index phone_verifications_user_id_created_at_idx on public.phone_verifications (user_id, created_at desc);
create index phone_verifications_phone_e164_created_at_idx on public.phone_verifications (phone_e164, created_at desc);

-- A number that answered STOP (or that Twilio reports as unsubscribed, error 21610) gets nothing
-- until it answers START: kept per number, whoever's it is, as the carrier does.
create table public.sms_opt_outs (
  phone_e164 text primary key constraint sms_opt_outs_e164_format check (phone_e164 ~ '^\+[1-9][0-9]{6,14}$'),
  -- 'keyword' (STOP and its synonyms) or 'provider' (error 21610).
  source text not null constraint sms_opt_outs_source_known check (source in ('keyword', 'provider')),
  keyword text constraint sms_opt_outs_keyword_length check (char_length(keyword) <= 40),
  opted_out_at timestamptz not null default now()
);

-- A browser that allowed notifications on one device.
create table public.push_subscriptions (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  endpoint text not null constraint push_subscriptions_endpoint_format check (endpoint ~ '^https?://' and char_length(endpoint) <= 2000),
  p256dh text not null constraint push_subscriptions_p256dh_length check (char_length(p256dh) between 1 and 200),
  auth text not null constraint push_subscriptions_auth_length check (char_length(auth) between 1 and 100),
  -- What the person sees in settings ("Chrome on Linux").
  label text constraint push_subscriptions_label_length check (char_length(label) <= 200),
  created_at timestamptz not null default now(),
  last_success_at timestamptz,
  last_failure_at timestamptz,
  constraint push_subscriptions_endpoint_key unique (endpoint)
);

create index push_subscriptions_user_id_idx on public.push_subscriptions (user_id);

-- What alerts a person wants and when they may be disturbed. Quiet hours are wall-clock times in
-- the profile's timezone ('22:00' to '07:00' spans midnight); both null = none.
create table public.notification_preferences (
  user_id uuid primary key references public.users (id) on delete cascade,
  -- SMS alerts are opt-in and need a verified phone as well.
  sms_enabled boolean not null default false,
  push_enabled boolean not null default true,
  brief_ready boolean not null default true,
  task_due_soon boolean not null default true,
  due_soon_minutes integer not null default 15 constraint notification_preferences_due_soon_range check (due_soon_minutes between 1 and 1440),
  event_soon boolean not null default false,
  event_soon_minutes integer not null default 10 constraint notification_preferences_event_soon_range check (event_soon_minutes between 1 and 1440),
  overdue_digest boolean not null default false,
  overdue_digest_time text not null default '08:00'
    constraint notification_preferences_digest_time_format check (overdue_digest_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  quiet_start text constraint notification_preferences_quiet_start_format check (quiet_start ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  quiet_end text constraint notification_preferences_quiet_end_format check (quiet_end ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  daily_sms_cap integer not null default 10 constraint notification_preferences_daily_sms_cap_range check (daily_sms_cap between 1 and 100),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint notification_preferences_quiet_both_or_neither check ((quiet_start is null) = (quiet_end is null))
);

create trigger notification_preferences_set_updated_at
  before update on public.notification_preferences
  for each row execute function public.set_updated_at();

insert into public.notification_preferences (user_id) select id from public.users;

create function public.create_notification_preferences() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into public.notification_preferences (user_id) values (new.id) on conflict do nothing;
  return new;
end
$$;

create trigger users_create_notification_preferences
  after insert on public.users
  for each row execute function public.create_notification_preferences();

-- Reminders on a task. anchor:
--   'start'    fires offset_minutes before tasks.start_at;
--   'due'      fires offset_minutes before the end of the due day (midnight after due_date, local);
--   'due_day'  fires at local_time on the due date, days_before days earlier;
--   'absolute' fires at `at`.
-- fire_at is the instant it fires next (null when its anchor is unset, e.g. a task without a
-- start); it follows the task when the task moves. fired_for is the fire_at it last fired for:
-- a reminder fires when fire_at <= now and fired_for is distinct from fire_at.
create table public.task_reminders (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  task_id uuid not null references public.tasks (id) on delete cascade,
  anchor text not null constraint task_reminders_anchor_known check (anchor in ('start', 'due', 'due_day', 'absolute')),
  offset_minutes integer not null default 0 constraint task_reminders_offset_range check (offset_minutes between 0 and 40320),
  days_before smallint not null default 0 constraint task_reminders_days_before_range check (days_before between 0 and 28),
  local_time text constraint task_reminders_local_time_format check (local_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  at timestamptz,
  channels text[] not null default '{push}'
    constraint task_reminders_channels_known check (channels <@ '{push,sms,email}'::text[] and cardinality(channels) between 1 and 3),
  fire_at timestamptz,
  fired_for timestamptz,
  fired_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint task_reminders_due_day_has_time check ((anchor = 'due_day') = (local_time is not null)),
  constraint task_reminders_absolute_has_at check ((anchor = 'absolute') = (at is not null))
);

create index task_reminders_task_id_idx on public.task_reminders (task_id);
create index task_reminders_user_id_idx on public.task_reminders (user_id);
create index task_reminders_due_idx on public.task_reminders (fire_at) where fire_at is not null;

create trigger task_reminders_set_updated_at
  before update on public.task_reminders
  for each row execute function public.set_updated_at();

-- One row per thing Ordo tells a person. (user_id, kind, dedup_key) is unique, so an alert or a
-- reminder firing is recorded once however many schedule ticks or workers see it; its sends
-- are `deliveries` rows (purpose 'notification', source_id = this id), one per channel.
create table public.notifications (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  kind text not null
    constraint notifications_kind_known check (kind in ('brief_ready', 'task_due_soon', 'event_soon', 'overdue_digest', 'reminder', 'test')),
  dedup_key text not null constraint notifications_dedup_key_length check (char_length(dedup_key) between 1 and 300),
  -- The SMS text (at most three segments) and the push notification's body.
  body text not null constraint notifications_body_length check (char_length(body) between 1 and 480),
  title text not null constraint notifications_title_length check (char_length(title) between 1 and 120),
  -- An app path such as /tasks/<id>.
  link text constraint notifications_link_format check (link ~ '^/' and char_length(link) <= 500),
  channels text[] not null
    constraint notifications_channels_known check (channels <@ '{push,sms,email}'::text[] and cardinality(channels) between 1 and 3),
  task_id uuid references public.tasks (id) on delete set null,
  reminder_id uuid references public.task_reminders (id) on delete set null,
  brief_id uuid references public.daily_briefs (id) on delete set null,
  -- When it should reach the person; quiet hours may hold it until they end.
  due_at timestamptz not null,
  -- Held past this (quiet hours, a long outage) it is no longer worth sending: dropped.
  stale_at timestamptz,
  created_at timestamptz not null default now(),
  constraint notifications_dedup_key unique (user_id, kind, dedup_key)
);

create index notifications_user_id_created_at_idx on public.notifications (user_id, created_at desc);

-- Deliveries of notifications: provider-reported outcomes (Twilio status callbacks) next to ours.
alter table public.deliveries drop constraint deliveries_status_known;
alter table public.deliveries add constraint deliveries_status_known
  check (status in ('sending', 'sent', 'uncertain', 'failed', 'bounced', 'skipped', 'delivered', 'undelivered'));
alter table public.deliveries
  add column notification_id uuid references public.notifications (id) on delete cascade,
  add column provider_status text constraint deliveries_provider_status_length check (char_length(provider_status) <= 40),
  add column provider_error_code integer,
  add column delivered_at timestamptz;

create index deliveries_message_id_idx on public.deliveries (message_id) where message_id is not null;
create index deliveries_notification_id_idx on public.deliveries (notification_id) where notification_id is not null;

-- Privileges and Row Level Security: people read their own; what they may change is granted by
-- column; provider bookkeeping (opt-outs, codes, notifications, deliveries) is the server's.
revoke all on table public.user_phones, public.phone_verifications, public.sms_opt_outs, public.push_subscriptions,
  public.notification_preferences, public.task_reminders, public.notifications from anon, authenticated;

grant select on table public.user_phones to authenticated;
grant select, delete on table public.push_subscriptions to authenticated;
grant select on table public.notification_preferences to authenticated;
grant update (sms_enabled, push_enabled, brief_ready, task_due_soon, due_soon_minutes, event_soon, event_soon_minutes,
  overdue_digest, overdue_digest_time, quiet_start, quiet_end, daily_sms_cap)
  on table public.notification_preferences to authenticated;
grant select, insert, delete on table public.task_reminders to authenticated;
grant update (anchor, offset_minutes, days_before, local_time, at, channels) on table public.task_reminders to authenticated;
grant select on table public.notifications to authenticated;

grant select, insert, update, delete on table public.user_phones, public.phone_verifications, public.sms_opt_outs,
  public.push_subscriptions, public.notification_preferences, public.task_reminders, public.notifications to service_role;

alter table public.user_phones enable row level security;
alter table public.phone_verifications enable row level security;
alter table public.sms_opt_outs enable row level security;
alter table public.push_subscriptions enable row level security;
alter table public.notification_preferences enable row level security;
alter table public.task_reminders enable row level security;
alter table public.notifications enable row level security;

-- Codes and opt-outs are the server's alone.
create policy phone_verifications_service_only on public.phone_verifications
  for all to service_role using (true) with check (true);
create policy sms_opt_outs_service_only on public.sms_opt_outs
  for all to service_role using (true) with check (true);

create policy user_phones_select_own on public.user_phones
  for select to authenticated using (user_id = (select auth.uid()));

create policy push_subscriptions_select_own on public.push_subscriptions
  for select to authenticated using (user_id = (select auth.uid()));
create policy push_subscriptions_delete_own on public.push_subscriptions
  for delete to authenticated using (user_id = (select auth.uid()));

create policy notification_preferences_select_own on public.notification_preferences
  for select to authenticated using (user_id = (select auth.uid()));
create policy notification_preferences_update_own on public.notification_preferences
  for update to authenticated using (user_id = (select auth.uid())) with check (user_id = (select auth.uid()));

create policy task_reminders_select_own on public.task_reminders
  for select to authenticated using (user_id = (select auth.uid()));
-- A reminder only on one's own task.
create policy task_reminders_insert_own on public.task_reminders
  for insert to authenticated
  with check (user_id = (select auth.uid())
    and exists (select 1 from public.tasks t where t.id = task_id and t.user_id = (select auth.uid())));
create policy task_reminders_update_own on public.task_reminders
  for update to authenticated using (user_id = (select auth.uid())) with check (user_id = (select auth.uid()));
create policy task_reminders_delete_own on public.task_reminders
  for delete to authenticated using (user_id = (select auth.uid()));

create policy notifications_select_own on public.notifications
  for select to authenticated using (user_id = (select auth.uid()));
