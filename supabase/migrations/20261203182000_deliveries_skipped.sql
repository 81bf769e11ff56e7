-- A delivery that was decided against (the channel was off, the brief not ready) is recorded as
-- 'skipped' with the reason in `error`, so "why did I get no email?" has an answer in the table
-- and stats count it apart from failures.
alter table public.deliveries drop constraint deliveries_status_known;
alter table public.deliveries add constraint deliveries_status_known
  check (status in ('sending', 'sent', 'uncertain', 'failed', 'bounced', 'skipped'));
