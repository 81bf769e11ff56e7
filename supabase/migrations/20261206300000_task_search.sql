-- Full-text search over tasks' titles and notes (issue #18, item 5).
--
-- Each task's words live in public.task_search (one row a task), not in a column of tasks: task
-- rows are read with `select *` and sent as they are, and a tsvector has no place in them. The
-- document is kept by triggers on tasks, so every path that writes a task (web, worker, brain
-- dumps) keeps it current, and a GIN index finds the rows holding a word or a prefix of one.
--
-- Text search configuration `simple`: words are lower-cased and nothing else, in any language.
-- Stemming (`english`) would fold "running" to "run", so the prefix "runn" typed so far would
-- match nothing, and it only knows one language. The title is weighted A and the notes B, so
-- ts_rank puts a title match above a notes match.
create function public.task_search_document(title text, notes text) returns tsvector
language sql
immutable
parallel safe
set search_path = ''
as $$
  select pg_catalog.setweight(pg_catalog.to_tsvector('pg_catalog.simple'::regconfig, title), 'A')
      operator(pg_catalog.||) pg_catalog.setweight(pg_catalog.to_tsvector('pg_catalog.simple'::regconfig, coalesce(notes, '')), 'B')
$$;

create table public.task_search (
  task_id uuid primary key,
  user_id uuid not null,
  document tsvector not null,
  constraint task_search_task_same_user foreign key (task_id, user_id)
    references public.tasks (id, user_id) on delete cascade on update cascade
);

-- A search wants the person's rows holding the words: one GIN index over both (btree_gin makes
-- the uuid a GIN key), which intersects them inside the index. Two indexes ANDed as bitmaps cost
-- four times as much for a person with 100,000 tasks (the bitmap of all their rows is built on
-- every search; see bench:tasks). Supabase keeps extensions in schema `extensions`.
create schema if not exists extensions;
create extension if not exists btree_gin with schema extensions;
create index task_search_user_document_idx on public.task_search using gin (user_id, document);

revoke all on table public.task_search from anon, authenticated;
grant select on table public.task_search to authenticated;
grant select, insert, update, delete on table public.task_search to service_role;

alter table public.task_search enable row level security;

create policy task_search_select_own on public.task_search
  for select to authenticated
  using (user_id = (select auth.uid()));

-- The person's tasks matching a query, with their rank. Under RLS PostgreSQL will not use an index
-- for a condition whose operator is not leakproof, as @@ is not (it may not run before the
-- policy's own condition), so a search as the person would read every one of their rows. This
-- runs as the table's owner, whose reads skip RLS, and answers the caller's rows (auth.uid())
-- only, found through the index.
create function public.task_search_matches(query tsquery) returns table (task_id uuid, rank real)
language sql
stable
security definer
set search_path = ''
rows 1000
as $$
  select s.task_id, pg_catalog.ts_rank(s.document, query)
  from public.task_search s
  where s.user_id = (select auth.uid()) and s.document operator(pg_catalog.@@) query
$$;

revoke all on function public.task_search_matches(tsquery) from public, anon;
grant execute on function public.task_search_matches(tsquery) to authenticated;

insert into public.task_search (task_id, user_id, document)
select id, user_id, public.task_search_document(title, notes) from public.tasks;

-- Written by the triggers as their owner: people read their own rows and never write them.
-- Inserts are indexed once a statement (a transition table), so seeding many tasks stays one
-- insert here.
create function public.tasks_index_for_search() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into public.task_search (task_id, user_id, document)
  select n.id, n.user_id, public.task_search_document(n.title, n.notes) from inserted n;
  return null;
end
$$;

create trigger tasks_index_for_search
  after insert on public.tasks
  referencing new table as inserted
  for each statement execute function public.tasks_index_for_search();

create function public.tasks_reindex_for_search() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  update public.task_search set document = public.task_search_document(new.title, new.notes) where task_id = new.id;
  return null;
end
$$;

create trigger tasks_reindex_for_search
  after update of title, notes on public.tasks
  for each row when (old.title is distinct from new.title or old.notes is distinct from new.notes)
  execute function public.tasks_reindex_for_search();

revoke all on function public.tasks_index_for_search() from public, anon, authenticated;
revoke all on function public.tasks_reindex_for_search() from public, anon, authenticated;
