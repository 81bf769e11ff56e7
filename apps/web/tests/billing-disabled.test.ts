import { type StripeFake, startStripeFake, stripeEnv } from '@ordo/billing/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OAuthBrowser } from './google-oauth.ts';
import { signedUpClient } from './http-client.ts';
import { PER_CLIENT_ADDRESS, startWebServer, type WebServer } from './web-server.ts';

// Every Stripe setting present, pointing at a fake, but ENABLE_STRIPE=false: billing is off.

let fake: StripeFake;
let server: WebServer;

beforeAll(async () => {
  fake = await startStripeFake();
  server = await startWebServer({ ...PER_CLIENT_ADDRESS, ...stripeEnv(fake), ENABLE_STRIPE: 'false' });
});

afterAll(async () => {
  await server?.stop();
  await fake?.close();
});

describe('with ENABLE_STRIPE=false', () => {
  it('answers 404 on every billing route and the webhook, shows nothing about billing, and never calls Stripe', async () => {
    const client = await signedUpClient(server.origin);
    expect((await client.get('/api/billing')).status).toBe(404);
    expect((await client.post('/api/billing/checkout', { interval: 'month' })).status).toBe(404);
    expect((await client.post('/api/billing/portal')).status).toBe(404);

    const browser = new OAuthBrowser(client);
    expect((await browser.request('GET', '/settings/billing')).status).toBe(404);
    expect((await browser.request('POST', '/settings/billing?/checkout', { interval: 'month' })).status).toBe(404);
    const settings = await browser.request('GET', '/settings');
    expect(settings.status).toBe(200);
    expect(settings.body).not.toContain('billing-heading');
    expect(settings.body).not.toContain('/settings/billing');

    const payload = JSON.stringify({ id: 'evt_disabled', object: 'event', type: 'invoice.paid', created: 1, livemode: false, data: { object: {} } });
    const webhook = await fetch(`${server.origin}/webhooks/stripe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'stripe-signature': fake.signatureHeader(payload) },
      body: payload,
    });
    expect(webhook.status).toBe(404);
    const [{ count } = { count: -1 }] = await server.database.db.sql<{ count: number }[]>`select count(*)::int as count from public.stripe_events`;
    expect(count).toBe(0);
    expect(fake.requests).toEqual([]);
  });
});
