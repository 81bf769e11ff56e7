import { config } from '../config.ts';

let hostedOrigins: string | null | undefined;

// Checkout and the customer portal live on these hosts; STRIPE_API_BASE_URL puts both on one origin (tests).
const STRIPE_HOSTED = 'https://checkout.stripe.com https://billing.stripe.com';

/**
 * The billing page's "Upgrade" and "Manage billing" post to Ordo, which answers with a redirect to
 * a Stripe-hosted page. Browsers hold that redirect to the page's CSP `form-action`, so with billing
 * on, Stripe's hosted origins (and only those) are added there.
 */
export function allowStripeHostedRedirect(response: Response): void {
  if (hostedOrigins === undefined) {
    const env = config();
    hostedOrigins = !env.ENABLE_STRIPE ? null : env.STRIPE_API_BASE_URL ? new URL(env.STRIPE_API_BASE_URL).origin : STRIPE_HOSTED;
  }
  const csp = response.headers.get('content-security-policy');
  if (!hostedOrigins || !csp?.includes('form-action ')) return;
  response.headers.set('content-security-policy', csp.replace(/form-action ([^;]*)/, `form-action $1 ${hostedOrigins}`));
}
