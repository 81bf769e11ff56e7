import type { BillingEmailKind } from '@ordo/shared-types';
import { PLANS } from '@ordo/shared-types';

export interface BillingEmailInput {
  kind: BillingEmailKind;
  name: string | null;
  timezone: string;
  /** The date the mail is about: trial end, grace end (payment failed, downgraded). */
  at: Date;
  /** Absolute link to the billing page (PUBLIC_APP_URL + /settings/billing). */
  billingUrl: string;
}

export interface BillingEmailContent {
  subject: string;
  text: string;
  html: string;
}

const FONT = "font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] as string);

function dayLabel(at: Date, timezone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: timezone, weekday: 'long', day: 'numeric', month: 'long' }).format(at);
}

const free = PLANS.free.limits;
const FREE_PLAN = `the free plan (${free.brain_dumps} brain dumps a day, a smaller AI allowance, no text messages)`;
const NOTHING_LOST = 'Nothing is deleted: everything you made stays, and you can read and export it.';

/** The words of each billing mail: a subject, paragraphs, and what the button says. */
function wording(input: BillingEmailInput): { subject: string; paragraphs: string[]; action: string } {
  const day = dayLabel(input.at, input.timezone);
  switch (input.kind) {
    case 'trial_ending':
      return {
        subject: `Your Ordo Pro trial ends on ${day}`,
        paragraphs: [
          `Your Pro trial ends on ${day}. After that your account moves to ${FREE_PLAN}.`,
          `${NOTHING_LOST} To keep Pro, choose monthly or yearly billing on the billing page.`,
        ],
        action: 'Keep Pro',
      };
    case 'trial_ended':
      return {
        subject: 'Your Ordo Pro trial has ended',
        paragraphs: [`Your Pro trial ended on ${day}, and your account is on ${FREE_PLAN} now.`, `${NOTHING_LOST} You can upgrade to Pro at any time.`],
        action: 'Upgrade to Pro',
      };
    case 'payment_failed':
      return {
        subject: 'Your Ordo payment did not go through',
        paragraphs: [
          `We could not take the payment for your Ordo Pro subscription. Pro stays on until ${day} while you fix it.`,
          'On the billing page, "Manage billing" opens Stripe\'s customer portal, where you can update your card and pay the open invoice.',
        ],
        action: 'Update your payment method',
      };
    case 'downgraded':
      return {
        subject: 'Your Ordo account is on the free plan now',
        paragraphs: [
          `The payment for your Ordo Pro subscription is still missing, and the grace period ended on ${day}. Your account is on ${FREE_PLAN} now.`,
          `${NOTHING_LOST} What goes beyond the free plan is refused until Pro is paid again.`,
        ],
        action: 'Get Pro back',
      };
  }
}

/** A billing mail: plain text and inline-styled HTML with the same content, one link to the billing page. */
export function billingEmailContent(input: BillingEmailInput): BillingEmailContent {
  const { subject, paragraphs, action } = wording(input);
  const greeting = input.name ? `Hi ${input.name.replace(/[\p{Cc}\s]+/gu, ' ').trim()},` : 'Hi,';
  const text = [greeting, '', ...paragraphs.flatMap((paragraph) => [paragraph, '']), `${action}: ${input.billingUrl}`, ''].join('\n');
  const paragraph = (content: string) => `<p style="margin:0 0 16px;${FONT};font-size:16px;line-height:24px;color:#1f2328">${escapeHtml(content)}</p>`;
  const html = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:0;background:#f4f5f7">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f4f5f7">
<tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;background:#ffffff;border-radius:8px">
<tr><td style="padding:24px 28px">
${paragraph(greeting)}
${paragraphs.map(paragraph).join('\n')}
<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0"><tr><td style="background:#2f5bd3;border-radius:6px;padding:12px 20px"><a href="${escapeHtml(input.billingUrl)}" style="${FONT};font-size:16px;font-weight:600;color:#ffffff;text-decoration:none">${escapeHtml(action)}</a></td></tr></table>
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
  return { subject, text, html };
}
