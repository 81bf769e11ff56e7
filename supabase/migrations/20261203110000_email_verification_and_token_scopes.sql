-- Email verification: an account proves it owns its address before it can sign in, so nobody
-- can register someone else's address and keep a foothold in it. Accounts that existed before
-- this migration count as verified (they signed in without it until now).

alter table public.users add column email_verified_at timestamptz;
update public.users set email_verified_at = created_at;

-- Only the service role sets it: authenticated may update only the columns it was granted.

create table public.email_verification_tokens (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  token_hash bytea not null constraint email_verification_tokens_token_hash_key unique,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz
);

create index email_verification_tokens_user_id_idx on public.email_verification_tokens (user_id);

revoke all on table public.email_verification_tokens from anon, authenticated;
grant select, insert, update, delete on table public.email_verification_tokens to service_role;

alter table public.email_verification_tokens enable row level security;

create policy email_verification_tokens_service_only on public.email_verification_tokens
  for all to service_role
  using (true)
  with check (true);

-- Personal access token scopes: 'read' tokens may only make safe (GET/HEAD) API calls. Tokens
-- made before scopes existed keep read_write, so no script that works today breaks; the default
-- for new rows is read, the least power, though the app always names the scope it wants.
alter table public.personal_access_tokens
  add column scope text not null default 'read_write'
    constraint personal_access_tokens_scope_known check (scope in ('read', 'read_write'));
alter table public.personal_access_tokens alter column scope set default 'read';

grant select (scope), insert (scope) on table public.personal_access_tokens to authenticated;
