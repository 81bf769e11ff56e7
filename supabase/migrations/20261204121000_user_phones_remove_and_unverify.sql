-- A person may remove their own phone (through RLS, as themselves); numbers are entered and
-- verified by the server, together with the code bookkeeping, in one transaction as service_role.
grant delete on table public.user_phones to authenticated;

create policy user_phones_delete_own on public.user_phones
  for delete to authenticated using (user_id = (select auth.uid()));

-- A new or changed number is an unverified number, whoever writes it: verified_at only ever
-- vouches for the number it was set with, and codes sent before stop working (a removed and
-- re-entered number needs a fresh code too). Definer rights: codes are the server's table.
create function public.user_phones_unverify_new_number() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op = 'UPDATE' and new.phone_e164 is not distinct from old.phone_e164 then
    return new;
  end if;
  new.verified_at := null;
  update public.phone_verifications
    set expires_at = now()
    where user_id = new.user_id and verified_at is null and expires_at > now();
  return new;
end
$$;

create trigger user_phones_unverify_new_number
  before insert or update of phone_e164 on public.user_phones
  for each row execute function public.user_phones_unverify_new_number();
