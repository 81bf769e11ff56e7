import type { BriefEmailInput, OutgoingMail, RenderedBriefEmail } from '@ordo/notify';
import { z } from 'zod';

// What passes between the job loop and the mail thread (mail-threads.ts, mail-thread.ts), checked on
// arrival at both ends. Each schema is held to the type it carries (satisfies), so the two cannot drift.

const linksSchema = z.object({
  appOrigin: z.string(),
  unsubscribeKey: z.instanceof(Uint8Array),
  senderAddress: z.string(),
  messageIdHost: z.string(),
});

/** Given to the thread once, at its start: what every render signs and links with. */
export const mailThreadDataSchema = z.object({ links: linksSchema });

const outgoingMailSchema = z.object({
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  html: z.string().optional(),
  messageId: z.string().optional(),
  headers: z.record(z.string(), z.string()).optional(),
}) satisfies z.ZodType<OutgoingMail>;

const briefEmailInputSchema = z.object({
  briefId: z.string(),
  userId: z.string(),
  name: z.string().nullable(),
  localDate: z.string(),
  kind: z.enum(['daily', 'weekly']),
  headline: z.string().nullable(),
  markdown: z.string(),
  now: z.date(),
}) satisfies z.ZodType<BriefEmailInput>;

export const mailThreadRequestSchema = z.discriminatedUnion('op', [
  z.object({ id: z.number().int(), op: z.literal('compose'), from: z.string(), mail: outgoingMailSchema }),
  z.object({ id: z.number().int(), op: z.literal('render'), input: briefEmailInputSchema }),
]);

export type MailThreadRequest = z.infer<typeof mailThreadRequestSchema>;

const renderedBriefEmailSchema = z.object({
  subject: z.string(),
  html: z.string(),
  text: z.string(),
  messageId: z.string(),
  headers: z.record(z.string(), z.string()),
  unsubscribeUrl: z.string(),
}) satisfies z.ZodType<RenderedBriefEmail>;

export const mailThreadResponseSchema = z.discriminatedUnion('ok', [
  z.object({ id: z.number().int(), ok: z.literal(true), value: z.union([z.string(), renderedBriefEmailSchema]) }),
  z.object({ id: z.number().int(), ok: z.literal(false), message: z.string() }),
]);

export type MailThreadResponse = z.infer<typeof mailThreadResponseSchema>;
