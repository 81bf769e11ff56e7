import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { HttpClient, signedUpClient, TEST_PASSWORD } from './http-client.ts';
import { mailsTo, VERIFICATION_SUBJECT, waitForMail } from './outbox.ts';
import { outboxOf, useWebServer } from './web-server.ts';

// After the first account (the owner's, signed in at once), every sign-up must verify its address.
const server = useWebServer();
const outbox = () => outboxOf(server.origin);
const ATTEMPT_SUBJECT = 'Someone tried to sign up to Ordo with your address';

describe('sign-up does not tell which addresses have accounts', () => {
  it('answers the API the same, status and body, for a new and a taken address, and mails the owner of the taken one', async () => {
    const existing = await signedUpClient(server.origin);
    const verificationMails = async () =>
      (await mailsTo(outbox(), existing.email)).filter((mail) => mail.subject === VERIFICATION_SUBJECT).length;
    const verificationMailsBefore = await verificationMails();
    const fresh = `user-${randomUUID()}@example.test`;
    const forNew = await new HttpClient(server.origin).post('/api/auth/signup', { email: fresh, password: TEST_PASSWORD });
    const taken = existing.email.toUpperCase();
    const forTaken = await new HttpClient(server.origin).post('/api/auth/signup', { email: taken, password: 'another password here' });
    expect(forNew.status).toBe(202);
    expect(forTaken.status).toBe(forNew.status);
    expect(forTaken.body).toEqual(forNew.body);
    expect(forTaken.headers.getSetCookie()).toEqual(forNew.headers.getSetCookie());

    const attempt = await waitForMail(outbox(), { to: existing.email, subject: ATTEMPT_SUBJECT });
    expect(attempt.text).toContain(`${server.origin}/reset-password`);
    await waitForMail(outbox(), { to: fresh, subject: VERIFICATION_SUBJECT });
    // The owner of the taken address got no verification link, and the account kept its password.
    expect(await verificationMails()).toBe(verificationMailsBefore);
    const signIn = await new HttpClient(server.origin).post('/api/auth/login', { email: existing.email, password: TEST_PASSWORD });
    expect(signIn.status).toBe(200);
  });

  it('answers the sign-up page the same for a new and a taken address', async () => {
    const existing = await signedUpClient(server.origin);
    const submit = (email: string) =>
      new HttpClient(server.origin).request<string>('POST', '/signup', { form: { email, password: TEST_PASSWORD } });
    const fresh = `user-${randomUUID()}@example.test`;
    const forNew = await submit(fresh);
    const forTaken = await submit(existing.email);
    expect(forNew.status).toBe(200);
    expect(forTaken.status).toBe(forNew.status);
    // Pages differ only in per-request CSP nonces and the address echoed back.
    const content = (body: string, email: string) => /<h1>[\s\S]*?<\/main>/.exec(body)?.[0].replaceAll(email, 'EMAIL');
    expect(content(forNew.body, fresh)).toContain('Check your email');
    expect(content(forTaken.body, existing.email)).toBe(content(forNew.body, fresh));
    await waitForMail(outbox(), { to: existing.email, subject: ATTEMPT_SUBJECT });
  });
});
