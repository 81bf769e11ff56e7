import { z } from 'zod';

/** What a brief can contain, in the order it shows them. */
export const BRIEF_SECTIONS = ['wins', 'today', 'overdue', 'upcoming', 'projects', 'focus'] as const;
export const briefSectionSchema = z.enum(BRIEF_SECTIONS);
export type BriefSection = z.infer<typeof briefSectionSchema>;

export const BRIEF_KINDS = ['daily', 'weekly'] as const;
export const briefKindSchema = z.enum(BRIEF_KINDS);
export type BriefKind = z.infer<typeof briefKindSchema>;

const isoWeekdaySchema = z.int('Choose a weekday from 1 (Monday) to 7 (Sunday)').min(1, 'Choose a weekday from 1 (Monday) to 7 (Sunday)').max(7, 'Choose a weekday from 1 (Monday) to 7 (Sunday)');

/** The person's brief settings: the JSON body of PUT /api/me/brief and the shape GET returns. */
export const briefPreferencesSchema = z.strictObject({
  enabled: z.boolean(),
  send_time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter a time, like 07:00'),
  // ISO weekdays (1 = Monday), as in working_hours.
  weekdays: z.array(isoWeekdaySchema).max(7).refine((days) => new Set(days).size === days.length, 'List each weekday once'),
  sections: z.array(briefSectionSchema).refine((sections) => new Set(sections).size === sections.length, 'List each section once'),
  weekly_day: isoWeekdaySchema.nullable(),
  max_lateness_minutes: z.int('Enter whole minutes').min(0, 'Enter 0 or more minutes').max(1440, 'Enter at most 1440 minutes (a day)'),
});
export type BriefPreferences = z.infer<typeof briefPreferencesSchema>;

/** What a new account starts with. */
export const defaultBriefPreferences: BriefPreferences = {
  enabled: true,
  send_time: '07:00',
  weekdays: [1, 2, 3, 4, 5],
  sections: [...BRIEF_SECTIONS],
  weekly_day: null,
  max_lateness_minutes: 180,
};

export const BRIEF_STATUSES = ['pending', 'generating', 'ready', 'skipped', 'failed'] as const;
export type BriefStatus = (typeof BRIEF_STATUSES)[number];

export const DELIVERY_CHANNELS = ['email', 'sms', 'push'] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];

export const DELIVERY_STATUSES = ['sending', 'sent', 'uncertain', 'failed', 'bounced', 'skipped'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** The brief pipeline's stages, in order, as `progress` reports them to the browser and the CLI. */
export const BRIEF_STAGES = ['gather', 'prioritise', 'write', 'check'] as const;
export type BriefStage = (typeof BRIEF_STAGES)[number];

export const BRIEF_STAGE_STATES = ['pending', 'running', 'done', 'retrying', 'fallback', 'failed'] as const;

/**
 * What brief.generate reports through `progress` after every stage change, and what the Briefs
 * page and `pnpm ordo briefs send` show: each stage's state, with the time it took once done and a
 * short note (a gate's finding, why it fell back to the offline writer).
 */
export const briefProgressSchema = z.object({
  brief_id: z.uuid().optional(),
  stages: z.array(
    z.object({
      name: z.enum(BRIEF_STAGES),
      state: z.enum(BRIEF_STAGE_STATES),
      ms: z.number().nonnegative().optional(),
      note: z.string().max(500).optional(),
    }),
  ),
});
export type BriefProgress = z.infer<typeof briefProgressSchema>;
