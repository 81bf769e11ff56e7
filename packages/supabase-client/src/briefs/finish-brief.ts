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
  const rows = await tx`
    update public.daily_briefs
    set status = 'ready', reason = null, headline = ${brief.headline}, markdown = ${brief.markdown},
        provider = ${brief.provider}, model = ${brief.model},
        usage = ${tx.json(brief.usage)}, stages = ${tx.json(brief.stages as never)}, generated_at = ${brief.generatedAt},
        html = ${brief.email.html}, text = ${brief.email.text}, email_rendered_at = ${brief.email.renderedAt}
    where id = ${briefId} and job_id = ${jobId} and status = 'generating'`;
  return rows.count === 1;
}
