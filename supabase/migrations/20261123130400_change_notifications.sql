-- Every change to a user's rows is announced on channel ordo_changes, so one LISTEN connection per
-- web process can push it to that user's live streams. The payload names the row, never its content:
-- streams refetch through RLS, and NOTIFY payloads are capped at 8000 bytes.

create function public.notify_row_change() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  changed record;
begin
  if tg_op = 'DELETE' then
    changed := old;
  else
    changed := new;
  end if;
  perform pg_notify(
    'ordo_changes',
    json_build_object('table', tg_table_name, 'op', lower(tg_op), 'id', changed.id, 'user_id', changed.user_id)::text
  );
  return null;
end
$$;

create trigger projects_notify_change
  after insert or update or delete on public.projects
  for each row execute function public.notify_row_change();

create trigger tasks_notify_change
  after insert or update or delete on public.tasks
  for each row execute function public.notify_row_change();
