-- The Briefs page and `pnpm ordo briefs send` follow a brief.generate job to the brief it wrote.
create index daily_briefs_job_id_idx on public.daily_briefs (job_id) where job_id is not null;
