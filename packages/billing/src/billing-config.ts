import type { Env } from '@ordo/config';
import type { BillingInterval } from '@ordo/shared-types';

/** Where the Stripe SDK sends its requests: Stripe's own API, or one origin standing in for it (tests). */
export interface StripeEndpoint {
  host: string;
  port: number;
  protocol: 'http' | 'https';
}

/** Billing as configured: the keys, the Pro prices by interval, and where Stripe answers. */
export interface BillingConfig {
  secretKey: string;
  webhookSecret: string;
  /** Pro's Stripe price id for each billing interval (STRIPE_PRICE_PRO_MONTHLY / _YEARLY). */
  proPrices: Record<BillingInterval, string>;
  /** null: Stripe's own API. */
  endpoint: StripeEndpoint | null;
}

type BillingEnv = Pick<
  Env,
  'ENABLE_STRIPE' | 'STRIPE_SECRET_KEY' | 'STRIPE_WEBHOOK_SECRET' | 'STRIPE_PRICE_PRO_MONTHLY' | 'STRIPE_PRICE_PRO_YEARLY' | 'STRIPE_API_BASE_URL'
>;

/** The SDK's host, port and protocol for one http(s) origin. */
export function stripeEndpoint(baseUrl: string): StripeEndpoint {
  const url = new URL(baseUrl);
  const protocol = url.protocol === 'http:' ? 'http' : 'https';
  return { host: url.hostname, port: url.port === '' ? (protocol === 'http' ? 80 : 443) : Number(url.port), protocol };
}

/** null unless ENABLE_STRIPE is on: then nothing about billing shows, limits or calls Stripe. */
export function billingConfig(env: BillingEnv): BillingConfig | null {
  if (!env.ENABLE_STRIPE) return null;
  const { STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET, STRIPE_PRICE_PRO_MONTHLY, STRIPE_PRICE_PRO_YEARLY } = env;
  // The env schema requires all four with ENABLE_STRIPE; a caller that skipped it gets told here.
  if (!STRIPE_SECRET_KEY || !STRIPE_WEBHOOK_SECRET || !STRIPE_PRICE_PRO_MONTHLY || !STRIPE_PRICE_PRO_YEARLY) {
    throw new Error('ENABLE_STRIPE needs STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET, STRIPE_PRICE_PRO_MONTHLY and STRIPE_PRICE_PRO_YEARLY');
  }
  return {
    secretKey: STRIPE_SECRET_KEY,
    webhookSecret: STRIPE_WEBHOOK_SECRET,
    proPrices: { month: STRIPE_PRICE_PRO_MONTHLY, year: STRIPE_PRICE_PRO_YEARLY },
    endpoint: env.STRIPE_API_BASE_URL === undefined ? null : stripeEndpoint(env.STRIPE_API_BASE_URL),
  };
}
