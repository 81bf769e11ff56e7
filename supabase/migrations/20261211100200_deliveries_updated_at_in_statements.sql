-- The worker's delivery statements (notify.send's claim and outcomes) set updated_at themselves, so
-- the trigger now runs only for updates that leave it unchanged: notify.send's updates of deliveries
-- skip a PL/pgSQL call per row (a function with its own search_path, saved and restored per call),
-- as queue_jobs' statements did (20261123200000). Every other writer still gets updated_at from it.
drop trigger deliveries_set_updated_at on public.deliveries;

create trigger deliveries_set_updated_at
  before update on public.deliveries
  for each row
  when (old.updated_at is not distinct from new.updated_at)
  execute function public.set_updated_at();
