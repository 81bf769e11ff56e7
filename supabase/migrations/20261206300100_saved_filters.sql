-- Saved filters (issue #18, item 5): a person's named filter texts in the filter language of
-- @ordo/shared-types (parseTaskFilter), listed in the app's sidebar in `position` order. The text
-- is checked by the API before it is stored; the database only bounds it.
create table public.saved_filters (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  name text not null
    constraint saved_filters_name_valid check (name ~ '[^[:space:]]' and name = btrim(name) and char_length(name) <= 60),
  query text not null
    constraint saved_filters_query_valid check (query ~ '[^[:space:]]' and char_length(query) <= 500),
  position double precision not null default 0
    constraint saved_filters_position_finite check (position > '-infinity' and position < 'infinity'),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

-- Names are unique among a person's filters without regard to case.
create unique index saved_filters_user_name_key on public.saved_filters (user_id, lower(name));
create index saved_filters_user_position_idx on public.saved_filters (user_id, position, id);

create trigger saved_filters_set_updated_at
  before update on public.saved_filters
  for each row execute function public.set_updated_at();

-- Other tabs refresh their sidebar.
create trigger saved_filters_notify_change
  after insert or update or delete on public.saved_filters
  for each row execute function public.notify_row_change();

revoke all on table public.saved_filters from anon, authenticated;
grant select, insert, delete on table public.saved_filters to authenticated;
grant update (name, query, position) on table public.saved_filters to authenticated;
grant select, insert, update, delete on table public.saved_filters to service_role;

alter table public.saved_filters enable row level security;

create policy saved_filters_all_own on public.saved_filters
  for all to authenticated
  using (user_id = (select auth.uid()))
  with check (user_id = (select auth.uid()));
