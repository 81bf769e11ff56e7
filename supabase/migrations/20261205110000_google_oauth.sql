-- Google OAuth: the short-lived state of each sign-in or connect flow, the Google accounts people
-- sign in with, and two rules on calendars (turning one off drops its copy; only a calendar Ordo
-- may write to can receive scheduled tasks).

-- One OAuth round trip in flight, or a Google sign-in waiting for the password that links it.
-- Found by the SHA-256 of the `state` parameter (or of the link cookie), used once, 10 minutes.
create table public.oauth_states (
  state_hash bytea primary key,
  purpose text not null constraint oauth_states_purpose_valid check (purpose in ('sign_in', 'connect', 'link')),
  -- connect: the session (and its person) that started the flow; the callback must come back in it.
  user_id uuid references public.users (id) on delete cascade,
  session_id uuid references public.sessions (id) on delete cascade,
  -- sign_in and link: the SHA-256 of the pre-auth cookie of the browser that started it.
  browser_hash bytea,
  -- The PKCE verifier, sealed like provider tokens (AES-256-GCM under ENCRYPTION_KEY).
  code_verifier_sealed text constraint oauth_states_code_verifier_length check (char_length(code_verifier_sealed) <= 1000),
  nonce text constraint oauth_states_nonce_length check (char_length(nonce) <= 200),
  redirect_uri text constraint oauth_states_redirect_uri_length check (char_length(redirect_uri) <= 2000),
  -- Where to go afterwards: a path on this app (checked when stored).
  next_path text constraint oauth_states_next_path_length check (char_length(next_path) <= 2000),
  -- link: the Google account waiting to be linked to the account with this address.
  google_subject text constraint oauth_states_google_subject_length check (char_length(google_subject) <= 255),
  google_email text constraint oauth_states_google_email_length check (char_length(google_email) <= 320),
  expires_at timestamptz not null,
  created_at timestamptz not null default now(),
  constraint oauth_states_binding check (
    case purpose
      when 'connect' then user_id is not null and session_id is not null and code_verifier_sealed is not null
      when 'sign_in' then browser_hash is not null and code_verifier_sealed is not null
      else browser_hash is not null and user_id is not null and google_subject is not null
    end)
);

create index oauth_states_expires_at_idx on public.oauth_states (expires_at);

-- A Google account a person signs in with. Found by Google's stable id (`sub`), never by address.
create table public.oauth_identities (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  provider text not null constraint oauth_identities_provider_valid check (provider in ('google')),
  subject text not null constraint oauth_identities_subject_length check (char_length(subject) between 1 and 255),
  email text constraint oauth_identities_email_length check (char_length(email) <= 320),
  created_at timestamptz not null default now(),
  last_sign_in_at timestamptz,
  constraint oauth_identities_provider_subject_key unique (provider, subject),
  constraint oauth_identities_user_provider_key unique (user_id, provider)
);

-- Privileges and Row Level Security: flows are the server's alone; people may see which Google
-- account signs them in.
revoke all on table public.oauth_states, public.oauth_identities from anon, authenticated;
grant select (id, user_id, provider, email, created_at, last_sign_in_at) on table public.oauth_identities to authenticated;
grant select, insert, update, delete on table public.oauth_states, public.oauth_identities to service_role;

alter table public.oauth_states enable row level security;
alter table public.oauth_identities enable row level security;

create policy oauth_states_service_only on public.oauth_states
  for all to service_role using (true) with check (true);

create policy oauth_identities_select_own on public.oauth_identities
  for select to authenticated using (user_id = (select auth.uid()));

-- Turning a calendar off drops its copy and its sync state, whoever writes the row (the person
-- through settings may not delete events themselves); turning it on again starts with a full sync.
create function public.calendars_clear_when_off() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if new.sync_mode = 'off' and old.sync_mode <> 'off' then
    delete from public.calendar_events where calendar_id = new.id;
    new.sync_token := null;
    new.full_synced_at := null;
  end if;
  return new;
end
$$;

create trigger calendars_clear_when_off
  before update of sync_mode on public.calendars
  for each row execute function public.calendars_clear_when_off();

-- Scheduled tasks become events: only a calendar the person owns or may write to can hold them.
create function public.check_calendar_task_target() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.is_task_target and coalesce(new.access_role, '') not in ('owner', 'writer') then
    raise exception 'calendar % is read-only (%): it cannot receive scheduled tasks', new.id, coalesce(new.access_role, 'unknown')
      using errcode = 'check_violation', constraint = 'calendars_task_target_writable';
  end if;
  return new;
end
$$;

create trigger calendars_check_task_target
  before insert or update of is_task_target, access_role on public.calendars
  for each row execute function public.check_calendar_task_target();
