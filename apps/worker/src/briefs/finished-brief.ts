import type { BriefDraft, StageReport } from '@ordo/ai-pipeline';
import type { RenderedBriefEmail } from '@ordo/notify';
import type { FinishedBrief } from '@ordo/supabase-client';
import { totalUsage } from './stage-usage.ts';

/** What finishBrief stores for a written brief: the draft, its stages' usage and its email rendered at `now`. */
export function finishedBrief(draft: BriefDraft, reports: StageReport[], email: Pick<RenderedBriefEmail, 'html' | 'text'>, now: Date): FinishedBrief {
  return {
    headline: draft.headline,
    markdown: draft.markdown,
    provider: draft.provider,
    model: draft.model,
    usage: totalUsage(reports),
    stages: reports,
    generatedAt: now,
    email: { html: email.html, text: email.text, renderedAt: now },
  };
}
