import { randomBytes } from 'node:crypto';
import { briefMailLinks, createSmtpTransport, createUnsubscribeToken, renderBriefEmail, unsubscribeKey } from '@ordo/notify';
import { type SmtpInbox, startSmtpInbox } from '@ordo/notify/testing';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PER_CLIENT_ADDRESS, useWebServer } from './web-server.ts';

// The server's key, so the test signs tokens as the worker does; and the key before a rotation.
const ENCRYPTION_KEY = randomBytes(32).toString('hex');
const ENCRYPTION_KEY_PREVIOUS = randomBytes(32).toString('hex');
const server = useWebServer({ ...PER_CLIENT_ADDRESS, ENCRYPTION_KEY, ENCRYPTION_KEY_PREVIOUS });
const FROM = 'Ordo <brief@ordo.example>';

let inbox: SmtpInbox;

beforeAll(async () => {
  inbox = await startSmtpInbox();
});

afterAll(async () => {
  await inbox?.close();
});

// A mail provider's request: its own address, no Origin, no cookies, no redirects followed.
function providerFetch(url: string, init: RequestInit = {}): Promise<Response> {
  const headers = { 'x-forwarded-for': `10.9.${randomBytes(1)[0]}.${randomBytes(1)[0]}`, ...(init.headers as Record<string, string>) };
  return fetch(url, { ...init, headers, redirect: 'manual' });
}

async function seedPerson(): Promise<{ userId: string; email: string; taskId: string; briefId: string }> {
  const { sql } = server.database.db;
  const email = `brief-${randomBytes(6).toString('hex')}@example.test`;
  const [user] = await sql<{ id: string }[]>`insert into users (email, name) values (${email}, 'Ada') returning id`;
  const userId = user?.id as string;
  const [task] = await sql<{ id: string }[]>`insert into tasks (user_id, title) values (${userId}, 'Call the bank') returning id`;
  const [brief] = await sql<{ id: string }[]>`
    insert into daily_briefs (user_id, kind, local_date, timezone, send_at, trigger, status, headline, markdown)
    values (${userId}, 'daily', '2026-12-03', 'Europe/London', '2026-12-03T07:00:00Z', 'schedule', 'ready', 'three things for today',
            ${`## Today\n\n1. [Call the bank](/tasks/${task?.id}) — due today\n2. Draft the plan\n`})
    returning id`;
  return { userId, email, taskId: task?.id as string, briefId: brief?.id as string };
}

async function emailState(userId: string) {
  const [row] = await server.database.db.sql<{ email_enabled: boolean; email_disabled_reason: string | null; email_disabled_at: Date | null }[]>`
    select email_enabled, email_disabled_reason, email_disabled_at from brief_preferences where user_id = ${userId}`;
  return row;
}

/** The brief as the worker mails it, received over SMTP and parsed. */
async function mailedBrief(person: Awaited<ReturnType<typeof seedPerson>>): Promise<ParsedMail> {
  const links = briefMailLinks({ PUBLIC_APP_URL: server.origin, ENCRYPTION_KEY, EMAIL_FROM: FROM });
  const rendered = renderBriefEmail(
    {
      briefId: person.briefId,
      userId: person.userId,
      name: 'Ada',
      localDate: '2026-12-03',
      kind: 'daily',
      headline: 'three things for today',
      markdown: `## Today\n\n1. [Call the bank](/tasks/${person.taskId}) — due today\n2. Draft the plan\n`,
      now: new Date(),
    },
    links,
  );
  const transport = createSmtpTransport({ host: '127.0.0.1', port: inbox.port, from: FROM, requireTLS: false });
  try {
    await transport.send({ to: person.email, subject: rendered.subject, text: rendered.text, html: rendered.html, messageId: rendered.messageId, headers: rendered.headers });
  } finally {
    transport.close();
  }
  return inbox.waitFor(person.email, 'Thu 3 Dec: three things for today');
}

const hrefs = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((match) => (match[1] as string).replaceAll('&#38;', '&'));
const unsubscribeUrlOf = (mail: ParsedMail) => /<(https?:[^>]+)>/.exec(mail.headerLines.find((header) => header.key === 'list-unsubscribe')?.line ?? '')?.[1] as string;

async function expectRealRoute(url: string): Promise<void> {
  const response = await providerFetch(url);
  const landed = response.status === 200 || (response.status >= 300 && response.status < 400 && (response.headers.get('location') ?? '').startsWith('/login'));
  expect(landed, `${url} answered ${response.status} ${response.headers.get('location') ?? ''}`).toBe(true);
}

describe('the brief email against the built app', () => {
  it('has both parts, the RFC 8058 headers and its Message-ID, and every link but the brief page is a real route', async () => {
    const person = await seedPerson();
    const mail = await mailedBrief(person);
    expect(mail.messageId).toBe(`<brief.${person.briefId}@127.0.0.1>`);
    expect(mail.text).toContain(`Call the bank (${server.origin}/tasks/${person.taskId})`);
    expect(mail.headerLines.find((header) => header.key === 'list-unsubscribe-post')?.line).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(mail.headerLines.find((header) => header.key === 'list-unsubscribe')?.line).toContain('<mailto:brief@ordo.example?subject=unsubscribe>');
    const links = hrefs(mail.html || '');
    expect(links).toEqual(
      expect.arrayContaining([
        `${server.origin}/tasks/${person.taskId}`,
        `${server.origin}/briefs/${person.briefId}`,
        `${server.origin}/settings`,
        unsubscribeUrlOf(mail),
      ]),
    );
    for (const link of links.filter((href) => !href.includes('/briefs/'))) {
      expect(link.startsWith(`${server.origin}/`)).toBe(true);
      await expectRealRoute(link);
    }
    // Opening the unsubscribe link changes nothing: only the button (or a one-click POST) does.
    expect(await emailState(person.userId)).toMatchObject({ email_enabled: true });
  });

  // /briefs/[id] is the Briefs page branch's route: this passes once that branch is merged.
  it("links to the brief's own page, a real route", async () => {
    const person = await seedPerson();
    const mail = await mailedBrief(person);
    const brief = hrefs(mail.html || '').find((href) => href.includes('/briefs/')) as string;
    expect(brief).toBe(`${server.origin}/briefs/${person.briefId}`);
    await expectRealRoute(brief);
  });
});

describe('unsubscribe', () => {
  it('shows a page with one button that works without signing in', async () => {
    const person = await seedPerson();
    const url = unsubscribeUrlOf(await mailedBrief(person));
    const page = await providerFetch(url);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Stop brief emails?');
    expect(html.match(/<button/g)).toHaveLength(1);
  });

  it('turns brief emails off on the one-click POST from a mail provider, and again changes nothing', async () => {
    const person = await seedPerson();
    const url = unsubscribeUrlOf(await mailedBrief(person));
    const oneClick = () =>
      providerFetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    const first = await oneClick();
    expect(first.status).toBe(200);
    const off = await emailState(person.userId);
    expect(off).toMatchObject({ email_enabled: false, email_disabled_reason: 'unsubscribed' });
    expect(off?.email_disabled_at).toBeInstanceOf(Date);

    const again = await oneClick();
    expect(again.status).toBe(200);
    expect(await emailState(person.userId)).toEqual(off);
  });

  it("unsubscribes from the page's button in a browser, and says so", async () => {
    const person = await seedPerson();
    const url = unsubscribeUrlOf(await mailedBrief(person));
    const response = await providerFetch(url, {
      method: 'POST',
      headers: { origin: server.origin, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('You are unsubscribed');
    expect(await emailState(person.userId)).toMatchObject({ email_enabled: false, email_disabled_reason: 'unsubscribed' });
  });

  it('accepts the one-click POST as multipart/form-data too (RFC 8058 allows either)', async () => {
    const person = await seedPerson();
    const url = unsubscribeUrlOf(await mailedBrief(person));
    const body = new FormData();
    body.set('List-Unsubscribe', 'One-Click');
    const response = await providerFetch(url, { method: 'POST', body });
    expect(response.status).toBe(200);
    expect(await emailState(person.userId)).toMatchObject({ email_enabled: false, email_disabled_reason: 'unsubscribed' });
  });

  it('honours a link mailed before the key was rotated (signed with ENCRYPTION_KEY_PREVIOUS)', async () => {
    const person = await seedPerson();
    const beforeRotation = createUnsubscribeToken(
      { userId: person.userId, purpose: 'brief-email', expiresAt: new Date(Date.now() + 86_400_000) },
      unsubscribeKey(ENCRYPTION_KEY_PREVIOUS),
    );
    const response = await providerFetch(`${server.origin}/unsubscribe/${beforeRotation}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(response.status).toBe(200);
    expect(await emailState(person.userId)).toMatchObject({ email_enabled: false, email_disabled_reason: 'unsubscribed' });
  });

  it('answers a tampered, malformed or expired token with 400 and a clear message, changing nothing', async () => {
    const person = await seedPerson();
    const url = unsubscribeUrlOf(await mailedBrief(person));
    const token = url.slice(url.lastIndexOf('/') + 1);
    const key = unsubscribeKey(ENCRYPTION_KEY);
    const otherUser = token.replace(person.userId, '00000000-0000-4000-8000-000000000000');
    const expired = createUnsubscribeToken({ userId: person.userId, purpose: 'brief-email', expiresAt: new Date(Date.now() - 60_000) }, key);
    const cases: [string, RegExp][] = [
      [otherUser, /not one Ordo sent/],
      [`${token.slice(0, -4)}AAAA`, /not one Ordo sent/],
      ['not-a-token', /incomplete or damaged/],
      [expired, /has expired/],
    ];
    for (const [bad, message] of cases) {
      const target = `${server.origin}/unsubscribe/${bad}`;
      const shown = await providerFetch(target);
      expect(shown.status).toBe(400);
      expect(await shown.text()).toMatch(message);
      const posted = await providerFetch(target, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
      expect(posted.status).toBe(400);
      expect(await posted.text()).toMatch(message);
    }
    expect(await emailState(person.userId)).toMatchObject({ email_enabled: true, email_disabled_reason: null, email_disabled_at: null });
  });
});
