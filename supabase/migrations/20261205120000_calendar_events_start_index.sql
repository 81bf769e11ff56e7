-- The alerts schedule looks every minute for timed events starting within the next day, across
-- everyone (event_soon): by start time, over timed events only.
create index calendar_events_timed_start_at_idx on public.calendar_events (start_at) where not all_day;
