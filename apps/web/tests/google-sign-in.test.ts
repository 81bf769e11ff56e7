import { randomUUID } from 'node:crypto';
import { type GoogleFake, startGoogleFake } from '@ordo/google/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { googleEnv, OAuthBrowser } from './google-oauth.ts';
import { signedUpClient, TEST_PASSWORD } from './http-client.ts';
import { PER_CLIENT_ADDRESS, startWebServer, type WebServer } from './web-server.ts';

let fake: GoogleFake;
let server: WebServer;

beforeAll(async () => {
  fake = await startGoogleFake();
  server = await startWebServer({ ...PER_CLIENT_ADDRESS, ...googleEnv(fake) });
});

afterAll(async () => {
  await server?.stop();
  await fake?.close();
});

function googleAccount(overrides: { email?: string; email_verified?: boolean } = {}) {
  fake.account = { sub: String(Date.now()) + randomUUID().slice(0, 6), email: `g-${randomUUID()}@gmail.test`, email_verified: true, name: 'Gia Google', ...overrides };
  return fake.account;
}

const identities = (subject: string) =>
  server.database.db.sql<{ user_id: string; email: string }[]>`select user_id, email from oauth_identities where provider = 'google' and subject = ${subject}`;

async function me(browser: OAuthBrowser): Promise<{ email: string } | null> {
  const answer = await browser.client.get<{ user?: { email: string } }>('/api/me');
  return answer.status === 200 ? (answer.body.user ?? null) : null;
}

describe('Sign in with Google', () => {
  it('shows the button on the sign-in page', async () => {
    const page = await OAuthBrowser.fresh(server.origin).request('GET', '/login');
    expect(page.body).toContain('Sign in with Google');
    expect(page.body).toContain('action="/auth/google/sign-in"');
  });

  it('creates an account for a new Google account (address verified as Google says), then signs the same account in again', async () => {
    const account = googleAccount();
    const browser = OAuthBrowser.fresh(server.origin);
    const authorizationUrl = new URL(await browser.start('/auth/google/sign-in', { next: '/tasks' }));
    expect(authorizationUrl.searchParams.get('scope')).toBe('openid email profile');
    expect(authorizationUrl.searchParams.get('code_challenge_method')).toBe('S256');
    expect(browser.flowCookies.has('ordo_google_flow')).toBe(true);

    const back = await browser.callback(await OAuthBrowser.consent(authorizationUrl.href));
    expect(back).toMatchObject({ status: 303, location: '/tasks' });
    expect(browser.flowCookies.size).toBe(0);
    expect((await me(browser))?.email).toBe(account.email);
    const [user] = await server.database.db.sql<{ id: string; name: string; verified: boolean }[]>`
      select id, name, email_verified_at is not null as verified from users where email = ${account.email}`;
    expect(user).toMatchObject({ name: 'Gia Google', verified: true });
    expect(await identities(account.sub)).toEqual([{ user_id: user?.id, email: account.email }]);
    // No password: the account cannot be entered with one.
    expect(await server.database.db.sql`select 1 from user_credentials where user_id = ${user?.id as string}`).toHaveLength(0);

    const again = OAuthBrowser.fresh(server.origin);
    expect((await again.roundTrip('/auth/google/sign-in')).location).toBe('/dashboard');
    expect((await me(again))?.email).toBe(account.email);
    expect(await server.database.db.sql`select 1 from users where email = ${account.email}`).toHaveLength(1);
  });

  it('needs the browser that started it: the callback in another browser is refused and signs no one in', async () => {
    googleAccount();
    const starter = OAuthBrowser.fresh(server.origin);
    const callbackUrl = await OAuthBrowser.consent(await starter.start('/auth/google/sign-in'));
    const thief = OAuthBrowser.fresh(server.origin);
    const answer = await thief.callback(callbackUrl);
    expect(answer.status).toBe(400);
    expect(thief.client.cookie).toBeNull();
    expect(await identities(fake.account.sub)).toHaveLength(0);
  });

  it('links to the account with the same verified address only after that account’s password, then signs in with Google directly', async () => {
    const owner = await signedUpClient(server.origin);
    const account = googleAccount({ email: owner.email });
    const browser = OAuthBrowser.fresh(server.origin);
    const back = await browser.roundTrip('/auth/google/sign-in');
    expect(back).toMatchObject({ status: 303, location: '/login/google' });
    expect(browser.client.cookie).toBeNull();
    expect(await identities(account.sub)).toHaveLength(0);

    const confirm = await browser.request('GET', '/login/google');
    expect(confirm.body).toContain('Sign in with your password to link Google');
    expect(confirm.body).toContain(owner.email);

    // Another browser holding only the link cookie gets nowhere.
    const other = OAuthBrowser.fresh(server.origin);
    other.flowCookies.set('ordo_google_link', browser.flowCookies.get('ordo_google_link') as string);
    expect((await other.request('GET', '/login/google')).body).toContain('expired or was finished already');

    const wrong = await browser.request('POST', '/login/google', { password: 'not the password at all' });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toContain('Password is incorrect.');
    expect(browser.client.cookie).toBeNull();
    expect(await identities(account.sub)).toHaveLength(0);

    const right = await browser.request('POST', '/login/google', { password: TEST_PASSWORD });
    expect(right).toMatchObject({ status: 303, location: '/dashboard' });
    expect((await me(browser))?.email).toBe(owner.email);
    const [ownerRow] = await server.database.db.sql<{ id: string }[]>`select id from users where email = ${owner.email}`;
    expect((await identities(account.sub))[0]?.user_id).toBe(ownerRow?.id);
    expect((await browser.request('GET', '/login/google')).body).toContain('expired or was finished already');

    const later = OAuthBrowser.fresh(server.origin);
    expect((await later.roundTrip('/auth/google/sign-in')).location).toBe('/dashboard');
    expect((await me(later))?.email).toBe(owner.email);
  });

  it('never links an address Google has not verified', async () => {
    const owner = await signedUpClient(server.origin);
    const account = googleAccount({ email: owner.email, email_verified: false });
    const browser = OAuthBrowser.fresh(server.origin);
    const back = await browser.roundTrip('/auth/google/sign-in');
    expect(back).toMatchObject({ status: 303, location: '/login?google=unverified_email' });
    expect(browser.client.cookie).toBeNull();
    expect(await identities(account.sub)).toHaveLength(0);
    expect(await server.database.db.sql`select 1 from oauth_states where purpose = 'link' and google_subject = ${account.sub}`).toHaveLength(0);
    expect((await browser.request('GET', '/login?google=unverified_email')).body).toContain('Google has not verified it');
    expect((await browser.request('GET', '/login/google')).body).toContain('expired or was finished already');
  });

  it('makes an unverified account for an unverified address nobody uses', async () => {
    const account = googleAccount({ email_verified: false });
    const browser = OAuthBrowser.fresh(server.origin);
    expect((await browser.roundTrip('/auth/google/sign-in')).status).toBe(303);
    const [user] = await server.database.db.sql<{ verified: boolean }[]>`
      select email_verified_at is not null as verified from users where email = ${account.email}`;
    expect(user?.verified).toBe(false);
  });

  it('goes back to the sign-in page with a message when the person cancels at Google', async () => {
    const browser = OAuthBrowser.fresh(server.origin);
    const state = new URL(await browser.start('/auth/google/sign-in')).searchParams.get('state') as string;
    const back = await browser.request('GET', `/auth/google/callback?error=access_denied&state=${encodeURIComponent(state)}`);
    expect(back).toMatchObject({ status: 303, location: '/login?google=access_denied' });
    expect((await browser.request('GET', back.location as string)).body).toContain('Google sign-in was cancelled.');
  });
});
