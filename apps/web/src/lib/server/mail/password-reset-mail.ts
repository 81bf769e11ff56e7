import { escapeHtml } from './escape-html.ts';
import type { OutgoingMail } from '@ordo/notify';

export function passwordResetMail(to: string, link: string, validMinutes: number): OutgoingMail {
  return {
    to,
    subject: 'Reset your Ordo password',
    text: [
      'Someone (hopefully you) asked to reset the password of your Ordo account.',
      '',
      `Choose a new password here within ${validMinutes} minutes:`,
      link,
      '',
      'If it was not you, ignore this message: your password stays as it is.',
    ].join('\n'),
    html: `<p>Someone (hopefully you) asked to reset the password of your Ordo account.</p>
<p><a href="${escapeHtml(link)}">Choose a new password</a> within ${validMinutes} minutes.</p>
<p>If it was not you, ignore this message: your password stays as it is.</p>`,
  };
}
