-- The daily brief: each person's preferences, every brief the scheduler decided on (written,
-- skipped or failed), and one delivery row per message sent, written before the send so a
-- retry can tell "never sent" from "maybe sent" and nothing goes out twice.

create table public.brief_preferences (
  user_id uuid primary key references public.users (id) on delete cascade,
  enabled boolean not null default true,
  -- Wall-clock time in the profile's timezone, 'HH:MM'.
  send_time text not null default '07:00'
    constraint brief_preferences_send_time_format check (send_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  -- ISO weekdays (1 = Monday), as in users.working_hours.
  weekdays smallint[] not null default '{1,2,3,4,5}'
    constraint brief_preferences_weekdays_range check (weekdays <@ '{1,2,3,4,5,6,7}'::smallint[]),
  sections text[] not null default '{wins,today,overdue,upcoming,projects,focus}'
    constraint brief_preferences_sections_known
    check (sections <@ '{wins,today,overdue,upcoming,projects,focus}'::text[]),
  -- ISO weekday of the weekly review, or null for none.
  weekly_day smallint constraint brief_preferences_weekly_day_range check (weekly_day between 1 and 7),
  -- A brief later than this after its send time (worker downtime) is recorded as skipped.
  max_lateness_minutes integer not null default 180
    constraint brief_preferences_max_lateness_range check (max_lateness_minutes between 0 and 1440),
  -- The email channel: turned off by repeated hard bounces (with the reason shown in the app),
  -- or by the person through the unsubscribe link.
  email_enabled boolean not null default true,
  email_disabled_reason text constraint brief_preferences_email_disabled_reason_known
    check (email_disabled_reason in ('unsubscribed', 'bounced')),
  email_disabled_at timestamptz,
  hard_bounces integer not null default 0 constraint brief_preferences_hard_bounces_nonnegative check (hard_bounces >= 0),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create trigger brief_preferences_set_updated_at
  before update on public.brief_preferences
  for each row execute function public.set_updated_at();

-- Every account has preferences from its first moment (the defaults the issue names), so the
-- scheduler never has to guess for a missing row.
insert into public.brief_preferences (user_id) select id from public.users;

create function public.create_brief_preferences() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into public.brief_preferences (user_id) values (new.id) on conflict do nothing;
  return new;
end
$$;

create trigger users_create_brief_preferences
  after insert on public.users
  for each row execute function public.create_brief_preferences();

revoke all on table public.brief_preferences from anon, authenticated;
grant select on table public.brief_preferences to authenticated;
-- The person edits their schedule and may turn email back on; bounce bookkeeping is the worker's.
grant update (enabled, send_time, weekdays, sections, weekly_day, max_lateness_minutes, email_enabled, email_disabled_reason, email_disabled_at)
  on table public.brief_preferences to authenticated;
grant select, insert, update, delete on table public.brief_preferences to service_role;

alter table public.brief_preferences enable row level security;

create policy brief_preferences_select_own on public.brief_preferences
  for select to authenticated
  using (user_id = (select auth.uid()));

create policy brief_preferences_update_own on public.brief_preferences
  for update to authenticated
  using (user_id = (select auth.uid()))
  with check (user_id = (select auth.uid()));

create table public.daily_briefs (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  kind text not null constraint daily_briefs_kind_known check (kind in ('daily', 'weekly')),
  -- The person's calendar date the brief is for, in `timezone` (the profile's zone when it was due).
  local_date date not null,
  timezone text not null,
  -- When it was due (UTC): lateness is measured from here.
  send_at timestamptz not null,
  -- manual: "Send me a brief now" or the operator CLI; those replace nothing and are not deduplicated by date.
  trigger text not null default 'schedule' constraint daily_briefs_trigger_known check (trigger in ('schedule', 'manual')),
  status text not null default 'pending'
    constraint daily_briefs_status_known check (status in ('pending', 'generating', 'ready', 'skipped', 'failed')),
  -- Why it was skipped or failed, in words an operator can act on.
  reason text constraint daily_briefs_reason_length check (char_length(reason) <= 2000),
  headline text constraint daily_briefs_headline_length check (char_length(headline) <= 300),
  markdown text,
  html text,
  text text,
  provider text constraint daily_briefs_provider_known check (provider in ('offline', 'openai', 'anthropic')),
  model text constraint daily_briefs_model_length check (char_length(model) <= 200),
  -- Tokens and cost over all stages; per-stage timings and outcomes ({name, ms, provider, model, gate}).
  usage jsonb,
  stages jsonb not null default '[]' constraint daily_briefs_stages_array check (jsonb_typeof(stages) = 'array'),
  job_id uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  generated_at timestamptz
);

-- One scheduled brief per person, kind and local date, ever: the scheduler's dedup key says the
-- same, and this makes a second one impossible even through another path.
create unique index daily_briefs_one_per_local_date on public.daily_briefs (user_id, kind, local_date)
  where trigger = 'schedule';
create index daily_briefs_user_id_local_date_idx on public.daily_briefs (user_id, local_date desc, created_at desc);
create index daily_briefs_send_at_idx on public.daily_briefs (send_at);

create trigger daily_briefs_set_updated_at
  before update on public.daily_briefs
  for each row execute function public.set_updated_at();

-- The Briefs page updates live when a brief is written (see 20261123130400_change_notifications).
create trigger daily_briefs_notify_change
  after insert or update or delete on public.daily_briefs
  for each row execute function public.notify_row_change();

revoke all on table public.daily_briefs from anon, authenticated;
grant select on table public.daily_briefs to authenticated;
grant select, insert, update, delete on table public.daily_briefs to service_role;

alter table public.daily_briefs enable row level security;

create policy daily_briefs_select_own on public.daily_briefs
  for select to authenticated
  using (user_id = (select auth.uid()));

-- One row per message Ordo sends on any channel (the SMS work adds 'sms'), written before the
-- send. 'sending' that outlives its attempt becomes 'uncertain': the provider may have accepted
-- it, so it is never resent blindly and operators see it.
create table public.deliveries (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  channel text not null constraint deliveries_channel_known check (channel in ('email', 'sms', 'push')),
  -- What it delivers, e.g. 'brief'; with source_id, unique per channel.
  purpose text not null constraint deliveries_purpose_length check (char_length(purpose) between 1 and 100),
  source_id uuid not null,
  brief_id uuid references public.daily_briefs (id) on delete cascade,
  -- The address it went to, as it was then (a later change does not rewrite history).
  recipient text not null constraint deliveries_recipient_length check (char_length(recipient) <= 320),
  status text not null default 'sending'
    constraint deliveries_status_known check (status in ('sending', 'sent', 'uncertain', 'failed', 'bounced')),
  -- Provider's id (SMTP Message-ID, Twilio SID).
  message_id text constraint deliveries_message_id_length check (char_length(message_id) <= 1000),
  attempts integer not null default 0,
  error text constraint deliveries_error_length check (char_length(error) <= 2000),
  -- 'transient' retries, 'permanent' stops.
  error_class text constraint deliveries_error_class_known check (error_class in ('transient', 'permanent')),
  job_id uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  sent_at timestamptz,
  constraint deliveries_one_per_source unique (purpose, source_id, channel)
);

create index deliveries_user_id_created_at_idx on public.deliveries (user_id, created_at desc);
create index deliveries_channel_status_updated_at_idx on public.deliveries (channel, status, updated_at);

create trigger deliveries_set_updated_at
  before update on public.deliveries
  for each row execute function public.set_updated_at();

revoke all on table public.deliveries from anon, authenticated;
grant select on table public.deliveries to authenticated;
grant select, insert, update, delete on table public.deliveries to service_role;

alter table public.deliveries enable row level security;

create policy deliveries_select_own on public.deliveries
  for select to authenticated
  using (user_id = (select auth.uid()));
