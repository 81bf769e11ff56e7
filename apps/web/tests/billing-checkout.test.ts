import { type StripeFake, startStripeFake, stripeEnv } from '@ordo/billing/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OAuthBrowser } from './google-oauth.ts';
import type { ErrorBody } from './http-client.ts';
import { signedUpClient } from './http-client.ts';
import { PER_CLIENT_ADDRESS, startWebServer, type WebServer } from './web-server.ts';

// Checkout and the portal through the built app, with the real stripe SDK pointed (host, port,
// protocol) at the loopback Stripe.

let fake: StripeFake;
let server: WebServer;

beforeAll(async () => {
  fake = await startStripeFake();
  server = await startWebServer({ ...PER_CLIENT_ADDRESS, ...stripeEnv(fake) });
});

afterAll(async () => {
  await server?.stop();
  await fake?.close();
});

async function person() {
  const client = await signedUpClient(server.origin);
  const me = await client.get<{ user: { id: string } }>('/api/me');
  return { client, id: me.body.user.id };
}

const customerOf = async (userId: string) => {
  const [row] = await server.database.db.sql<{ stripe_customer_id: string | null }[]>`
    select stripe_customer_id from public.billing_accounts where user_id = ${userId}`;
  return row?.stripe_customer_id ?? null;
};

describe('checkout and the customer portal against the Stripe fake', () => {
  it('shows a new account on the Pro trial', async () => {
    const { client } = await person();
    const answer = await client.get<{ billing: Record<string, unknown> }>('/api/billing');
    expect(answer.status).toBe(200);
    expect(answer.body.billing).toMatchObject({ plan: { id: 'pro', name: 'Pro' }, reason: 'trial', subscription_status: null, can_upgrade: true, can_manage: false });
    const browser = new OAuthBrowser(client);
    const settings = await browser.request('GET', '/settings');
    expect(settings.body).toContain('billing-heading');
    expect(settings.body).toContain('href="/settings/billing"');
    const page = await browser.request('GET', '/settings/billing');
    expect(page.status).toBe(200);
    expect(page.body).toContain('Upgrade to Pro, monthly');
    expect(page.body).not.toContain('Manage billing');
  });

  it('creates the Stripe customer once for two checkouts at once and reuses it, with an idempotency key on every create', async () => {
    const { client, id } = await person();
    const before = fake.requests.length;
    const [monthly, yearly] = await Promise.all([
      client.post<{ url: string }>('/api/billing/checkout', { interval: 'month' }),
      client.post<{ url: string }>('/api/billing/checkout', { interval: 'year' }),
    ]);
    expect([monthly.status, yearly.status]).toEqual([201, 201]);
    const again = await client.post<{ url: string }>('/api/billing/checkout', { interval: 'month' });
    expect(again.status).toBe(201);

    const mine = fake.requests.slice(before);
    // One request at all: the second checkout waits for the first's row lock and finds its customer
    // (without the lock both would ask, and only the idempotency key would save the day).
    const customerCreates = mine.filter((request) => request.method === 'POST' && request.path === '/v1/customers');
    expect(customerCreates).toHaveLength(1);
    expect(customerCreates[0]).toMatchObject({ idempotencyKey: `ordo-customer-${id}`, params: { email: client.email, metadata: { user_id: id } } });
    const customer = await customerOf(id);
    expect(fake.customers().filter((stored) => (stored.metadata as Record<string, string>).user_id === id).map((stored) => stored.id)).toEqual([customer]);

    const sessions = mine.filter((request) => request.path === '/v1/checkout/sessions');
    expect(sessions).toHaveLength(3);
    for (const session of sessions) {
      expect(session.params).toMatchObject({
        mode: 'subscription',
        customer,
        client_reference_id: id,
        metadata: { user_id: id },
        subscription_data: { metadata: { user_id: id } },
        success_url: `${server.origin}/settings/billing?checkout=success`,
        cancel_url: `${server.origin}/settings/billing?checkout=cancelled`,
      });
    }
    expect(sessions.map((session) => (session.params.line_items as { price: string }[])[0]?.price).toSorted()).toEqual(
      [fake.prices.month, fake.prices.month, fake.prices.year].toSorted(),
    );
    const posts = mine.filter((request) => request.method === 'POST');
    expect(posts.every((request) => request.idempotencyKey !== null)).toBe(true);
    expect(new Set(sessions.map((session) => session.idempotencyKey)).size).toBe(3);
    expect(monthly.body.url).toMatch(new RegExp(`^${fake.url}/c/pay/cs_test_`));
  });

  it('opens the portal for the stored customer, and says 409 before any checkout', async () => {
    const { client, id } = await person();
    const early = await client.post<ErrorBody>('/api/billing/portal');
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('conflict');
    expect((await client.post('/api/billing/checkout', { interval: 'year' })).status).toBe(201);
    const portal = await client.post<{ url: string }>('/api/billing/portal');
    expect(portal.status).toBe(201);
    expect(portal.body.url).toMatch(new RegExp(`^${fake.url}/p/session/bps_`));
    const created = fake.requests.filter((request) => request.path === '/v1/billing_portal/sessions').at(-1);
    expect(created).toMatchObject({ params: { customer: await customerOf(id), return_url: `${server.origin}/settings/billing` } });
    expect(created?.idempotencyKey).toMatch(new RegExp(`^ordo-portal-${id}-`));
  });

  it('refuses a second subscription and names a bad interval', async () => {
    const { client, id } = await person();
    const bad = await client.post<ErrorBody>('/api/billing/checkout', { interval: 'weekly' });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields ?? {})).toEqual(['interval']);
    await server.database.db.sql`update public.billing_accounts set subscription_status = 'active' where user_id = ${id}`;
    const before = fake.requests.length;
    const second = await client.post<ErrorBody>('/api/billing/checkout', { interval: 'month' });
    expect(second.status).toBe(409);
    expect(second.body.error.message).toMatch(/already have a subscription/);
    expect(fake.requests.length).toBe(before);
  });

  it('answers 503 when Stripe keeps failing, and 401 without a session', async () => {
    const { client } = await person();
    // The SDK retries twice on a 500: three failures in a row reach the person.
    fake.failNext(/^\/v1\/customers$/, 3, 500);
    const failed = await client.post<ErrorBody>('/api/billing/checkout', { interval: 'month' });
    expect(failed.status).toBe(503);
    expect(failed.body.error.message).toMatch(/Stripe could not create the customer/);
    const anonymous = await fetch(`${server.origin}/api/billing`);
    expect(anonymous.status).toBe(401);
  });
});
