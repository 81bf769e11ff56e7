export { type BillingConfig, billingConfig, type StripeEndpoint, stripeEndpoint } from './billing-config.ts';
export { type BillingDeps, billingDeps } from './billing-deps.ts';
export { type PlanPrice, planPriceOf, planPrices } from './plan-prices.ts';
export { lazyStripeClient, STRIPE_API_VERSION, type StripeClientSource, stripeClientOptions } from './stripe-client.ts';
export { storeStripeEvent } from './stripe-events.ts';
export {
  HANDLED_STRIPE_EVENTS,
  type HandledStripeEvent,
  isHandledStripeEvent,
  LIVE_SUBSCRIPTION_STATUSES,
  type StripeCheckoutSession,
  type StripeEvent,
  type StripeInvoice,
  type StripeSubscription,
  SUBSCRIPTION_STATUSES,
  type SubscriptionStatus,
  stripeCheckoutSessionSchema,
  stripeEventSchema,
  stripeInvoiceSchema,
  stripeSubscriptionSchema,
} from './stripe-objects.ts';
