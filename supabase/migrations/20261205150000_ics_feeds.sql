-- A person's iCalendar feed: a secret URL that calendar apps (Apple Calendar, Outlook,
-- Thunderbird) subscribe to without a session. Only the SHA-256 digest of the URL's token is
-- stored: the token is shown once, when the feed is created, like a personal access token; a
-- lost URL is replaced by regenerating the feed, which revokes the old one.
create table public.ics_feeds (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  token_hash bytea not null constraint ics_feeds_token_hash_key unique
    constraint ics_feeds_token_hash_length check (octet_length(token_hash) = 32),
  created_at timestamptz not null default now(),
  -- When a calendar app last fetched it (kept to the hour), so settings can say it is in use.
  last_fetched_at timestamptz,
  revoked_at timestamptz
);

-- One live feed per person; revoked ones stay as a record until the person is deleted.
create unique index ics_feeds_one_live_per_user on public.ics_feeds (user_id) where revoked_at is null;
create index ics_feeds_user_id_idx on public.ics_feeds (user_id);

-- People create, see and revoke their own feed; they never read a digest back. The public feed
-- route finds a feed by digest as the service role (no session), then reads tasks as the owner.
revoke all on table public.ics_feeds from anon, authenticated;
grant select (id, user_id, created_at, last_fetched_at, revoked_at),
  insert (user_id, token_hash),
  update (revoked_at)
  on table public.ics_feeds to authenticated;
grant select, insert, update, delete on table public.ics_feeds to service_role;

alter table public.ics_feeds enable row level security;

create policy ics_feeds_select_own on public.ics_feeds
  for select to authenticated using (user_id = (select auth.uid()));
create policy ics_feeds_insert_own on public.ics_feeds
  for insert to authenticated with check (user_id = (select auth.uid()));
create policy ics_feeds_update_own on public.ics_feeds
  for update to authenticated using (user_id = (select auth.uid())) with check (user_id = (select auth.uid()));
