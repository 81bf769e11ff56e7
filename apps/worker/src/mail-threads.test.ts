import { createLogger, loadConfig } from '@ordo/config';
import { composeMessage, renderBriefEmail, unsubscribeKey } from '@ordo/notify';
import { afterAll, describe, expect, it } from 'vitest';
import { createMailThreads } from './mail-threads.ts';

const links = { appOrigin: 'https://ordo.example', unsubscribeKey: unsubscribeKey('ab'.repeat(32)), senderAddress: 'briefs@example.test', messageIdHost: 'ordo.example' };
const log = createLogger(loadConfig({ LOG_LEVEL: 'silent' }, { localSecrets: { SUPABASE_JWT_SECRET: 's'.repeat(40), ENCRYPTION_KEY: 'cd'.repeat(32) } }), 'test');
const threads = createMailThreads(links, log);

afterAll(() => threads.close());

const input = {
  briefId: '6f1c9b8e-2d3a-4c5b-9e7f-0a1b2c3d4e5f',
  userId: '0d9e8f7a-6b5c-4d3e-8f2a-1b0c9d8e7f6a',
  name: 'Zoë Ørsted',
  localDate: '2026-12-04',
  kind: 'daily' as const,
  headline: 'Three things due today — and the report is overdue',
  markdown: '## Today\n\n- **Call the bank**\n- [Plan the trip](/tasks/1)\n- Café au lait with Zoë\n',
  now: new Date('2026-12-04T07:00:00Z'),
};

// A compose's boundary and Date differ from run to run: the rest must match byte for byte.
const normalised = (message: string) => message.replace(/^Date: .*$/m, 'Date: <date>').replace(/_NmP-[0-9a-f]+-Part_/g, '_NmP-<random>-Part_');

describe('mail threads', () => {
  it('render a brief email exactly as renderBriefEmail does here, unsubscribe link signed with the same key', async () => {
    expect(await threads.render(input)).toEqual(renderBriefEmail(input, links));
  });

  it('compose the message composeMessage composes here', async () => {
    const email = renderBriefEmail(input, links);
    const mail = { to: 'zoe@example.test', subject: email.subject, text: email.text, html: email.html, messageId: email.messageId, headers: email.headers };
    const [threaded, ...more] = await Promise.all([threads.compose('Ordo <briefs@example.test>', mail), threads.compose('Ordo <briefs@example.test>', { to: 'a@example.test', subject: 'Hi', text: 'plain' })]);
    expect(normalised(threaded as string)).toBe(normalised(composeMessage('Ordo <briefs@example.test>', mail)));
    expect(more[0]).toContain('Subject: Hi');
  });
});
