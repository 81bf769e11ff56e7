import { type Brief, type BriefSummary, calendarDay } from '@ordo/shared-types';
import { renderBrief } from '$lib/markdown/render-brief.server.ts';
import { type BriefJob, latestBriefJob } from './brief-job.ts';
import { briefOfDay, listBriefs } from './store.ts';

/** A brief as a page shows it: its body as safe HTML (null until written). */
export type ShownBrief = Omit<Brief, 'markdown'> & { html: string | null };

export interface BriefsPage {
  /** 'YYYY-MM-DD' in the person's time zone. */
  today: string;
  /** Today's brief (see briefOfDay), its body as safe HTML when written. */
  todays: ShownBrief | null;
  history: BriefSummary[];
  /** The brief.generate job to follow (see latestBriefJob). */
  job: BriefJob | null;
}

/** The brief with its Markdown rendered (the page needs only the HTML). */
export function withHtml({ markdown, ...brief }: Brief): ShownBrief {
  return { ...brief, html: markdown ? renderBrief(markdown) : null };
}

/** Everything the Briefs page shows, read as the person (RLS). */
export async function loadBriefsPage(user: { id: string; timezone: string }, now = new Date()): Promise<BriefsPage> {
  const today = calendarDay(now, user.timezone);
  const [todays, history, job] = await Promise.all([
    briefOfDay(user.id, today),
    listBriefs(user.id),
    latestBriefJob(user.id),
  ]);
  return {
    today,
    todays: todays && withHtml(todays),
    history,
    job,
  };
}
