import type { Tx } from '../db.ts';

export interface FinishedBrief {
  headline: string;
  markdown: string;
  provider: 'offline' | 'openai' | 'anthropic';
  model: string;
  /** Tokens and cost over all stages. */
  usage: { input_tokens: number; output_tokens: number; cost_usd: number; calls: number };
  /** Each stage's timing and gate outcome. */
  stages: unknown[];
  generatedAt: Date;
  /** The brief as its email, and when that was rendered (its unsubscribe link's clock starts then). */
  email: { html: string; text: string; renderedAt: Date };
}

/**
 * Stores a written brief with its email and marks it `ready`, in the caller's transaction (which
 * enqueues its delivery). Only a row still `generating` for this job is written; false when there was none.
 */
export async function finishBrief(tx: Tx, briefId: string, jobId: string, brief: FinishedBrief): Promise<boolean> {
  return (await finishBriefs(tx, jobId, [{ id: briefId, brief }])).has(briefId);
}

/**
 * finishBrief for several briefs of one job in one statement (a batch's briefs): the ids of those
 * written, each only if its row was still `generating` for this job.
 */
export async function finishBriefs(tx: Tx, jobId: string, briefs: readonly { id: string; brief: FinishedBrief }[]): Promise<Set<string>> {
  if (briefs.length === 0) return new Set();
  const column = <T>(value: (brief: FinishedBrief) => T) => briefs.map(({ brief }) => value(brief));
  const rows = await tx<{ id: string }[]>`
    update public.daily_briefs b
    set status = 'ready', reason = null, headline = f.headline, markdown = f.markdown, provider = f.provider, model = f.model,
        usage = f.usage::jsonb, stages = f.stages::jsonb, generated_at = f.generated_at,
        html = f.html, text = f.text, email_rendered_at = f.email_rendered_at
    from unnest(
      ${briefs.map(({ id }) => id)}::uuid[], ${column((brief) => brief.headline)}::text[], ${column((brief) => brief.markdown)}::text[],
      ${column((brief) => brief.provider)}::text[], ${column((brief) => brief.model)}::text[],
      ${column((brief) => JSON.stringify(brief.usage))}::text[], ${column((brief) => JSON.stringify(brief.stages))}::text[],
      ${column((brief) => brief.generatedAt.toISOString())}::timestamptz[],
      ${column((brief) => brief.email.html)}::text[], ${column((brief) => brief.email.text)}::text[],
      ${column((brief) => brief.email.renderedAt.toISOString())}::timestamptz[]
    ) as f(id, headline, markdown, provider, model, usage, stages, generated_at, html, text, email_rendered_at)
    where b.id = f.id and b.job_id = ${jobId} and b.status = 'generating'
    returning b.id`;
  return new Set(rows.map((row) => row.id));
}
