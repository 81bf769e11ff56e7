import { type StripeFake, type StripeFakeEvent, startStripeFake, stripeEnv } from '@ordo/billing/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from './web-server.ts';

// POST /webhooks/stripe on the built app: events signed by the fake with the SDK's test-header helper.

let fake: StripeFake;
let server: WebServer;

beforeAll(async () => {
  fake = await startStripeFake();
  server = await startWebServer(stripeEnv(fake));
  fake.webhookUrl = `${server.origin}/webhooks/stripe`;
});

afterAll(async () => {
  await server?.stop();
  await fake?.close();
});

/** A fresh subscription at the fake and the three events its checkout made. */
async function checkoutEvents(): Promise<StripeFakeEvent[]> {
  const stripeCustomer = await fetch(`${fake.url}/v1/customers`, { method: 'POST', headers: { authorization: `Bearer ${fake.secretKey}` } });
  const customer = (await stripeCustomer.json()) as { id: string };
  const form = new URLSearchParams({ mode: 'subscription', customer: customer.id, 'line_items[0][price]': fake.prices.month, success_url: 'http://app.test/ok' });
  const created = await fetch(`${fake.url}/v1/checkout/sessions`, { method: 'POST', headers: { authorization: `Bearer ${fake.secretKey}` }, body: form });
  const session = (await created.json()) as { id: string };
  return (await fake.completeCheckout(session.id)).events;
}

const storedEvents = (id: string) => server.database.db.sql<{ id: string; type: string }[]>`select id, type from public.stripe_events where id = ${id}`;
const jobsFor = (id: string) =>
  server.database.db.sql<{ job_type: string; payload: unknown }[]>`
    select job_type, payload from public.queue_jobs where job_type = 'billing.stripe_event' and payload->>'event_id' = ${id}`;

describe('the Stripe webhook', () => {
  it('stores a verified event and enqueues one job; a redelivery is acknowledged and enqueues nothing', async () => {
    const [event] = (await checkoutEvents()) as [StripeFakeEvent];
    const first = await fake.deliver(event);
    expect(first.status).toBe(200);
    expect(JSON.parse(first.body)).toEqual({ received: true, handled: true, duplicate: false });
    expect(await storedEvents(event.id)).toEqual([{ id: event.id, type: 'customer.subscription.created' }]);
    const [stored] = await server.database.db.sql<{ payload: { data: { object: { id: string } }; api_version: string } }[]>`
      select payload from public.stripe_events where id = ${event.id}`;
    expect(stored?.payload.data.object.id).toBe(event.data.object.id);
    expect(stored?.payload.api_version).toBe(event.api_version);

    const again = await fake.deliver(event);
    expect(again.status).toBe(200);
    expect(JSON.parse(again.body)).toMatchObject({ duplicate: true });
    expect(await jobsFor(event.id)).toEqual([{ job_type: 'billing.stripe_event', payload: { event_id: event.id } }]);
  });

  it('refuses a tampered body, a foreign secret and a signature older than 300 s with 400, storing nothing', async () => {
    const [, invoicePaid, completed] = (await checkoutEvents()) as [StripeFakeEvent, StripeFakeEvent, StripeFakeEvent];
    const tampered = await fake.deliver(invoicePaid, { body: JSON.stringify({ ...invoicePaid, type: 'invoice.payment_failed' }) });
    const forged = await fake.deliver(invoicePaid, { secret: 'whsec_someone_else' });
    const old = await fake.deliver(completed, { timestamp: Math.floor(Date.now() / 1000) - 301 });
    expect([tampered.status, forged.status, old.status]).toEqual([400, 400, 400]);
    expect(tampered.body).toMatch(/signature verification failed/);
    expect(await storedEvents(invoicePaid.id)).toEqual([]);
    expect(await storedEvents(completed.id)).toEqual([]);
    expect(await jobsFor(invoicePaid.id)).toEqual([]);
    expect(await jobsFor(completed.id)).toEqual([]);

    const unsigned = await fetch(`${server.origin}/webhooks/stripe`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(completed) });
    expect(unsigned.status).toBe(400);
    // A signature made within the tolerance is accepted.
    expect((await fake.deliver(completed, { timestamp: Math.floor(Date.now() / 1000) - 200 })).status).toBe(200);
    expect(await storedEvents(completed.id)).toHaveLength(1);
  });

  it('acknowledges event types Ordo does not act on without storing them', async () => {
    const event: StripeFakeEvent = {
      ...((await checkoutEvents())[0] as StripeFakeEvent),
      id: `evt_other_${Date.now()}`,
      type: 'customer.updated',
    };
    const answer = await fake.deliver(event);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ received: true, handled: false });
    expect(await storedEvents(event.id)).toEqual([]);
  });
});
