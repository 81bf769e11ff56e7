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
  // A row of parameters a brief (VALUES), not an array a column: the emails go as they are rather
  // than escaped into array literals, which cost more than the rest of the statement.
  const values = briefs.map(({ id, brief }) => [
    id,
    brief.headline,
    brief.markdown,
    brief.provider,
    brief.model,
    JSON.stringify(brief.usage),
    JSON.stringify(brief.stages),
    brief.generatedAt,
    brief.email.html,
    brief.email.text,
    brief.email.renderedAt,
  ]);
  const rows = await tx<{ id: string }[]>`
    update public.daily_briefs b
    set status = 'ready', reason = null, headline = f.headline, markdown = f.markdown, provider = f.provider, model = f.model,
        usage = f.usage::jsonb, stages = f.stages::jsonb, generated_at = f.generated_at::timestamptz,
        html = f.html, text = f.text, email_rendered_at = f.email_rendered_at::timestamptz
    from (values ${tx(values as never)}) as f(id, headline, markdown, provider, model, usage, stages, generated_at, html, text, email_rendered_at)
    where b.id = f.id::uuid and b.job_id = ${jobId} and b.status = 'generating'
    returning b.id`;
  return new Set(rows.map((row) => row.id));
}
