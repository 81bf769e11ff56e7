import { BILLING_SETTINGS_PATH, type JobPayload } from '@ordo/shared-types';
import { classifySendFailure } from '../delivery/smtp-failure.ts';
import type { JobDeps } from '../job-deps.ts';
import { PermanentJobError } from '../queue/job-definition.ts';
import { billingEmailContent } from './billing-email-content.ts';
import { type BillingEmailFacts, dueBillingEmails } from './billing-email-due.ts';

export interface BillingEmailResult {
  outcome: 'sent' | 'no_longer_due' | 'already_sent' | 'uncertain' | 'no_person';
  message_id?: string;
}

interface Recipient extends BillingEmailFacts {
  email: string;
  name: string | null;
  timezone: string;
}

/**
 * Mails one billing notice at most once: it must still be due at send time (a person who
 * subscribed meanwhile gets no trial mail), then a `sending` row is committed before the send
 * (billing_emails, unique per person, kind and occurrence). A row already there means sent, or
 * maybe sent by an attempt that stopped mid-way: never again. A failed send marks the row failed
 * and throws, so the queue's retry may claim it again; a permanent SMTP refusal stops there.
 */
export async function sendBillingEmail(deps: JobDeps, payload: JobPayload<'billing.send_email'>, jobId: string): Promise<BillingEmailResult> {
  const { db, clock, mail, mailLinks } = deps;
  const [person] = await db.asService(
    (tx) => tx<Recipient[]>`
      select u.email, u.name, u.timezone, a.trial_ends_at, a.subscription_status, a.payment_failed_at, a.grace_ends_at
      from public.users u join public.billing_accounts a on a.user_id = u.id
      where u.id = ${payload.user_id}`,
  );
  if (!person) return { outcome: 'no_person' };
  const due = dueBillingEmails(person, clock.now()).find((email) => email.kind === payload.kind && email.occurrence === payload.occurrence);
  if (!due) return { outcome: 'no_longer_due' };

  const claimed = await db.asService(
    (tx) => tx<{ id: string }[]>`
      insert into public.billing_emails (user_id, kind, occurrence, job_id)
      values (${payload.user_id}, ${payload.kind}, ${payload.occurrence}, ${jobId})
      on conflict (user_id, kind, occurrence) do update set status = 'sending', job_id = excluded.job_id, error = null
        where public.billing_emails.status = 'failed'
      returning id`,
  );
  const row = claimed[0];
  if (!row) {
    const [settled] = await db.asService(
      (tx) => tx<{ status: string }[]>`
        select status from public.billing_emails where user_id = ${payload.user_id} and kind = ${payload.kind} and occurrence = ${payload.occurrence}`,
    );
    return { outcome: settled?.status === 'sent' ? 'already_sent' : 'uncertain' };
  }

  const content = billingEmailContent({
    kind: payload.kind,
    name: person.name,
    timezone: person.timezone,
    at: due.at,
    billingUrl: `${mailLinks.appOrigin}${BILLING_SETTINGS_PATH}`,
  });
  const messageId = `<billing.${payload.kind}.${row.id}@${mailLinks.messageIdHost}>`;
  try {
    await mail.send({ to: person.email, subject: content.subject, text: content.text, html: content.html, messageId });
  } catch (error) {
    const failure = classifySendFailure(error);
    await db.asService((tx) => tx`update public.billing_emails set status = 'failed', error = ${failure.message.slice(0, 2000)} where id = ${row.id}`);
    if (failure.errorClass === 'permanent') throw new PermanentJobError(`the mail server refused the ${payload.kind} mail for good: ${failure.message}`);
    throw new Error(`${payload.kind} mail failed (transient): ${failure.message}`, { cause: error });
  }
  await db.asService(
    (tx) => tx`update public.billing_emails set status = 'sent', sent_at = ${clock.now()}, message_id = ${messageId} where id = ${row.id}`,
  );
  return { outcome: 'sent', message_id: messageId };
}
