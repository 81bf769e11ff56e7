-- Which channels can reach a person with an alert right now: SMS when they opted in and their
-- phone is verified and has not answered STOP; push when they allow it and have a device. Alert
-- producers read this, so nobody gets a notification (and a send job) no channel can deliver.
create view public.alert_reach with (security_invoker = true) as
select p.user_id,
       p.sms_enabled and exists (
         select 1 from public.user_phones ph
         where ph.user_id = p.user_id and ph.verified_at is not null
           and not exists (select 1 from public.sms_opt_outs o where o.phone_e164 = ph.phone_e164)
       ) as sms,
       p.push_enabled and exists (select 1 from public.push_subscriptions s where s.user_id = p.user_id) as push
from public.notification_preferences p;

revoke all on public.alert_reach from anon, authenticated;
grant select on public.alert_reach to service_role;
