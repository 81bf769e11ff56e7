import { type BillingInterval, type Plan, PLANS } from '@ordo/shared-types';
import type { BillingConfig } from './billing-config.ts';

/** One price a plan is sold at: the plans of @ordo/shared-types joined to the price ids of the config, here only. */
export interface PlanPrice {
  plan: Plan;
  interval: BillingInterval;
  priceId: string;
}

/** Every price Checkout sells, by interval. */
export function planPrices(config: BillingConfig): Record<BillingInterval, PlanPrice> {
  return {
    month: { plan: PLANS.pro, interval: 'month', priceId: config.proPrices.month },
    year: { plan: PLANS.pro, interval: 'year', priceId: config.proPrices.year },
  };
}

/** The plan price a Stripe price id stands for, or null for a price Ordo does not sell. */
export function planPriceOf(config: BillingConfig, priceId: string): PlanPrice | null {
  return Object.values(planPrices(config)).find((price) => price.priceId === priceId) ?? null;
}
