import type { StripeFake } from './stripe-fake.ts';

/** Env turning billing on against a Stripe fake (add PER_CLIENT_ADDRESS for HttpClient tests). */
export function stripeEnv(fake: StripeFake): Record<string, string> {
  return {
    ENABLE_STRIPE: 'true',
    STRIPE_SECRET_KEY: fake.secretKey,
    STRIPE_WEBHOOK_SECRET: fake.webhookSecret,
    STRIPE_PRICE_PRO_MONTHLY: fake.prices.month,
    STRIPE_PRICE_PRO_YEARLY: fake.prices.year,
    STRIPE_API_BASE_URL: fake.url,
  };
}
