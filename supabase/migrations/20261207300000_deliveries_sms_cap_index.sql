-- The daily SMS cap counts a person's notification texts of their calendar day at every SMS claim
-- (notify.send). Without this index the count was planned over (purpose, channel) of
-- deliveries_one_per_source: every notification text of everyone, filtered row by row. Its
-- predicate is what the count writes out ('notification' is NOTIFICATION_DELIVERY_PURPOSE).
create index deliveries_notification_sms_by_user_idx on public.deliveries (user_id, (coalesce(sent_at, updated_at)))
  where purpose = 'notification' and channel = 'sms';
