-- Users update only the columns the app changes as them, as on users and sessions: never a row's
-- id, owner or timestamps kept by triggers, and on brain_dumps not the text once written. Policies
-- still decide which rows; these grants decide which columns (PostgREST on Supabase would
-- otherwise let a user write any of them directly).

revoke update on table public.brain_dumps from authenticated;
grant update (status, provider, model, operations, events, usage, error, applied_changes, drafted_at, applied_at, undone_at)
  on table public.brain_dumps to authenticated;

revoke update on table public.projects from authenticated;
grant update (name, description, status, color, position, archived_at, deleted_at)
  on table public.projects to authenticated;

revoke update on table public.tasks from authenticated;
grant update (title, notes, project_id, status, priority, due_date, start_at, duration_minutes, position, deleted_at)
  on table public.tasks to authenticated;
