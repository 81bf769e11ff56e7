import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { STRIPE_API_VERSION } from '../stripe-client.ts';
import { type FormValue, parseStripeForm } from './form-params.ts';

/**
 * A loopback stand-in for Stripe's REST API and its hosted pages, speaking the wire format closely
 * enough that the real `stripe` SDK works against it unchanged (point it here with
 * STRIPE_API_BASE_URL): form-encoded bodies with brackets, `Idempotency-Key` honoured (the same key
 * and body answer the same object again; the same key with another body is Stripe's
 * idempotency_error), errors in Stripe's JSON shape. Covers customers, Checkout Sessions, billing
 * portal sessions, subscriptions and invoices. Tests drive "what happens at Stripe" (a payment, a
 * failed renewal, a cancellation) through the methods below, which make the events Stripe would
 * send, signed with the SDK's own test-header helper; `requests` records what Ordo asked.
 */

type StripeObject = Record<string, unknown> & { id: string };

export interface StripeFakePrice {
  id: string;
  interval: 'month' | 'year';
  unitAmount: number;
}

/** One request the fake answered. */
export interface StripeFakeRequest {
  method: string;
  path: string;
  /** The form body, nested as Stripe reads it. */
  params: Record<string, FormValue>;
  idempotencyKey: string | null;
  stripeVersion: string | null;
  status: number;
  /** Answered from the idempotency store instead of doing the work again. */
  replayed: boolean;
  at: Date;
}

export interface StripeFakeEvent {
  id: string;
  object: 'event';
  api_version: string;
  created: number;
  livemode: false;
  pending_webhooks: number;
  request: { id: null; idempotency_key: null };
  type: string;
  data: { object: StripeObject; previous_attributes?: Record<string, unknown> };
}

export interface StripeFakeDelivery {
  eventId: string;
  type: string;
  status: number;
}

export interface StripeFakeOptions {
  secretKey?: string;
  webhookSecret?: string;
  prices?: StripeFakePrice[];
  /** Where events are posted (the app's /webhooks/stripe); may be set later. */
  webhookUrl?: string;
  /** Post each event as it happens (as Stripe does); off, tests deliver events themselves, in any order. */
  autoDeliver?: boolean;
}

export interface DeliverOptions {
  /** The signature's timestamp (seconds); default now. */
  timestamp?: number;
  /** Sign with another secret (a forged event). */
  secret?: string;
  /** Post this body under the signature of the event's own body (a tampered event). */
  body?: string;
}

export interface StripeFake {
  /** The origin to set as STRIPE_API_BASE_URL. */
  readonly url: string;
  readonly secretKey: string;
  readonly webhookSecret: string;
  /** Pro's price ids, for STRIPE_PRICE_PRO_MONTHLY / _YEARLY. */
  readonly prices: { month: string; year: string };
  /** Every API request answered, in order (hosted pages are not API requests). */
  readonly requests: readonly StripeFakeRequest[];
  /** Every event made, in order. */
  readonly events: readonly StripeFakeEvent[];
  /** Every webhook post made, in order. */
  readonly deliveries: readonly StripeFakeDelivery[];
  webhookUrl: string | null;
  autoDeliver: boolean;
  /** Stripe's clock in seconds: real time plus whatever advanceClock added. */
  now(): number;
  advanceClock(seconds: number): void;
  customers(): StripeObject[];
  checkoutSession(id: string): StripeObject | undefined;
  subscription(id: string): StripeObject | undefined;
  invoice(id: string): StripeObject | undefined;
  /** What pressing "Pay" on the hosted checkout page does: a paid subscription and its three events. */
  completeCheckout(sessionId: string): Promise<{ subscription: StripeObject; events: StripeFakeEvent[] }>;
  /** A renewal whose payment fails: an open invoice, the subscription past_due. */
  failRenewal(subscriptionId: string): Promise<{ invoice: StripeObject; events: StripeFakeEvent[] }>;
  /** The customer pays an open invoice (after updating their card): the subscription active again. */
  payInvoice(invoiceId: string): Promise<StripeFakeEvent[]>;
  /** Changes a subscription as the Dashboard or the portal would (customer.subscription.updated). */
  updateSubscription(subscriptionId: string, changes: { status?: string; cancel_at_period_end?: boolean; price?: string }): Promise<StripeFakeEvent>;
  /** Ends a subscription at once (customer.subscription.deleted). */
  cancelSubscription(subscriptionId: string): Promise<StripeFakeEvent>;
  /** Posts an event to webhookUrl, signed (or not quite, per options); resolves with the answer. */
  deliver(event: StripeFakeEvent, options?: DeliverOptions): Promise<{ status: number; body: string }>;
  /** A Stripe-Signature header for a body. */
  signatureHeader(payload: string, options?: { timestamp?: number; secret?: string }): string;
  /** The next `count` API requests whose path matches are answered with this status and Stripe's api_error. */
  failNext(pathPattern: RegExp, count: number, status: number): void;
  /** API requests with this method whose path matches. */
  count(method: string, pathPattern: RegExp): number;
  close(): Promise<void>;
}

const DEFAULT_PRICES: StripeFakePrice[] = [
  { id: 'price_pro_monthly', interval: 'month', unitAmount: 800 },
  { id: 'price_pro_yearly', interval: 'year', unitAmount: 8000 },
];

class StripeApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: { type: string; message: string; param?: string; code?: string },
  ) {
    super(body.message);
  }
}

const missing = (kind: string, id: string, param: string) =>
  new StripeApiError(404, { type: 'invalid_request_error', code: 'resource_missing', param, message: `No such ${kind}: '${id}'` });

const invalid = (param: string, message: string) => new StripeApiError(400, { type: 'invalid_request_error', param, message });

const text = (value: FormValue | undefined): string | undefined => (typeof value === 'string' ? value : undefined);
const record = (value: FormValue | undefined): Record<string, string> =>
  value !== undefined && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'))
    : {};

function periodEnd(start: number, interval: 'month' | 'year'): number {
  const date = new Date(start * 1000);
  if (interval === 'month') date.setUTCMonth(date.getUTCMonth() + 1);
  else date.setUTCFullYear(date.getUTCFullYear() + 1);
  return Math.floor(date.getTime() / 1000);
}

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] as string);

export async function startStripeFake(options: StripeFakeOptions = {}): Promise<StripeFake> {
  const secretKey = options.secretKey ?? `sk_test_fake_${randomBytes(12).toString('hex')}`;
  const webhookSecret = options.webhookSecret ?? `whsec_fake_${randomBytes(16).toString('hex')}`;
  const prices = new Map((options.prices ?? DEFAULT_PRICES).map((price) => [price.id, price]));
  const priceIds = {
    month: [...prices.values()].find((price) => price.interval === 'month')?.id ?? '',
    year: [...prices.values()].find((price) => price.interval === 'year')?.id ?? '',
  };
  // Only the static helpers are used (signing); no request leaves this client.
  const sdk = new Stripe(secretKey, { telemetry: false });
  const objects = new Map<string, StripeObject>();
  const idempotency = new Map<string, { fingerprint: string; status: number; body: unknown }>();
  const requests: StripeFakeRequest[] = [];
  const events: StripeFakeEvent[] = [];
  const deliveries: StripeFakeDelivery[] = [];
  const failures: { pattern: RegExp; status: number }[] = [];
  let clockOffset = 0;
  let origin = '';
  const state = { webhookUrl: options.webhookUrl ?? null, autoDeliver: options.autoDeliver ?? false };

  const now = () => Math.floor(Date.now() / 1000) + clockOffset;
  const newId = (prefix: string) => `${prefix}_${randomBytes(12).toString('base64url').replace(/[-_]/g, 'x')}`;
  const ofKind = (prefix: string) => [...objects.values()].filter((object) => object.id.startsWith(`${prefix}_`));
  const snapshot = (object: StripeObject) => structuredClone(object);

  function get(prefix: string, kind: string, id: string, param = 'id'): StripeObject {
    const found = id.startsWith(`${prefix}_`) ? objects.get(id) : undefined;
    if (!found) throw missing(kind, id, param);
    return found;
  }

  async function emit(type: string, object: StripeObject, previous?: Record<string, unknown>): Promise<StripeFakeEvent> {
    const event: StripeFakeEvent = {
      id: newId('evt'),
      object: 'event',
      api_version: STRIPE_API_VERSION,
      created: now(),
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type,
      data: { object: snapshot(object), ...(previous ? { previous_attributes: previous } : {}) },
    };
    events.push(event);
    // Stripe sends events on its own schedule, not inside the request that caused them.
    if (state.autoDeliver && state.webhookUrl) setTimeout(() => void deliver(event).catch(() => undefined), 0);
    return event;
  }

  function signatureHeader(payload: string, sign: { timestamp?: number; secret?: string } = {}): string {
    return sdk.webhooks.generateTestHeaderString({
      payload,
      secret: sign.secret ?? webhookSecret,
      ...(sign.timestamp === undefined ? {} : { timestamp: sign.timestamp }),
    });
  }

  async function deliver(event: StripeFakeEvent, how: DeliverOptions = {}): Promise<{ status: number; body: string }> {
    if (!state.webhookUrl) throw new Error('stripe fake: no webhookUrl to deliver to');
    const payload = JSON.stringify(event, null, 2);
    const answer = await fetch(state.webhookUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'user-agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
        'stripe-signature': signatureHeader(payload, how),
      },
      body: how.body ?? payload,
      signal: AbortSignal.timeout(20_000),
    });
    const body = await answer.text();
    deliveries.push({ eventId: event.id, type: event.type, status: answer.status });
    return { status: answer.status, body };
  }

  // --- Objects -------------------------------------------------------------------------------

  function createCustomer(params: Record<string, FormValue>): StripeObject {
    const customer: StripeObject = {
      id: newId('cus'),
      object: 'customer',
      created: now(),
      email: text(params.email) ?? null,
      name: text(params.name) ?? null,
      metadata: record(params.metadata),
      livemode: false,
    };
    objects.set(customer.id, customer);
    return customer;
  }

  function createCheckoutSession(params: Record<string, FormValue>): StripeObject {
    const mode = text(params.mode);
    if (mode !== 'payment' && mode !== 'subscription' && mode !== 'setup') {
      throw invalid('mode', mode === undefined ? 'Missing required param: mode.' : `Invalid mode: must be one of payment, setup, or subscription`);
    }
    const successUrl = text(params.success_url);
    if (!successUrl) throw invalid('success_url', 'Missing required param: success_url.');
    const customerId = text(params.customer);
    if (customerId !== undefined) get('cus', 'customer', customerId, 'customer');
    const items = Array.isArray(params.line_items) ? params.line_items : [];
    if (items.length === 0) throw invalid('line_items', 'Missing required param: line_items.');
    const lineItems = items.map((item, index) => {
      const priceId = text((item as Record<string, FormValue>).price) ?? '';
      const price = prices.get(priceId);
      if (!price) throw missing('price', priceId, `line_items[${index}][price]`);
      return { price, quantity: Number(text((item as Record<string, FormValue>).quantity) ?? '1') };
    });
    const subscriptionData = params.subscription_data as Record<string, FormValue> | undefined;
    const id = `cs_test_${randomBytes(24).toString('base64url').replace(/[-_]/g, 'x')}`;
    const session: StripeObject = {
      id,
      object: 'checkout.session',
      mode,
      status: 'open',
      payment_status: 'unpaid',
      customer: customerId ?? null,
      customer_email: text(params.customer_email) ?? null,
      client_reference_id: text(params.client_reference_id) ?? null,
      metadata: record(params.metadata),
      success_url: successUrl,
      cancel_url: text(params.cancel_url) ?? null,
      subscription: null,
      amount_total: lineItems.reduce((sum, item) => sum + item.price.unitAmount * item.quantity, 0),
      currency: 'usd',
      created: now(),
      expires_at: now() + 24 * 3600,
      livemode: false,
      url: `${origin}/c/pay/${id}`,
      // Not part of Stripe's answer; what completing it needs.
      _line_items: lineItems.map((item) => ({ price: item.price.id, quantity: item.quantity })),
      _subscription_metadata: record(subscriptionData?.metadata),
    };
    objects.set(id, session);
    return session;
  }

  function createPortalSession(params: Record<string, FormValue>): StripeObject {
    const customerId = text(params.customer);
    if (!customerId) throw invalid('customer', 'Missing required param: customer.');
    get('cus', 'customer', customerId, 'customer');
    const portal: StripeObject = {
      id: newId('bps'),
      object: 'billing_portal.session',
      customer: customerId,
      return_url: text(params.return_url) ?? null,
      created: now(),
      livemode: false,
      url: '',
    };
    portal.url = `${origin}/p/session/${portal.id}`;
    objects.set(portal.id, portal);
    return portal;
  }

  function subscriptionItem(priceId: string, start: number): StripeObject {
    const price = prices.get(priceId) as StripeFakePrice;
    return {
      id: newId('si'),
      object: 'subscription_item',
      price: { id: price.id, object: 'price', currency: 'usd', unit_amount: price.unitAmount, recurring: { interval: price.interval, interval_count: 1 } },
      quantity: 1,
      current_period_start: start,
      current_period_end: periodEnd(start, price.interval),
    };
  }

  function createInvoice(subscription: StripeObject, status: 'paid' | 'open', billingReason: string): StripeObject {
    const item = (subscription.items as { data: StripeObject[] }).data[0] as StripeObject;
    const amount = (item.price as { unit_amount: number }).unit_amount;
    const invoice: StripeObject = {
      id: newId('in'),
      object: 'invoice',
      customer: subscription.customer,
      status,
      billing_reason: billingReason,
      amount_due: amount,
      amount_paid: status === 'paid' ? amount : 0,
      attempt_count: 1,
      currency: 'usd',
      created: now(),
      livemode: false,
      parent: {
        type: 'subscription_details',
        quote_details: null,
        subscription_details: { subscription: subscription.id, metadata: subscription.metadata },
      },
      status_transitions: { paid_at: status === 'paid' ? now() : null },
    };
    objects.set(invoice.id, invoice);
    subscription.latest_invoice = invoice.id;
    return invoice;
  }

  async function completeCheckout(sessionId: string): Promise<{ subscription: StripeObject; events: StripeFakeEvent[] }> {
    const session = get('cs', 'checkout session', sessionId);
    if (session.status !== 'open') throw new Error(`stripe fake: checkout session ${sessionId} is ${String(session.status)}`);
    const customerId = (session.customer as string | null) ?? createCustomer({ email: (session.customer_email as string | null) ?? '' }).id;
    const start = now();
    const lines = session._line_items as { price: string }[];
    const subscription: StripeObject = {
      id: newId('sub'),
      object: 'subscription',
      customer: customerId,
      status: 'active',
      cancel_at_period_end: false,
      canceled_at: null,
      created: start,
      start_date: start,
      metadata: session._subscription_metadata as Record<string, string>,
      items: { object: 'list', data: lines.map((line) => subscriptionItem(line.price, start)), has_more: false },
      latest_invoice: null,
      livemode: false,
    };
    objects.set(subscription.id, subscription);
    const invoice = createInvoice(subscription, 'paid', 'subscription_create');
    Object.assign(session, { status: 'complete', payment_status: 'paid', subscription: subscription.id, customer: customerId });
    const made = [
      await emit('customer.subscription.created', subscription),
      await emit('invoice.paid', invoice),
      await emit('checkout.session.completed', publicView(session)),
    ];
    return { subscription, events: made };
  }

  async function updateSubscription(
    subscriptionId: string,
    changes: { status?: string; cancel_at_period_end?: boolean; price?: string },
  ): Promise<StripeFakeEvent> {
    const subscription = get('sub', 'subscription', subscriptionId);
    const previous: Record<string, unknown> = {};
    if (changes.status !== undefined) {
      previous.status = subscription.status;
      subscription.status = changes.status;
    }
    if (changes.cancel_at_period_end !== undefined) {
      previous.cancel_at_period_end = subscription.cancel_at_period_end;
      subscription.cancel_at_period_end = changes.cancel_at_period_end;
    }
    if (changes.price !== undefined) {
      if (!prices.has(changes.price)) throw new Error(`stripe fake: no price ${changes.price}`);
      previous.items = snapshot(subscription).items;
      (subscription.items as { data: StripeObject[] }).data = [subscriptionItem(changes.price, now())];
    }
    return emit('customer.subscription.updated', subscription, previous);
  }

  async function failRenewal(subscriptionId: string): Promise<{ invoice: StripeObject; events: StripeFakeEvent[] }> {
    const subscription = get('sub', 'subscription', subscriptionId);
    const item = (subscription.items as { data: StripeObject[] }).data[0] as StripeObject;
    const start = item.current_period_end as number;
    Object.assign(item, { current_period_start: start, current_period_end: periodEnd(start, (item.price as { recurring: { interval: 'month' | 'year' } }).recurring.interval) });
    const invoice = createInvoice(subscription, 'open', 'subscription_cycle');
    const failed = await emit('invoice.payment_failed', invoice);
    const updated = await updateSubscription(subscriptionId, { status: 'past_due' });
    return { invoice, events: [failed, updated] };
  }

  async function payInvoice(invoiceId: string): Promise<StripeFakeEvent[]> {
    const invoice = get('in', 'invoice', invoiceId);
    Object.assign(invoice, { status: 'paid', amount_paid: invoice.amount_due, status_transitions: { paid_at: now() } });
    const paid = await emit('invoice.paid', invoice);
    const subscriptionId = (invoice.parent as { subscription_details: { subscription: string } }).subscription_details.subscription;
    const subscription = get('sub', 'subscription', subscriptionId);
    if (subscription.status === 'active') return [paid];
    return [paid, await updateSubscription(subscriptionId, { status: 'active' })];
  }

  async function cancelSubscription(subscriptionId: string): Promise<StripeFakeEvent> {
    const subscription = get('sub', 'subscription', subscriptionId);
    Object.assign(subscription, { status: 'canceled', canceled_at: now(), ended_at: now() });
    return emit('customer.subscription.deleted', subscription);
  }

  /** A stored object as the API shows it: the fake's own bookkeeping (`_…`) left out. */
  function publicView(object: StripeObject): StripeObject {
    return Object.fromEntries(Object.entries(snapshot(object)).filter(([key]) => !key.startsWith('_'))) as StripeObject;
  }

  // --- HTTP ----------------------------------------------------------------------------------

  function apiCall(method: string, path: string, params: Record<string, FormValue>): { status: number; body: unknown } {
    const route = path.split('/').filter(Boolean);
    const [version, resource, second, third] = route;
    if (version !== 'v1') throw unrecognized(method, path);
    if (method === 'POST' && resource === 'customers' && second === undefined) return { status: 200, body: publicView(createCustomer(params)) };
    if (method === 'GET' && resource === 'customers' && second !== undefined) return { status: 200, body: publicView(get('cus', 'customer', second)) };
    if (resource === 'checkout' && second === 'sessions') {
      if (method === 'POST' && third === undefined) return { status: 200, body: publicView(createCheckoutSession(params)) };
      if (method === 'GET' && third !== undefined) return { status: 200, body: publicView(get('cs', 'checkout session', third)) };
    }
    if (method === 'POST' && resource === 'billing_portal' && second === 'sessions' && third === undefined) {
      return { status: 200, body: publicView(createPortalSession(params)) };
    }
    if (method === 'GET' && resource === 'subscriptions' && second !== undefined) return { status: 200, body: publicView(get('sub', 'subscription', second)) };
    if (method === 'GET' && resource === 'invoices' && second !== undefined) return { status: 200, body: publicView(get('in', 'invoice', second)) };
    throw unrecognized(method, path);
  }

  function unrecognized(method: string, path: string): StripeApiError {
    return new StripeApiError(404, {
      type: 'invalid_request_error',
      message: `Unrecognized request URL (${method}: ${path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`,
    });
  }

  async function handleApi(request: IncomingMessage, response: ServerResponse, url: URL): Promise<StripeFakeRequest> {
    const method = request.method ?? 'GET';
    const raw = await readBody(request);
    const params = parseStripeForm(method === 'GET' ? url.search.slice(1) : raw);
    const idempotencyKey = header(request, 'idempotency-key');
    const seen: StripeFakeRequest = {
      method,
      path: url.pathname,
      params,
      idempotencyKey,
      stripeVersion: header(request, 'stripe-version'),
      status: 0,
      replayed: false,
      at: new Date(),
    };
    const answer = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      seen.status = status;
      response.writeHead(status, { 'content-type': 'application/json', 'request-id': newId('req'), ...headers }).end(JSON.stringify(body));
      return seen;
    };
    if (header(request, 'authorization') !== `Bearer ${secretKey}`) {
      return answer(401, { error: { type: 'invalid_request_error', message: 'Invalid API Key provided: sk_test_****' } });
    }
    const failure = failures.findIndex((candidate) => candidate.pattern.test(url.pathname));
    if (failure >= 0) {
      const { status } = failures.splice(failure, 1)[0] as { status: number };
      return answer(status, { error: { type: 'api_error', message: `Injected failure ${status}` } });
    }
    const fingerprint = createHash('sha256').update(`${method} ${url.pathname}\n${raw}`).digest('hex');
    if (method === 'POST' && idempotencyKey !== null) {
      const stored = idempotency.get(idempotencyKey);
      if (stored && stored.fingerprint !== fingerprint) {
        return answer(400, {
          error: {
            type: 'idempotency_error',
            message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idempotencyKey}' if you meant to execute a different request.`,
          },
        });
      }
      if (stored) {
        seen.replayed = true;
        return answer(stored.status, stored.body, { 'idempotent-replayed': 'true', 'original-request': 'req_fake' });
      }
    }
    let status: number;
    let body: unknown;
    try {
      ({ status, body } = apiCall(method, url.pathname, params));
    } catch (error) {
      if (!(error instanceof StripeApiError)) throw error;
      status = error.status;
      body = { error: error.body };
    }
    if (method === 'POST' && idempotencyKey !== null) idempotency.set(idempotencyKey, { fingerprint, status, body });
    return answer(status, body, idempotencyKey === null ? {} : { 'idempotency-key': idempotencyKey });
  }

  function page(response: ServerResponse, status: number, title: string, body: string): void {
    response
      .writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
      .end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><main>${body}</main></body></html>`);
  }

  async function handlePage(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    await readBody(request);
    const checkout = /^\/c\/pay\/(cs_[\w]+)(\/pay)?$/.exec(url.pathname);
    if (checkout) {
      const session = objects.get(checkout[1] as string);
      if (!session) return page(response, 404, 'Not found', '<h1>This checkout session does not exist</h1>');
      if (request.method === 'POST' && checkout[2]) {
        if (session.status === 'open') await completeCheckout(session.id);
        const back = String(session.success_url).replaceAll('{CHECKOUT_SESSION_ID}', session.id);
        response.writeHead(303, { location: back }).end();
        return;
      }
      const amount = ((session.amount_total as number) / 100).toFixed(2);
      const cancel = session.cancel_url ? `<p><a href="${escapeHtml(String(session.cancel_url))}">Back</a></p>` : '';
      return page(
        response,
        200,
        'Stripe test checkout',
        `<h1>Stripe test checkout</h1><p>Total due: $${amount}</p><p>Status: ${escapeHtml(String(session.status))}</p>
<form method="post" action="/c/pay/${session.id}/pay"><button type="submit">Pay</button></form>${cancel}`,
      );
    }
    const portal = /^\/p\/session\/(bps_[\w]+)$/.exec(url.pathname);
    if (portal) {
      const session = objects.get(portal[1] as string);
      if (!session) return page(response, 404, 'Not found', '<h1>This portal session does not exist</h1>');
      const back = session.return_url ? `<p><a href="${escapeHtml(String(session.return_url))}">Return to the app</a></p>` : '';
      return page(response, 200, 'Stripe test customer portal', `<h1>Stripe test customer portal</h1><p>Customer ${escapeHtml(String(session.customer))}</p>${back}`);
    }
    return page(response, 404, 'Not found', '<h1>Not found</h1>');
  }

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', origin);
    const handled = url.pathname.startsWith('/v1/')
      ? handleApi(request, response, url).then((seen) => {
          requests.push(seen);
        })
      : handlePage(request, response, url);
    handled.catch((error: unknown) => {
      if (!response.headersSent) {
        response.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { type: 'api_error', message: String(error) } }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: origin,
    secretKey,
    webhookSecret,
    prices: priceIds,
    requests,
    events,
    deliveries,
    get webhookUrl() {
      return state.webhookUrl;
    },
    set webhookUrl(value: string | null) {
      state.webhookUrl = value;
    },
    get autoDeliver() {
      return state.autoDeliver;
    },
    set autoDeliver(value: boolean) {
      state.autoDeliver = value;
    },
    now,
    advanceClock(seconds) {
      clockOffset += seconds;
    },
    customers: () => ofKind('cus').map(publicView),
    checkoutSession: (id) => (objects.has(id) ? publicView(objects.get(id) as StripeObject) : undefined),
    subscription: (id) => (objects.has(id) ? publicView(objects.get(id) as StripeObject) : undefined),
    invoice: (id) => (objects.has(id) ? publicView(objects.get(id) as StripeObject) : undefined),
    completeCheckout,
    failRenewal,
    payInvoice,
    updateSubscription,
    cancelSubscription,
    deliver,
    signatureHeader,
    failNext(pathPattern, count, status) {
      for (let i = 0; i < count; i++) failures.push({ pattern: pathPattern, status });
    },
    count: (method, pathPattern) => requests.filter((seen) => seen.method === method && pathPattern.test(seen.path)).length,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function header(request: IncomingMessage, name: string): string | null {
  const value = request.headers[name];
  return typeof value === 'string' ? value : null;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
