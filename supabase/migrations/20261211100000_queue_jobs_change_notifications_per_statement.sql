-- Live updates of users' jobs (ordo_changes) from one trigger call per statement instead of one per
-- row. A claim or a completion batch updated many jobs, and each row entered notify_row_change,
-- a PL/pgSQL function with its own search_path (a setting saved and restored per call): two such
-- calls a job, a visible share of the database's CPU in bench:notify. The payloads are the same,
-- one per row in the order the statement changed the rows, for the same rows as before: inserted
-- and deleted jobs with an owner, and updated ones whose owner can see a change (status, progress,
-- result, last_error, owner), never checkpoint writes or lease renewals.

create function public.notify_queue_jobs_changes() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    perform pg_notify(
      'ordo_changes',
      json_build_object('table', tg_table_name, 'op', 'insert', 'id', n.id, 'user_id', n.user_id)::text
    )
    from new_rows n
    where n.user_id is not null;
  elsif tg_op = 'UPDATE' then
    -- Old and new rows paired by id; the ordinal keeps the statement's row order.
    perform pg_notify(
      'ordo_changes',
      json_build_object('table', tg_table_name, 'op', 'update', 'id', n.id, 'user_id', n.user_id)::text
    )
    from (select r.*, row_number() over () as ordinal from new_rows r) n
    join old_rows o on o.id = n.id
    where n.user_id is not null
      and (
        o.status is distinct from n.status
        or o.progress is distinct from n.progress
        or o.result is distinct from n.result
        or o.last_error is distinct from n.last_error
        or o.user_id is distinct from n.user_id
      )
    order by n.ordinal;
  else
    perform pg_notify(
      'ordo_changes',
      json_build_object('table', tg_table_name, 'op', 'delete', 'id', o.id, 'user_id', o.user_id)::text
    )
    from old_rows o
    where o.user_id is not null;
  end if;
  return null;
end
$$;

drop trigger queue_jobs_notify_insert on public.queue_jobs;
drop trigger queue_jobs_notify_change on public.queue_jobs;
drop trigger queue_jobs_notify_delete on public.queue_jobs;

-- Named to sort before queue_jobs_notify_inserted (the ordo_jobs wake-up), so an insert announces
-- on ordo_changes first, as the row triggers did.
create trigger queue_jobs_notify_change_insert
  after insert on public.queue_jobs
  referencing new table as new_rows
  for each statement execute function public.notify_queue_jobs_changes();

create trigger queue_jobs_notify_change_update
  after update on public.queue_jobs
  referencing old table as old_rows new table as new_rows
  for each statement execute function public.notify_queue_jobs_changes();

create trigger queue_jobs_notify_change_delete
  after delete on public.queue_jobs
  referencing old table as old_rows
  for each statement execute function public.notify_queue_jobs_changes();
