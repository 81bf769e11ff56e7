import { z } from 'zod';

// The parts of Stripe's objects Ordo reads (API version STRIPE_API_VERSION), parsed wherever they
// come in: a webhook body, a re-fetch. Other fields pass unread; a missing one is a clear error.

/** An id, or the object it names when expanded. */
const expandable = (prefix: string) =>
  z
    .union([z.string().startsWith(prefix), z.object({ id: z.string().startsWith(prefix) })])
    .transform((value) => (typeof value === 'string' ? value : value.id));

const metadataSchema = z.record(z.string(), z.string()).nullish().transform((value) => value ?? {});

export const SUBSCRIPTION_STATUSES = ['incomplete', 'incomplete_expired', 'trialing', 'active', 'past_due', 'canceled', 'unpaid', 'paused'] as const;
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];

/** Statuses in which a subscription still bills or may bill again: a second checkout is refused. */
export const LIVE_SUBSCRIPTION_STATUSES: ReadonlySet<string> = new Set<SubscriptionStatus>(['trialing', 'active', 'past_due', 'unpaid', 'paused']);

const subscriptionItemSchema = z.object({
  price: z.object({ id: z.string(), recurring: z.object({ interval: z.string() }).nullable() }),
  // Since API version 2025-03-31 the billing period is the item's, not the subscription's.
  current_period_start: z.number().int(),
  current_period_end: z.number().int(),
});

export const stripeSubscriptionSchema = z.object({
  id: z.string().startsWith('sub_'),
  object: z.literal('subscription'),
  customer: expandable('cus_'),
  status: z.enum(SUBSCRIPTION_STATUSES),
  cancel_at_period_end: z.boolean(),
  metadata: metadataSchema,
  items: z.object({ data: z.array(subscriptionItemSchema).min(1) }),
});
export type StripeSubscription = z.output<typeof stripeSubscriptionSchema>;

export const stripeCheckoutSessionSchema = z.object({
  id: z.string().startsWith('cs_'),
  object: z.literal('checkout.session'),
  mode: z.string(),
  customer: expandable('cus_').nullable(),
  subscription: expandable('sub_').nullable(),
  client_reference_id: z.string().nullable(),
  metadata: metadataSchema,
});
export type StripeCheckoutSession = z.output<typeof stripeCheckoutSessionSchema>;

export const stripeInvoiceSchema = z.object({
  id: z.string().startsWith('in_'),
  object: z.literal('invoice'),
  customer: expandable('cus_').nullable(),
  status: z.string().nullable(),
  // Since API version 2025-03-31 an invoice names its subscription under parent.subscription_details.
  parent: z
    .object({ subscription_details: z.object({ subscription: expandable('sub_') }).nullable() })
    .nullish()
    .transform((value) => value ?? null),
});
export type StripeInvoice = z.output<typeof stripeInvoiceSchema>;

/** Every webhook event: the envelope the route stores whole; `data.object` is parsed by type when processed. */
export const stripeEventSchema = z.looseObject({
  id: z.string().regex(/^evt_[A-Za-z0-9_]{1,250}$/),
  object: z.literal('event'),
  type: z.string().min(1).max(200),
  created: z.number().int().positive(),
  livemode: z.boolean(),
  data: z.object({ object: z.record(z.string(), z.unknown()) }),
});
export type StripeEvent = z.output<typeof stripeEventSchema>;

/** The event types the billing.stripe_event job acts on; others are acknowledged and neither stored nor queued. */
export const HANDLED_STRIPE_EVENTS = [
  'checkout.session.completed',
  'customer.subscription.created',
  'customer.subscription.updated',
  'customer.subscription.deleted',
  'invoice.paid',
  'invoice.payment_failed',
] as const;
export type HandledStripeEvent = (typeof HANDLED_STRIPE_EVENTS)[number];

export function isHandledStripeEvent(type: string): type is HandledStripeEvent {
  return (HANDLED_STRIPE_EVENTS as readonly string[]).includes(type);
}
