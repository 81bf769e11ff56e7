-- Ordo's own accounts: password hashes, sessions, reset tokens and personal access
-- tokens live beside public.users, never in it, so nothing that can read a profile can
-- read a secret. Tokens are stored as SHA-256 digests: they are 32 random bytes, so a
-- fast digest is enough and lets a request find its session by index.

create table public.user_credentials (
  user_id uuid primary key references public.users (id) on delete cascade,
  password_hash text not null,
  updated_at timestamptz not null default now()
);

create trigger user_credentials_set_updated_at
  before update on public.user_credentials
  for each row execute function public.set_updated_at();

-- Only the server's auth module (service role) touches credentials.
revoke all on table public.user_credentials from anon, authenticated;
grant select, insert, update, delete on table public.user_credentials to service_role;

alter table public.user_credentials enable row level security;

create policy user_credentials_service_only on public.user_credentials
  for all to service_role
  using (true)
  with check (true);

create table public.sessions (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  token_hash bytea not null constraint sessions_token_hash_key unique,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null,
  user_agent text constraint sessions_user_agent_length check (char_length(user_agent) <= 500),
  ip text constraint sessions_ip_length check (char_length(ip) <= 64)
);

create index sessions_user_id_idx on public.sessions (user_id);
create index sessions_expires_at_idx on public.sessions (expires_at);

-- Users list and revoke their own sessions; the digest stays out of reach.
revoke all on table public.sessions from anon, authenticated;
grant select (id, user_id, created_at, last_seen_at, expires_at, user_agent, ip), delete
  on table public.sessions to authenticated;
grant select, insert, update, delete on table public.sessions to service_role;

alter table public.sessions enable row level security;

create policy sessions_select_own on public.sessions
  for select to authenticated
  using (user_id = (select auth.uid()));

create policy sessions_delete_own on public.sessions
  for delete to authenticated
  using (user_id = (select auth.uid()));

create table public.password_reset_tokens (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  token_hash bytea not null constraint password_reset_tokens_token_hash_key unique,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz
);

create index password_reset_tokens_user_id_idx on public.password_reset_tokens (user_id);

revoke all on table public.password_reset_tokens from anon, authenticated;
grant select, insert, update, delete on table public.password_reset_tokens to service_role;

alter table public.password_reset_tokens enable row level security;

create policy password_reset_tokens_service_only on public.password_reset_tokens
  for all to service_role
  using (true)
  with check (true);

create table public.personal_access_tokens (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  name text not null constraint personal_access_tokens_name_length check (name ~ '[^[:space:]]' and char_length(name) <= 100),
  -- The first characters of the token, shown in settings so a user can tell tokens apart.
  token_prefix text not null constraint personal_access_tokens_prefix_length check (char_length(token_prefix) <= 16),
  token_hash bytea not null constraint personal_access_tokens_token_hash_key unique,
  created_at timestamptz not null default now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);

create index personal_access_tokens_user_id_idx on public.personal_access_tokens (user_id);

-- Users create, list and revoke their own tokens; they never read a digest back.
revoke all on table public.personal_access_tokens from anon, authenticated;
grant select (id, user_id, name, token_prefix, created_at, last_used_at, revoked_at),
  insert (user_id, name, token_prefix, token_hash),
  update (revoked_at)
  on table public.personal_access_tokens to authenticated;
grant select, insert, update, delete on table public.personal_access_tokens to service_role;

alter table public.personal_access_tokens enable row level security;

create policy personal_access_tokens_select_own on public.personal_access_tokens
  for select to authenticated
  using (user_id = (select auth.uid()));

create policy personal_access_tokens_insert_own on public.personal_access_tokens
  for insert to authenticated
  with check (user_id = (select auth.uid()));

create policy personal_access_tokens_update_own on public.personal_access_tokens
  for update to authenticated
  using (user_id = (select auth.uid()))
  with check (user_id = (select auth.uid()));
