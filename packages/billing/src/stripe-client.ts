import type Stripe from 'stripe';
import type { BillingConfig } from './billing-config.ts';

/** The Stripe API version Ordo's parsers are written against (the one stripe 23.1 pins). */
export const STRIPE_API_VERSION = '2026-10-28.endive';

// The SDK's own retries (with an idempotency key on each POST) cover a dropped connection or a 409,
// 429 or 5xx; what still fails goes back to the caller (a 502 to the person, or the queue's backoff).
const NETWORK_RETRIES = 2;
const TIMEOUT_MS = 20_000;

/** The options the SDK is built with: pinned version, retries, no telemetry, and the loopback endpoint if any. */
export function stripeClientOptions(config: BillingConfig): Stripe.StripeConfig {
  return {
    apiVersion: STRIPE_API_VERSION,
    maxNetworkRetries: NETWORK_RETRIES,
    timeout: TIMEOUT_MS,
    telemetry: false,
    appInfo: { name: 'Ordo' },
    ...(config.endpoint ?? {}),
  };
}

/** Builds the client on first use (loading the SDK takes a few hundred milliseconds), then hands out the same one. */
export type StripeClientSource = () => Promise<Stripe>;

export function lazyStripeClient(config: BillingConfig): StripeClientSource {
  let client: Promise<Stripe> | undefined;
  return () => {
    client ??= import('stripe').then(({ default: StripeSdk }) => new StripeSdk(config.secretKey, stripeClientOptions(config)));
    return client;
  };
}
