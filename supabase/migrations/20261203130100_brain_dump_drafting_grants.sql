-- The drafting lease and run count (20261203100100) are written as the user by the web app's
-- claim, renewal and takeover, so they join the column grants of 20261203130000. A user who can
-- update these columns directly (PostgREST on Supabase) must still not undo the re-draft cap:
-- the run count only ever grows.

grant update (draft_runs, draft_owner, draft_lease_expires_at) on table public.brain_dumps to authenticated;

create function public.brain_dumps_draft_runs_only_grow() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.draft_runs < old.draft_runs then
    raise exception 'brain_dumps.draft_runs cannot decrease (from % to %)', old.draft_runs, new.draft_runs
      using errcode = 'check_violation';
  end if;
  return new;
end;
$$;

create trigger brain_dumps_draft_runs_only_grow
  before update of draft_runs on public.brain_dumps
  for each row execute function public.brain_dumps_draft_runs_only_grow();
