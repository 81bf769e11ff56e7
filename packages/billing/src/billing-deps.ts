import { type BillingConfig, billingConfig } from './billing-config.ts';
import { lazyStripeClient, type StripeClientSource } from './stripe-client.ts';

/** What billing code in web and worker works with; null everywhere when ENABLE_STRIPE is off. */
export interface BillingDeps {
  config: BillingConfig;
  /** The process's one Stripe client, built on first use. */
  stripe: StripeClientSource;
}

export function billingDeps(env: Parameters<typeof billingConfig>[0]): BillingDeps | null {
  const config = billingConfig(env);
  return config ? { config, stripe: lazyStripeClient(config) } : null;
}
