import { type Brief, type BriefSummary, calendarDay } from '@ordo/shared-types';
import { z } from 'zod';
import { renderBrief } from '$lib/markdown/render-brief.server.ts';
import { type BriefJob, getBriefJob, runningBriefJob } from './brief-job.ts';
import { briefOfDay, listBriefs } from './store.ts';

/** A brief as a page shows it: its body as safe HTML (null until written). */
export type ShownBrief = Omit<Brief, 'markdown'> & { html: string | null };

export interface BriefsPage {
  /** 'YYYY-MM-DD' in the person's time zone. */
  today: string;
  /** Today's brief (see briefOfDay), its body as safe HTML when written. */
  todays: ShownBrief | null;
  history: BriefSummary[];
  /** The brief.generate job to follow: the one named in ?job=, else one still queued or running. */
  job: BriefJob | null;
}

const jobIdSchema = z.uuid();

/** The brief with its Markdown rendered (the page needs only the HTML). */
export function withHtml({ markdown, ...brief }: Brief): ShownBrief {
  return { ...brief, html: markdown ? renderBrief(markdown) : null };
}

/** Everything the Briefs page shows, read as the person (RLS). `jobParam` is ?job= as given, unchecked. */
export async function loadBriefsPage(user: { id: string; timezone: string }, jobParam: string | null, now = new Date()): Promise<BriefsPage> {
  const today = calendarDay(now, user.timezone);
  const jobId = jobIdSchema.safeParse(jobParam);
  const [todays, history, job] = await Promise.all([
    briefOfDay(user.id, today),
    listBriefs(user.id),
    jobId.success ? getBriefJob(user.id, jobId.data) : runningBriefJob(user.id),
  ]);
  return {
    today,
    todays: todays && withHtml(todays),
    history,
    job,
  };
}
