import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ErrorBody, HttpClient, TEST_PASSWORD } from './http-client.ts';
import { mailsTo, VERIFICATION_SUBJECT, verificationPath, waitForMail } from './outbox.ts';
import { type SmtpInbox, startSmtpInbox } from '@ordo/notify/testing';
import { outboxOf, PER_CLIENT_ADDRESS, startWebServer, useWebServer, type WebServer } from './web-server.ts';

const newEmail = () => `user-${randomUUID()}@example.test`;
type Sent = { status: string; message: string; outbox?: string };

describe('email verification on a local install (no SMTP: mail goes to the outbox)', () => {
  const server = useWebServer();
  const outbox = () => outboxOf(server.origin);
  const signUp = (email: string, password = TEST_PASSWORD) => new HttpClient(server.origin).post<Sent>('/api/auth/signup', { email, password });
  const signIn = (email: string, password = TEST_PASSWORD) =>
    new HttpClient(server.origin).post<ErrorBody>('/api/auth/login', { email, password });

  it("signs the first account (the owner's) in at once, verified", async () => {
    const owner = new HttpClient(server.origin);
    const email = newEmail();
    const response = await owner.post('/api/auth/signup', { email, password: TEST_PASSWORD });
    expect(response.status).toBe(201);
    expect((await owner.get('/api/me')).status).toBe(200);
    expect((await mailsTo(outbox(), email)).length).toBe(0);
  });

  it('makes a later account follow the link in the outbox before it can sign in, and the link signs it in once', async () => {
    const email = newEmail();
    const response = await signUp(email);
    expect(response.status).toBe(202);
    expect(response.body).toMatchObject({ status: 'verification_sent', outbox: outbox() });
    expect(response.body.message).toContain(outbox());
    expect(response.headers.getSetCookie()).toEqual([]);

    const refused = await signIn(email);
    expect(refused.status).toBe(403);
    expect(refused.body.error.fields).toEqual({ email: 'not verified yet' });
    const wrongPassword = await signIn(email, 'not the password at all');
    expect(wrongPassword.status).toBe(401);

    const mail = await waitForMail(outbox(), { to: email, subject: VERIFICATION_SUBJECT });
    const path = verificationPath(mail);
    // Stored as a digest only.
    const token = path.split('/').at(-1) as string;
    const [stored] = await server.database.db.sql<{ n: number }[]>`
      select count(*)::int as n from public.email_verification_tokens
      where token_hash = ${createHash('sha256').update(token).digest()}
    `;
    expect(stored?.n).toBe(1);

    const browser = new HttpClient(server.origin);
    const page = await browser.get<string>(path);
    expect(page.body).toContain('Verify and sign in');
    expect(browser.cookie).toBeNull();
    const verified = await browser.request('POST', path, { form: {} });
    expect(verified.status).toBe(303);
    expect(verified.headers.get('location')).toBe('/dashboard');
    expect((await browser.get<{ user: { email: string } }>('/api/me')).body.user.email).toBe(email);

    const reused = await new HttpClient(server.origin).request<string>('POST', path, { form: {} });
    expect(reused.status).toBe(410);
    expect((await signIn(email)).status).toBe(200);
  });

  it('tells an unverified account how to get a new link on the sign-in page, and sends one (rate limited)', async () => {
    const email = newEmail();
    await signUp(email);
    const first = await waitForMail(outbox(), { to: email, subject: VERIFICATION_SUBJECT });

    const client = new HttpClient(server.origin);
    const page = await client.request<string>('POST', '/login', { form: { email, password: TEST_PASSWORD } });
    expect(page.status).toBe(403);
    expect(page.body).toContain('Verify your email address first');
    expect(page.body).toContain('Send the verification link again');

    const resent = await client.request<string>('POST', '/verify-email', { form: { email } });
    expect(resent.status).toBe(200);
    expect(resent.body).toContain('a new link is on its way');
    const second = await waitForMail(outbox(), { to: email, subject: VERIFICATION_SUBJECT, skip: new Set([first.file]) });
    expect(verificationPath(second)).not.toBe(verificationPath(first));

    const api = new HttpClient(server.origin);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 4; attempt++) statuses.push((await api.post('/api/auth/verification', { email })).status);
    // Three re-sends per (address, client): this client's count is its own, apart from the page's above.
    expect(statuses).toEqual([202, 202, 202, 429]);
  });

  it('answers a re-send the same for an unknown address, and mails nobody', async () => {
    const unverified = newEmail();
    await signUp(unverified);
    const first = await waitForMail(outbox(), { to: unverified, subject: VERIFICATION_SUBJECT });
    const unknown = newEmail();
    const forUnverified = await new HttpClient(server.origin).post('/api/auth/verification', { email: unverified });
    const forUnknown = await new HttpClient(server.origin).post('/api/auth/verification', { email: unknown });
    expect(forUnknown.status).toBe(202);
    expect(forUnknown.body).toEqual(forUnverified.body);
    expect((await new HttpClient(server.origin).post<ErrorBody>('/api/auth/verification', { email: '' })).status).toBe(400);
    // The re-send to the unverified address lands; by then a (wrong) mail to the unknown one would have too.
    await waitForMail(outbox(), { to: unverified, subject: VERIFICATION_SUBJECT, skip: new Set([first.file]) });
    expect(await mailsTo(outbox(), unknown)).toEqual([]);
  });

  it('says on the sign-up page where the outbox is', async () => {
    const response = await new HttpClient(server.origin).request<string>('POST', '/signup', {
      form: { email: newEmail(), password: TEST_PASSWORD },
    });
    expect(response.status).toBe(200);
    expect(response.body).toContain('Check your email');
    expect(response.body).toContain(outbox());
  });

  it('refuses an expired link', async () => {
    const email = newEmail();
    await signUp(email);
    const path = verificationPath(await waitForMail(outbox(), { to: email, subject: VERIFICATION_SUBJECT }));
    await server.database.db.sql`
      update public.email_verification_tokens t set expires_at = now() - interval '1 second'
      from public.users u where u.id = t.user_id and u.email = ${email}
    `;
    expect((await new HttpClient(server.origin).get<string>(path)).body).toContain('expired');
    expect((await new HttpClient(server.origin).request('POST', path, { form: {} })).status).toBe(410);
    expect((await signIn(email)).status).toBe(403);
  });

  it("lets the address's owner take over an account someone else registered with it, through a reset", async () => {
    const email = newEmail();
    // Someone registers the victim's address with their own password; it stays unverified.
    await signUp(email, 'the squatter knows this one');
    expect((await signIn(email, 'the squatter knows this one')).status).toBe(403);
    await new HttpClient(server.origin).request('POST', '/reset-password', { form: { email } });
    const mail = await waitForMail(outbox(), { to: email, subject: 'Reset your Ordo password' });
    const path = /\/reset-password\/[A-Za-z0-9_-]{43}/.exec(mail.text)?.[0] as string;
    const password = 'the owner chose this';
    expect((await new HttpClient(server.origin).request('POST', path, { form: { password, confirm_password: password } })).status).toBe(303);
    expect((await signIn(email, 'the squatter knows this one')).status).toBe(401);
    expect((await signIn(email, password)).status).toBe(200);
  });
});

describe('email verification when mail is delivered (SMTP configured)', () => {
  let inbox: SmtpInbox;
  let server: WebServer;

  beforeAll(async () => {
    inbox = await startSmtpInbox();
    server = await startWebServer({
      ...PER_CLIENT_ADDRESS,
      EMAIL_HOST: '127.0.0.1',
      EMAIL_PORT: String(inbox.port),
      // The loopback inbox offers no STARTTLS.
      EMAIL_REQUIRE_TLS: 'false',
    });
  });

  afterAll(async () => {
    await server?.stop();
    await inbox?.close();
  });

  it('makes even the first account verify its address by the mailed link', async () => {
    const email = newEmail();
    const response = await new HttpClient(server.origin).post<Sent>('/api/auth/signup', { email, password: TEST_PASSWORD });
    expect(response.status).toBe(202);
    expect(response.body.status).toBe('verification_sent');
    expect(response.body).not.toHaveProperty('outbox');
    expect((await new HttpClient(server.origin).post('/api/auth/login', { email, password: TEST_PASSWORD })).status).toBe(403);

    const mail = await inbox.waitFor(email, VERIFICATION_SUBJECT);
    const link = new RegExp(`${server.origin}/verify-email/[A-Za-z0-9_-]{43}`).exec(mail.text ?? '')?.[0];
    expect(link).toBeDefined();
    const browser = new HttpClient(server.origin);
    expect((await browser.request('POST', new URL(link as string).pathname, { form: {} })).status).toBe(303);
    expect((await browser.get('/api/me')).status).toBe(200);
  });
});
