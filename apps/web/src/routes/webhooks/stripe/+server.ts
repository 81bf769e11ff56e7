import { api } from '$lib/server/api/handler.ts';
import { requireBillingApi } from '$lib/server/billing/billing.ts';
import { handleStripeWebhook } from '$lib/server/billing/stripe-webhook.ts';
import type { RequestHandler } from './$types';

// Stripe's webhook: verify the signature on the raw body, store the event once, enqueue, answer.
export const POST: RequestHandler = api(async (event) => handleStripeWebhook(requireBillingApi(), event));
