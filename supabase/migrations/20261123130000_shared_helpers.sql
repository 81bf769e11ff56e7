-- Shared by every table: the API roles reach public, and one trigger function
-- keeps updated_at honest whatever client writes the row.

grant usage on schema public to anon, authenticated, service_role;

create function public.set_updated_at() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.updated_at := now();
  return new;
end
$$;
