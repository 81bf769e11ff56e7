-- Search reads only the person's own index keys, so its cost grows with their tasks, not with
-- everyone's (issue #18).
--
-- The GIN index on (user_id, document) (20261206300000) answers a search by intersecting two of its
-- posting lists: every row of the person (100,000 for a heavy user) and every row, anybody's,
-- holding a word that starts with what was typed (67,874 of 1,000,000 tasks for "in"). The second
-- grows with the whole table. The index below keys each word under its owner instead: the word
-- behind a token of the owner's id (its 32 hex digits: a fixed length, so one owner's keys never
-- begin another's), and a prefix scan reads the person's keys and no one else's.
--
-- It indexes an expression of the row as it is: documents, the triggers that write them and
-- ranking (ts_rank on the plain document) stay as they were, and rows take no more room.

-- The document with each word behind the owner's token, positions and weights kept, so it matches
-- a query as the document does (phrases and weights too). A document's text lists its words as
-- 'word':positions separated by one space, and no word holds a space (the parser splits there), so
-- each " '" begins a word. A word of over 2,014 bytes is left out, as the token would take it past
-- the longest a word may be (2,046 bytes; to_tsvector itself leaves out longer ones): the index
-- cannot find it. Only a document whose text is longer than 2,014 bytes can hold one, so only
-- those are looked through word by word.
create function public.task_search_owned_document(owner uuid, document tsvector) returns tsvector
language sql
immutable
parallel safe
set search_path = ''
as $$
  select pg_catalog.replace(
    ' ' operator(pg_catalog.||) (
      case when pg_catalog.octet_length(document::text) <= 2014 then document
      else pg_catalog.ts_delete(document, array(
        select word from pg_catalog.unnest(pg_catalog.tsvector_to_array(document)) word
        where pg_catalog.octet_length(word) > 2014))
      end)::text,
    $q$ '$q$,
    $q$ '$q$ operator(pg_catalog.||) pg_catalog.replace(owner::text, '-', ''))::pg_catalog.tsvector
$$;

-- The query with each word behind the owner's token, operators, prefixes and weights as they were.
-- A query's text quotes each word (a quote inside one doubled), so each quoted run is a word.
create function public.task_search_owned_query(owner uuid, query tsquery) returns tsquery
language sql
immutable
parallel safe
set search_path = ''
as $$
  select pg_catalog.regexp_replace(
    query::text,
    $re$'((?:[^']|'')*)'$re$,
    $q$'$q$ operator(pg_catalog.||) pg_catalog.replace(owner::text, '-', '') operator(pg_catalog.||) $q$\1'$q$,
    'g')::pg_catalog.tsquery
$$;

revoke all on function public.task_search_owned_document(uuid, tsvector) from public, anon, authenticated;
revoke all on function public.task_search_owned_query(uuid, tsquery) from public, anon, authenticated;

create index task_search_owned_document_idx on public.task_search
  using gin (public.task_search_owned_document(user_id, document));
drop index public.task_search_user_document_idx;

-- The caller's words under the caller's token: a query can only find keys of the caller's own
-- (a word naming another person's token becomes <caller's token><their token>word), and the rows
-- are still held to user_id = auth.uid().
create or replace function public.task_search_matches(query tsquery) returns table (task_id uuid, rank real)
language sql
stable
security definer
set search_path = ''
rows 1000
as $$
  select s.task_id, pg_catalog.ts_rank(s.document, query)
  from public.task_search s
  where s.user_id = (select auth.uid())
    and public.task_search_owned_document(s.user_id, s.document)
      operator(pg_catalog.@@) public.task_search_owned_query((select auth.uid()), query)
$$;
