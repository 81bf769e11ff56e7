-- Web processes cache resolved sessions and personal access tokens for a minute. Whatever ends
-- a credential or changes the user it resolves to is announced on channel ordo_auth (the user id
-- only), so every process drops that user's cached credentials within the notification latency:
-- sign-out, session revocation (also by a password change or reset), token revocation, profile
-- and email changes, and account deletion (whose cascades delete the sessions and tokens).

-- The trigger's argument names the column holding the user id (id on users, user_id elsewhere).
create function public.notify_auth_change() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  changed jsonb;
begin
  if tg_op = 'DELETE' then
    changed := to_jsonb(old);
  else
    changed := to_jsonb(new);
  end if;
  perform pg_notify('ordo_auth', json_build_object('user_id', changed ->> tg_argv[0])::text);
  return null;
end
$$;

create trigger sessions_notify_auth_change
  after delete on public.sessions
  for each row execute function public.notify_auth_change('user_id');

-- The sliding expiry only ever pushes expires_at out; anything else ends or moves the session.
create trigger sessions_notify_auth_update
  after update on public.sessions
  for each row
  when (new.expires_at < old.expires_at or new.user_id <> old.user_id or new.token_hash <> old.token_hash)
  execute function public.notify_auth_change('user_id');

create trigger personal_access_tokens_notify_auth_change
  after delete on public.personal_access_tokens
  for each row execute function public.notify_auth_change('user_id');

create trigger personal_access_tokens_notify_auth_update
  after update on public.personal_access_tokens
  for each row
  when (new.revoked_at is distinct from old.revoked_at or new.user_id <> old.user_id or new.token_hash <> old.token_hash)
  execute function public.notify_auth_change('user_id');

create trigger users_notify_auth_change
  after update or delete on public.users
  for each row execute function public.notify_auth_change('id');
