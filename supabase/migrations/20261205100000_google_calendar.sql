-- Google Calendar: a person's connection (tokens sealed with ENCRYPTION_KEY, never readable by
-- the browser's role), the calendars it offers and how each is used, a copy of their events,
-- push channels, and the blocks auto-scheduling places a task into.

-- One Google account connected for calendar access per person.
create table public.google_connections (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null constraint google_connections_user_id_key unique references public.users (id) on delete cascade,
  -- Google's stable account id (`sub`), and the address shown in settings.
  google_subject text not null constraint google_connections_subject_length check (char_length(google_subject) between 1 and 255),
  google_email text constraint google_connections_email_length check (char_length(google_email) <= 320),
  scopes text[] not null default '{}',
  -- The token set (access, refresh, expiry, scope) as one AES-256-GCM envelope; token_key_id
  -- names the key that sealed it, so keys can rotate without a flag day.
  tokens_sealed text not null constraint google_connections_tokens_sealed_length check (char_length(tokens_sealed) between 1 and 20000),
  token_key_id text not null constraint google_connections_token_key_id_length check (char_length(token_key_id) between 1 and 64),
  -- When the access token expires (kept in clear so refresh-ahead can be scheduled without decrypting).
  access_expires_at timestamptz,
  status text not null default 'active' constraint google_connections_status_valid check (status in ('active', 'disconnected')),
  -- Why it stopped working ('invalid_grant', 'revoked'), shown in settings.
  disconnected_reason text constraint google_connections_disconnected_reason_length check (char_length(disconnected_reason) <= 200),
  disconnected_at timestamptz,
  last_refreshed_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create trigger google_connections_set_updated_at
  before update on public.google_connections
  for each row execute function public.set_updated_at();

-- The calendars a connection offers. sync_mode: 'show' = synced and shown in detail, 'busy' =
-- synced for free/busy only (titles never reach the browser), 'off' = not synced.
create table public.calendars (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  connection_id uuid not null references public.google_connections (id) on delete cascade,
  google_calendar_id text not null constraint calendars_google_calendar_id_length check (char_length(google_calendar_id) between 1 and 1024),
  summary text constraint calendars_summary_length check (char_length(summary) <= 1000),
  time_zone text constraint calendars_time_zone_length check (char_length(time_zone) <= 100),
  color text constraint calendars_color_length check (char_length(color) <= 20),
  access_role text constraint calendars_access_role_length check (char_length(access_role) <= 40),
  is_primary boolean not null default false,
  sync_mode text not null default 'off' constraint calendars_sync_mode_valid check (sync_mode in ('show', 'busy', 'off')),
  -- Where Ordo writes scheduled tasks; at most one per person.
  is_task_target boolean not null default false,
  -- Incremental sync state: null means the next sync is a full one.
  sync_token text constraint calendars_sync_token_length check (char_length(sync_token) <= 4096),
  full_synced_at timestamptz,
  last_synced_at timestamptz,
  last_sync_error text constraint calendars_last_sync_error_length check (char_length(last_sync_error) <= 1000),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint calendars_connection_calendar_key unique (connection_id, google_calendar_id),
  constraint calendars_id_user_key unique (id, user_id)
);

create index calendars_user_id_idx on public.calendars (user_id);
create unique index calendars_one_task_target_per_user on public.calendars (user_id) where is_task_target;

create trigger calendars_set_updated_at
  before update on public.calendars
  for each row execute function public.set_updated_at();

-- A copy of one event (recurring events arrive expanded, one row an instance). Timed events
-- carry instants; all-day events carry calendar days, end exclusive, as Google sends them.
create table public.calendar_events (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  calendar_id uuid not null,
  google_event_id text not null constraint calendar_events_google_event_id_length check (char_length(google_event_id) between 1 and 1024),
  recurring_event_id text constraint calendar_events_recurring_event_id_length check (char_length(recurring_event_id) <= 1024),
  ical_uid text constraint calendar_events_ical_uid_length check (char_length(ical_uid) <= 1024),
  status text not null default 'confirmed' constraint calendar_events_status_valid check (status in ('confirmed', 'tentative')),
  title text constraint calendar_events_title_length check (char_length(title) <= 2000),
  location text constraint calendar_events_location_length check (char_length(location) <= 2000),
  html_link text constraint calendar_events_html_link_length check (char_length(html_link) <= 2000),
  all_day boolean not null,
  start_at timestamptz,
  end_at timestamptz,
  start_date date,
  end_date date,
  -- The event's own zone (Google's start.timeZone), else the calendar's.
  time_zone text constraint calendar_events_time_zone_length check (char_length(time_zone) <= 100),
  -- Google's transparency: 'transparent' events do not block time.
  busy boolean not null default true,
  -- The Ordo task this event stands for (extendedProperties.private), when it is one of ours.
  task_id uuid references public.tasks (id) on delete set null,
  etag text constraint calendar_events_etag_length check (char_length(etag) <= 200),
  google_updated_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint calendar_events_calendar_event_key unique (calendar_id, google_event_id),
  constraint calendar_events_calendar_same_user foreign key (calendar_id, user_id)
    references public.calendars (id, user_id) on delete cascade,
  constraint calendar_events_times_match_kind check (
    case when all_day
      then start_date is not null and end_date is not null and end_date > start_date
      else start_at is not null and end_at is not null and end_at >= start_at
    end)
);

create index calendar_events_user_timed_idx on public.calendar_events (user_id, start_at) where not all_day;
create index calendar_events_user_all_day_idx on public.calendar_events (user_id, start_date) where all_day;
create index calendar_events_task_id_idx on public.calendar_events (task_id) where task_id is not null;

create trigger calendar_events_set_updated_at
  before update on public.calendar_events
  for each row execute function public.set_updated_at();

-- An events.watch channel: the webhook finds it by id and compares the token's digest.
-- calendar_id goes null when its calendar is removed, so renewal can still stop it at Google.
create table public.calendar_channels (
  id uuid primary key,
  user_id uuid references public.users (id) on delete set null,
  calendar_id uuid references public.calendars (id) on delete set null,
  token_hash bytea not null,
  resource_id text constraint calendar_channels_resource_id_length check (char_length(resource_id) <= 1024),
  expires_at timestamptz not null,
  created_at timestamptz not null default now(),
  stopped_at timestamptz
);

create index calendar_channels_calendar_id_idx on public.calendar_channels (calendar_id);
create index calendar_channels_live_expires_at_idx on public.calendar_channels (expires_at) where stopped_at is null;

-- Where a task's work is placed when auto-scheduling splits it into chunks. A task with no
-- blocks is placed by its own start_at and duration_minutes (one block); a task with blocks has
-- start_at = its first block's start and duration_minutes = the whole work, spread over them.
create table public.task_blocks (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  task_id uuid not null references public.tasks (id) on delete cascade,
  start_at timestamptz not null,
  end_at timestamptz not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint task_blocks_positive check (end_at > start_at and end_at - start_at <= interval '24 hours')
);

create index task_blocks_task_id_idx on public.task_blocks (task_id, start_at);
create index task_blocks_user_start_idx on public.task_blocks (user_id, start_at);

create trigger task_blocks_set_updated_at
  before update on public.task_blocks
  for each row execute function public.set_updated_at();

-- A block only on one's own task.
create function public.check_task_block_owner() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if not exists (select 1 from public.tasks t where t.id = new.task_id and t.user_id = new.user_id) then
    raise exception 'task % does not belong to user %', new.task_id, new.user_id
      using errcode = 'foreign_key_violation', constraint = 'task_blocks_task_same_user';
  end if;
  return new;
end
$$;

create trigger task_blocks_check_owner
  before insert or update of task_id, user_id on public.task_blocks
  for each row execute function public.check_task_block_owner();

-- Privileges and Row Level Security. Tokens and sync state are the server's; the browser's role
-- reads its connection's status and its calendars, chooses how each is used, and reads the events
-- of calendars it shows. Busy-only calendars are reached through calendar_busy_intervals().
revoke all on table public.google_connections, public.calendars, public.calendar_events, public.calendar_channels,
  public.task_blocks from anon, authenticated;

grant select (id, user_id, google_email, scopes, status, disconnected_reason, disconnected_at, created_at, updated_at)
  on table public.google_connections to authenticated;
grant select (id, user_id, connection_id, google_calendar_id, summary, time_zone, color, access_role, is_primary,
  sync_mode, is_task_target, full_synced_at, last_synced_at, last_sync_error, created_at, updated_at)
  on table public.calendars to authenticated;
grant update (sync_mode, is_task_target) on table public.calendars to authenticated;
grant select on table public.calendar_events to authenticated;
grant select, insert, delete on table public.task_blocks to authenticated;
grant update (start_at, end_at) on table public.task_blocks to authenticated;

grant select, insert, update, delete on table public.google_connections, public.calendars, public.calendar_events,
  public.calendar_channels, public.task_blocks to service_role;

alter table public.google_connections enable row level security;
alter table public.calendars enable row level security;
alter table public.calendar_events enable row level security;
alter table public.calendar_channels enable row level security;
alter table public.task_blocks enable row level security;

create policy google_connections_select_own on public.google_connections
  for select to authenticated using (user_id = (select auth.uid()));

create policy calendars_select_own on public.calendars
  for select to authenticated using (user_id = (select auth.uid()));
create policy calendars_update_own on public.calendars
  for update to authenticated using (user_id = (select auth.uid())) with check (user_id = (select auth.uid()));

create policy calendar_events_select_shown on public.calendar_events
  for select to authenticated
  using (user_id = (select auth.uid())
    and exists (select 1 from public.calendars c where c.id = calendar_id and c.sync_mode = 'show'));

create policy calendar_channels_service_only on public.calendar_channels
  for all to service_role using (true) with check (true);

create policy task_blocks_all_own on public.task_blocks
  for all to authenticated using (user_id = (select auth.uid())) with check (user_id = (select auth.uid()));

-- Busy time from every synced calendar (shown or busy-only) between two instants, for the
-- signed-in person: intervals only, no titles. All-day events are returned as their days.
create function public.calendar_busy_intervals(p_from timestamptz, p_to timestamptz)
returns table (start_at timestamptz, end_at timestamptz, start_date date, end_date date, all_day boolean)
language sql
stable
security definer
set search_path = ''
as $$
  select e.start_at, e.end_at, e.start_date, e.end_date, e.all_day
  from public.calendar_events e
  join public.calendars c on c.id = e.calendar_id
  where e.user_id = (select auth.uid())
    and c.sync_mode in ('show', 'busy')
    and e.busy
    and (
      (not e.all_day and e.start_at < p_to and e.end_at > p_from)
      or (e.all_day and e.start_date <= p_to::date and e.end_date >= p_from::date)
    )
  order by coalesce(e.start_at, e.start_date::timestamptz)
$$;

revoke all on function public.calendar_busy_intervals(timestamptz, timestamptz) from public, anon;
grant execute on function public.calendar_busy_intervals(timestamptz, timestamptz) to authenticated;
