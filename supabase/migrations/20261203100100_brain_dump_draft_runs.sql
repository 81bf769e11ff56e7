-- Drafting across web instances and its cost. A draft is leased by the process that runs it
-- (`draft_owner`, renewed until `draft_lease_expires_at`): another instance follows it through
-- the row instead of drafting it again, and takes it over only once the lease has expired.
-- `draft_runs` counts the drafting runs a dump has had, which caps how often it is re-drafted.

alter table public.brain_dumps
  add column draft_runs integer not null default 0 constraint brain_dumps_draft_runs_range check (draft_runs >= 0),
  add column draft_owner text constraint brain_dumps_draft_owner_length check (char_length(draft_owner) <= 100),
  add column draft_lease_expires_at timestamptz;
