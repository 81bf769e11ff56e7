import { escapeHtml } from './escape-html.ts';
import type { OutgoingMail } from '@ordo/notify';

/** To the owner of an address someone tried to sign up with again (sign-up answers the same either way). */
export function signUpAttemptMail(to: string, links: { signIn: string; resetPassword: string }): OutgoingMail {
  return {
    to,
    subject: 'Someone tried to sign up to Ordo with your address',
    text: [
      'Someone tried to create an Ordo account with this address, which already has one.',
      '',
      `If it was you, sign in instead: ${links.signIn}`,
      `Forgot the password, or did not create this account? Reset the password: ${links.resetPassword}`,
      '(a reset also signs out everyone else and revokes every access token).',
      '',
      'Otherwise, ignore this message: nothing has changed.',
    ].join('\n'),
    html: `<p>Someone tried to create an Ordo account with this address, which already has one.</p>
<p>If it was you, <a href="${escapeHtml(links.signIn)}">sign in</a> instead.</p>
<p>Forgot the password, or did not create this account? <a href="${escapeHtml(links.resetPassword)}">Reset the password</a>
(a reset also signs out everyone else and revokes every access token).</p>
<p>Otherwise, ignore this message: nothing has changed.</p>`,
  };
}
