-- What Supabase provides and Ordo's migrations rely on, for plain PostgreSQL.
-- Idempotent, and a no-op on Supabase: every object is created only when
-- missing, so Supabase's own roles and auth functions are never replaced.

do $bootstrap$
begin
  -- Migrations use ON DELETE SET NULL (column), which arrived in PostgreSQL 15;
  -- gen_random_uuid() is built in since 13, so pgcrypto is not needed.
  if current_setting('server_version_num')::int < 150000 then
    raise exception 'Ordo needs PostgreSQL 15 or newer (this server is %)', current_setting('server_version');
  end if;
end
$bootstrap$;

-- Supabase's API roles: NOLOGIN NOINHERIT, service_role bypasses RLS. The
-- connecting user becomes a member so it can SET ROLE to each of them.
do $bootstrap$
declare
  role_name text;
begin
  foreach role_name in array array['anon', 'authenticated', 'service_role'] loop
    if not exists (select 1 from pg_catalog.pg_roles where rolname = role_name) then
      begin
        execute format(
          'create role %I nologin noinherit%s',
          role_name,
          case when role_name = 'service_role' then ' bypassrls' else '' end
        );
      exception when duplicate_object or unique_violation then
        -- Roles are cluster-wide: another database's bootstrap created it first.
        null;
      end;
    end if;
    if not pg_catalog.pg_has_role(current_user, role_name, 'member') then
      execute format('grant %I to %I', role_name, current_user);
    end if;
  end loop;
end
$bootstrap$;

-- auth.uid(), auth.role() and auth.jwt() behave like Supabase's: they read the
-- JWT claims PostgREST puts in request.jwt.claims, or the legacy per-claim
-- settings request.jwt.claim.sub / .role / request.jwt.claim.
do $bootstrap$
begin
  if not exists (select 1 from pg_catalog.pg_namespace where nspname = 'auth') then
    create schema auth;
    grant usage on schema auth to anon, authenticated, service_role;
  end if;

  if not exists (
    select 1 from pg_catalog.pg_proc p join pg_catalog.pg_namespace n on n.oid = p.pronamespace
    where n.nspname = 'auth' and p.proname = 'uid' and p.pronargs = 0
  ) then
    create function auth.uid() returns uuid
    language sql stable
    set search_path = ''
    as $fn$
      select coalesce(
        nullif(current_setting('request.jwt.claim.sub', true), ''),
        (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub')
      )::uuid
    $fn$;
  end if;

  if not exists (
    select 1 from pg_catalog.pg_proc p join pg_catalog.pg_namespace n on n.oid = p.pronamespace
    where n.nspname = 'auth' and p.proname = 'role' and p.pronargs = 0
  ) then
    create function auth.role() returns text
    language sql stable
    set search_path = ''
    as $fn$
      select coalesce(
        nullif(current_setting('request.jwt.claim.role', true), ''),
        (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'role')
      )::text
    $fn$;
  end if;

  if not exists (
    select 1 from pg_catalog.pg_proc p join pg_catalog.pg_namespace n on n.oid = p.pronamespace
    where n.nspname = 'auth' and p.proname = 'jwt' and p.pronargs = 0
  ) then
    create function auth.jwt() returns jsonb
    language sql stable
    set search_path = ''
    as $fn$
      select coalesce(
        nullif(current_setting('request.jwt.claim', true), ''),
        nullif(current_setting('request.jwt.claims', true), '')
      )::jsonb
    $fn$;
  end if;
end
$bootstrap$;
