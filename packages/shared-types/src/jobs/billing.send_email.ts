import { z } from 'zod';
import { billingEmailKindSchema } from '../billing/billing-emails.ts';

/** Mails one billing notice to a person, at most once per (kind, occurrence) (public.billing_emails). */
export const billingSendEmailPayloadSchema = z.strictObject({
  user_id: z.uuid(),
  kind: billingEmailKindSchema,
  /** Epoch seconds of what the mail is about (billingEmailOccurrence). */
  occurrence: z.string().regex(/^[0-9]{1,12}$/, 'Expected epoch seconds'),
});
export type BillingSendEmailPayload = z.input<typeof billingSendEmailPayloadSchema>;

export const billingSendEmailDefaults = { maxAttempts: 6, priority: 3 } as const;

export function billingSendEmailDedupKey(payload: z.infer<typeof billingSendEmailPayloadSchema>): string {
  return `billing-email:${payload.kind}:${payload.user_id}:${payload.occurrence}`;
}
