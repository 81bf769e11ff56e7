import { simpleParser } from 'mailparser';
import nodemailer from 'nodemailer';
import { describe, expect, it } from 'vitest';
import { unsubscribeKey } from '../brief/unsubscribe-token.ts';
import { renderBriefEmail } from '../index.ts';
import { composeMessage } from './compose-message.ts';
import type { OutgoingMail } from './mail-transport.ts';

const FROM = 'Ordo Briefs <briefs@example.test>';

// What nodemailer's own sendMail composes for the same mail.
async function nodemailerMessage(mail: OutgoingMail): Promise<string> {
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true });
  const info = await composer.sendMail({ from: FROM, ...mail });
  return (info.message as Buffer).toString('latin1');
}

// The boundary's random part, Date (the compose time) and a made-up Message-ID differ between two
// composes: the rest must match byte for byte.
function normalised(message: string): string {
  return message
    .replace(/^Date: .*$/m, 'Date: <date>')
    .replace(/_NmP-[0-9a-f]+-Part_/g, '_NmP-<random>-Part_')
    .replace(/^Message-ID: <[0-9a-f-]{36}@/m, 'Message-ID: <random@');
}

const links = { appOrigin: 'https://ordo.example', unsubscribeKey: unsubscribeKey('ab'.repeat(32)), senderAddress: 'briefs@example.test', messageIdHost: 'ordo.example' };
const brief = renderBriefEmail(
  {
    briefId: '6f1c9b8e-2d3a-4c5b-9e7f-0a1b2c3d4e5f',
    userId: '0d9e8f7a-6b5c-4d3e-8f2a-1b0c9d8e7f6a',
    name: 'Zoë Ørsted',
    localDate: '2026-12-04',
    kind: 'daily',
    headline: 'Three things due today — and the report is overdue by 3 days, which is the one that matters most this week',
    markdown: `## Today\n\n- **Call the bank** (#Finance)\n- [Plan the trip](/tasks/1)  \n- Café au lait with Zoë\n\n${'A long paragraph of plain words that runs well past seventy-six characters on one line. '.repeat(4)}\n`,
    now: new Date('2026-12-04T07:00:00Z'),
  },
  links,
);

const cases: [string, OutgoingMail][] = [
  ['a brief: HTML and text, non-ASCII subject and body, long lines, List-Unsubscribe headers', { to: 'zoe@example.test', ...brief }],
  ['short ASCII text only (7bit)', { to: 'ada@example.test', subject: 'Reset your password', text: 'Open https://ordo.example/r/abc to choose a new one.' }],
  ['text mostly outside Latin (base64)', { to: 'taro@example.test', subject: '今日のブリーフ', text: '今日は三つのタスクがあります。\n明日は会議です。', messageId: '<x.1@ordo.example>' }],
];

describe('composeMessage', () => {
  it.each(cases)('composes what nodemailer composes: %s', async (_name, mail) => {
    const ours = composeMessage(FROM, mail);
    expect(normalised(ours)).toBe(normalised(await nodemailerMessage(mail)));
  });

  it('reads back as the mail it was given', async () => {
    const mail: OutgoingMail = { to: 'zoe@example.test', ...brief };
    const parsed = await simpleParser(Buffer.from(composeMessage(FROM, mail), 'latin1'));
    expect(parsed.subject).toBe(brief.subject);
    expect(parsed.from?.value).toEqual([{ name: 'Ordo Briefs', address: 'briefs@example.test' }]);
    expect(parsed.to && 'text' in parsed.to ? parsed.to.text : '').toBe('zoe@example.test');
    expect(parsed.messageId).toBe(brief.messageId);
    expect(parsed.text).toBe(brief.text);
    expect(parsed.html).toBe(brief.html);
    const header = (key: string) => parsed.headerLines.find((line) => line.key === key)?.line.replace(/\r\n(?=[ \t])/g, '');
    expect(header('list-unsubscribe')).toBe(`List-Unsubscribe: ${brief.headers['List-Unsubscribe']}`);
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
  });
});
