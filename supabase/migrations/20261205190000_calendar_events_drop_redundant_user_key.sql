-- calendar_events.user_id is already tied to its owner by the composite key to calendars (id,
-- user_id), whose user_id references users with a cascade: the direct key to users checked the
-- same thing again on every inserted event (about a fifth of a full sync's insert time).
alter table public.calendar_events drop constraint calendar_events_user_id_fkey;
