import { shortDayLabel } from '@ordo/shared-types';
import type { BriefMailLinks } from './brief-mail-links.ts';
import { briefMarkdownToHtmlAndText, escapeHtml } from './brief-markdown.ts';
import { createUnsubscribeToken, UNSUBSCRIBE_TOKEN_DAYS } from './unsubscribe-token.ts';

export interface BriefEmailInput {
  briefId: string;
  userId: string;
  /** The person's name, or null when they gave none. */
  name: string | null;
  /** The local date the brief is for, YYYY-MM-DD. */
  localDate: string;
  kind: 'daily' | 'weekly';
  /** One line: the subject after the date. */
  headline: string | null;
  markdown: string;
  /** When the unsubscribe link's clock starts (the send time). */
  now: Date;
}

export interface RenderedBriefEmail {
  subject: string;
  html: string;
  text: string;
  /** `<brief.<id>@<host>>`: the same for every render of one brief, so a resend is recognisably the same message. */
  messageId: string;
  /** List-Unsubscribe (https and mailto) and List-Unsubscribe-Post (RFC 8058 one-click). */
  headers: Record<string, string>;
  /** The https unsubscribe link, as in the headers and the footer. */
  unsubscribeUrl: string;
}

const DAY_MS = 86_400_000;
const SUBJECT_HEADLINE_MAX = 120;
const FONT = "font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";

// Control characters (a newline would end the header) and runs of space collapse to one space.
function oneLine(text: string): string {
  return text.replace(/[\p{Cc}\s]+/gu, ' ').trim();
}

export function briefSubject(localDate: string, headline: string | null, kind: 'daily' | 'weekly'): string {
  const line = oneLine(headline ?? '');
  const fallback = kind === 'weekly' ? 'your week in review' : 'your day in Ordo';
  const clipped = line.length > SUBJECT_HEADLINE_MAX ? `${line.slice(0, SUBJECT_HEADLINE_MAX - 1).trimEnd()}…` : line;
  return `${shortDayLabel(localDate)}: ${clipped || fallback}`;
}

function button(href: string, label: string): string {
  // A bordered table cell is the button that Outlook renders too (it ignores padding on <a>).
  return `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 24px"><tr><td style="background:#2f5bd3;border-radius:6px;padding:12px 20px"><a href="${escapeHtml(href)}" style="${FONT};font-size:16px;font-weight:600;color:#ffffff;text-decoration:none">${escapeHtml(label)}</a></td></tr></table>`;
}

/** What an email of the brief carries besides its body; the same for every render at the same `now`. */
export type BriefEmailEnvelope = Omit<RenderedBriefEmail, 'html' | 'text'>;

/**
 * The subject, Message-ID, unsubscribe link and RFC 8058 headers of the brief's email rendered at
 * `input.now`: with the html and text stored from that render, the email as it was rendered.
 */
export function briefEmailEnvelope(input: Omit<BriefEmailInput, 'markdown' | 'name'>, links: BriefMailLinks): BriefEmailEnvelope {
  const token = createUnsubscribeToken(
    { userId: input.userId, purpose: 'brief-email', expiresAt: new Date(input.now.getTime() + UNSUBSCRIBE_TOKEN_DAYS * DAY_MS) },
    links.unsubscribeKey,
  );
  const unsubscribeUrl = `${links.appOrigin}/unsubscribe/${token}`;
  return {
    subject: briefSubject(input.localDate, input.headline, input.kind),
    messageId: `<brief.${input.briefId}@${links.messageIdHost}>`,
    headers: {
      'List-Unsubscribe': `<${unsubscribeUrl}>, <mailto:${links.senderAddress}?subject=unsubscribe>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
    unsubscribeUrl,
  };
}

/**
 * The brief as an email: responsive table layout with inline styles only (what Gmail and Outlook
 * keep), a plain-text part with the same content, every link absolute under the app's origin.
 */
export function renderBriefEmail(input: BriefEmailInput, links: BriefMailLinks): RenderedBriefEmail {
  const origin = links.appOrigin;
  const briefUrl = `${origin}/briefs/${input.briefId}`;
  const settingsUrl = `${origin}/settings`;
  const envelope = briefEmailEnvelope(input, links);
  const { subject, unsubscribeUrl } = envelope;
  const name = input.name ? oneLine(input.name) : '';
  const greeting = name ? `Hi ${name},` : 'Hi,';
  const dateLine = shortDayLabel(input.localDate);
  const preheader = oneLine(input.headline ?? '');
  const body = briefMarkdownToHtmlAndText(input.markdown, origin);
  const small = `${FONT};font-size:13px;line-height:20px;color:#57606a`;
  const link = 'color:#57606a;text-decoration:underline';

  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="x-apple-disable-message-reformatting">
<title>${escapeHtml(subject)}</title>
</head>
<body style="margin:0;padding:0;background:#f4f5f7">
<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">${escapeHtml(preheader)}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f4f5f7">
<tr><td align="center" style="padding:24px 12px">
<!--[if mso]><table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0"><tr><td><![endif]-->
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;background:#ffffff;border-radius:8px">
<tr><td style="padding:24px 28px 0;${small}">Ordo · ${escapeHtml(dateLine)}</td></tr>
<tr><td style="padding:8px 28px 0"><h1 style="margin:0 0 16px;${FONT};font-size:24px;line-height:32px;font-weight:700;color:#1f2328">${escapeHtml(greeting)}</h1>
${body.html}
${button(briefUrl, 'Open this brief in Ordo')}
</td></tr>
<tr><td style="padding:16px 28px 24px;border-top:1px solid #e5e7eb;${small}">You get this brief because it is on in your Ordo settings.
<a href="${escapeHtml(settingsUrl)}" style="${link}">Change when and what it covers</a> · <a href="${escapeHtml(unsubscribeUrl)}" style="${link}">Unsubscribe from brief emails</a></td></tr>
</table>
<!--[if mso]></td></tr></table><![endif]-->
</td></tr>
</table>
</body>
</html>
`;

  const text = `${greeting}
${dateLine}

${body.text}
Open this brief in Ordo: ${briefUrl}

You get this brief because it is on in your Ordo settings.
Change when and what it covers: ${settingsUrl}
Unsubscribe from brief emails: ${unsubscribeUrl}
`;

  return { ...envelope, html, text };
}
