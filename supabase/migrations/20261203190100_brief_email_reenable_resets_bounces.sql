-- Turning the email channel back on (the person, from settings) starts the bounce count afresh:
-- otherwise the count that turned it off would turn it off again at the very next bounce. People
-- may not write hard_bounces themselves, so the reset happens here, whoever re-enables.

create function public.reset_brief_hard_bounces() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.email_enabled and not old.email_enabled then
    new.hard_bounces := 0;
  end if;
  return new;
end
$$;

create trigger brief_preferences_reset_hard_bounces
  before update of email_enabled on public.brief_preferences
  for each row execute function public.reset_brief_hard_bounces();
