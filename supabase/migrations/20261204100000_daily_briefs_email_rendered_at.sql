-- When daily_briefs.html and text were rendered. The unsubscribe link in them expires 90 days from
-- then, and the email's headers follow from it, so brief.deliver can send a recently rendered email
-- as stored instead of rendering it again (and rewriting the row) in its claim transaction.
alter table public.daily_briefs add column email_rendered_at timestamptz;
