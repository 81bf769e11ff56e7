-- The daily SMS cap counts a person's notification texts of their calendar day at every SMS claim
-- (notify.send): by this index, that person's few rows. Its predicate is one expression no other
-- index of deliveries can serve, which the count writes out the same way ('notification' is
-- NOTIFICATION_DELIVERY_PURPOSE), so the count uses this index even while the table has no
-- statistics yet (the first burst of a new install): with plain `purpose = … and channel = …` it was
-- planned over deliveries_one_per_source's (purpose, channel), every notification text of everyone.
create index deliveries_notification_sms_by_user_idx on public.deliveries (user_id, (coalesce(sent_at, updated_at)))
  where purpose || ':' || channel = 'notification:sms';
