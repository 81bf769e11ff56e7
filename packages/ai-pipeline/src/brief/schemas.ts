import { briefKindSchema, dateOnlySchema } from '@ordo/shared-types';
import { z } from 'zod';
import { providerSchema } from '../models.ts';

/** What the brief pipeline is asked for: its initial state. */
export const briefRequestSchema = z.object({
  user_id: z.uuid(),
  kind: briefKindSchema,
  local_date: dateOnlySchema,
});
export type BriefRequest = z.infer<typeof briefRequestSchema>;

export const HEADLINE_MAX = 120;
export const MARKDOWN_MAX = 8000;

/** The three things that matter today, each an open task of the facts and why. */
export const briefPrioritiesSchema = z.object({
  priorities: z
    .array(
      z.object({
        task_id: z.string().describe('the id of an open task from the facts, copied exactly'),
        why: z.string().min(1).max(300).describe('one short sentence: why it matters today'),
      }),
    )
    .max(3),
});
export type BriefPriorities = z.infer<typeof briefPrioritiesSchema>;

/** A model's written brief, as it must reply. */
export const briefReplySchema = z.object({
  headline: z.string().min(1).max(HEADLINE_MAX).describe('one line, no Markdown, no links'),
  markdown: z.string().min(1).max(MARKDOWN_MAX),
});

/** A written brief and who wrote it. */
export const briefDraftSchema = briefReplySchema.extend({
  provider: providerSchema,
  model: z.string().min(1).max(200),
});
export type BriefDraft = z.infer<typeof briefDraftSchema>;

/** The check-tier reviewer's verdict. */
export const briefReviewSchema = z.object({
  problems: z
    .array(z.string().max(500))
    .max(20)
    .describe('each statement of the brief the facts do not support, with what the facts say; empty when all is supported'),
});
