import { escapeHtml } from './escape-html.ts';
import type { OutgoingMail } from '@ordo/notify';

export function verificationMail(to: string, link: string, validHours: number): OutgoingMail {
  return {
    to,
    subject: 'Verify your email address for Ordo',
    text: [
      'Someone (hopefully you) created an Ordo account with this address.',
      '',
      `Verify the address and sign in here within ${validHours} hours:`,
      link,
      '',
      'If it was not you, ignore this message: the account stays locked.',
    ].join('\n'),
    html: `<p>Someone (hopefully you) created an Ordo account with this address.</p>
<p><a href="${escapeHtml(link)}">Verify the address and sign in</a> within ${validHours} hours.</p>
<p>If it was not you, ignore this message: the account stays locked.</p>`,
  };
}
