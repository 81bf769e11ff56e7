import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stripeClientOptions } from '../stripe-client.ts';
import { stripeEndpoint } from '../billing-config.ts';
import { type StripeFake, startStripeFake } from './stripe-fake.ts';

// The fake against the real SDK, configured as Ordo configures it (host, port, protocol).
let fake: StripeFake;
let stripe: Stripe;

beforeAll(async () => {
  fake = await startStripeFake();
  stripe = new Stripe(
    fake.secretKey,
    stripeClientOptions({
      secretKey: fake.secretKey,
      webhookSecret: fake.webhookSecret,
      proPrices: fake.prices,
      endpoint: stripeEndpoint(fake.url),
    }),
  );
});

afterAll(() => fake.close());

describe('the Stripe fake, through the stripe SDK', () => {
  it('creates customers from bracketed form bodies and answers the same object for the same idempotency key', async () => {
    const first = await stripe.customers.create({ email: 'a@example.test', metadata: { user_id: 'u1' } }, { idempotencyKey: 'key-1' });
    const again = await stripe.customers.create({ email: 'a@example.test', metadata: { user_id: 'u1' } }, { idempotencyKey: 'key-1' });
    expect(first.id).toMatch(/^cus_/);
    expect(again.id).toBe(first.id);
    expect(first.metadata).toEqual({ user_id: 'u1' });
    const seen = fake.requests.filter((request) => request.idempotencyKey === 'key-1');
    expect(seen.map((request) => request.replayed)).toEqual([false, true]);
    expect(seen[0]?.params).toEqual({ email: 'a@example.test', metadata: { user_id: 'u1' } });
    expect(seen[0]?.stripeVersion).toBe('2026-10-28.endive');
  });

  it('refuses a reused idempotency key with other parameters, in Stripe error shape', async () => {
    await stripe.customers.create({ email: 'b@example.test' }, { idempotencyKey: 'key-2' });
    const error = await stripe.customers.create({ email: 'c@example.test' }, { idempotencyKey: 'key-2' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
    expect((error as Stripe.errors.StripeError).message).toMatch(/same parameters/);
  });

  it('answers an unknown price with resource_missing naming the parameter, and a wrong key with 401', async () => {
    const customer = await stripe.customers.create({});
    const error = (await stripe.checkout.sessions
      .create({ mode: 'subscription', customer: customer.id, line_items: [{ price: 'price_nope', quantity: 1 }], success_url: 'http://x/ok' })
      .catch((caught: unknown) => caught)) as Stripe.errors.StripeError;
    expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(error).toMatchObject({ statusCode: 404, code: 'resource_missing', param: 'line_items[0][price]' });
    const stranger = new Stripe('sk_test_wrong', { ...stripeClientOptions({ secretKey: '', webhookSecret: '', proPrices: fake.prices, endpoint: stripeEndpoint(fake.url) }), maxNetworkRetries: 0 });
    await expect(stranger.customers.create({})).rejects.toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
  });

  it('completes a checkout into a subscription the SDK can retrieve, and makes its events', async () => {
    const customer = await stripe.customers.create({});
    const session = await stripe.checkout.sessions.create({
      mode: 'subscription',
      customer: customer.id,
      client_reference_id: 'user-1',
      line_items: [{ price: fake.prices.year, quantity: 1 }],
      subscription_data: { metadata: { user_id: 'user-1' } },
      success_url: 'http://app.test/ok?session={CHECKOUT_SESSION_ID}',
    });
    expect(session.url).toBe(`${fake.url}/c/pay/${session.id}`);
    const { subscription, events } = await fake.completeCheckout(session.id);
    expect(events.map((event) => event.type)).toEqual(['customer.subscription.created', 'invoice.paid', 'checkout.session.completed']);
    const fetched = await stripe.subscriptions.retrieve(subscription.id);
    expect(fetched).toMatchObject({ status: 'active', customer: customer.id, metadata: { user_id: 'user-1' } });
    expect(fetched.items.data[0]?.price.recurring?.interval).toBe('year');
    expect((await stripe.checkout.sessions.retrieve(session.id)).subscription).toBe(subscription.id);
    const portal = await stripe.billingPortal.sessions.create({ customer: customer.id, return_url: 'http://app.test/back' });
    expect(portal.url).toMatch(new RegExp(`^${fake.url}/p/session/bps_`));
    await expect(stripe.subscriptions.retrieve('sub_missing')).rejects.toMatchObject({ statusCode: 404, code: 'resource_missing' });
  });

  it('posts events signed so that constructEvent accepts them, and tampered or old ones not', async () => {
    const received: { body: string; signature: string }[] = [];
    const receiver = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => {
        body += chunk.toString('utf8');
      });
      request.on('end', () => {
        received.push({ body, signature: String(request.headers['stripe-signature']) });
        response.end('ok');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    fake.webhookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/`;
    try {
      const event = fake.events[0];
      if (!event) throw new Error('no event yet');
      await fake.deliver(event);
      await fake.deliver(event, { body: JSON.stringify({ ...event, type: 'invoice.paid' }) });
      await fake.deliver(event, { timestamp: Math.floor(Date.now() / 1000) - 301 });
      const [good, tampered, old] = received as [(typeof received)[0], (typeof received)[0], (typeof received)[0]];
      expect(stripe.webhooks.constructEvent(good.body, good.signature, fake.webhookSecret).id).toBe(event.id);
      expect(() => stripe.webhooks.constructEvent(tampered.body, tampered.signature, fake.webhookSecret)).toThrow(/signature/i);
      expect(() => stripe.webhooks.constructEvent(old.body, old.signature, fake.webhookSecret)).toThrow(/tolerance/);
      expect(fake.deliveries).toHaveLength(3);
    } finally {
      fake.webhookUrl = null;
      await new Promise((resolve) => receiver.close(resolve));
    }
  });
});
