-- A first sync writes a calendar's events thousands to a statement (COPY), and every row kept two
-- unique indexes: the uuid primary key and (calendar_id, google_event_id), the key every write and
-- upsert finds an event by. The natural key becomes the primary key, in place of its unique
-- constraint, and the uuid's index goes. id stays: the calendar page and the event-soon alerts name
-- an event by it, but nothing looks an event up by it or references it; it is made at random
-- (gen_random_uuid here, randomUUID in the worker's COPY), so no index is needed to keep it unique.
alter table public.calendar_events
  drop constraint calendar_events_pkey,
  drop constraint calendar_events_calendar_event_key,
  add constraint calendar_events_pkey primary key (calendar_id, google_event_id),
  alter column id set not null;
