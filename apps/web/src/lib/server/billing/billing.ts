import { type BillingDeps, billingDeps as depsFromEnv } from '@ordo/billing';
import { error } from '@sveltejs/kit';
import { notFound } from '../api/errors.ts';
import { config } from '../config.ts';

let deps: BillingDeps | null | undefined;

/** The process's billing dependencies; null unless ENABLE_STRIPE (then nothing about billing shows or calls Stripe). */
export function billingDeps(): BillingDeps | null {
  deps ??= depsFromEnv(config());
  return deps;
}

export function billingEnabled(): boolean {
  return config().ENABLE_STRIPE;
}

/** For the billing API routes: the dependencies, or the API's 404 as if the route did not exist. */
export function requireBillingApi(): BillingDeps {
  const found = billingDeps();
  if (!found) throw notFound('route');
  return found;
}

/** For the billing page and its actions: the dependencies, or SvelteKit's 404. */
export function requireBillingPage(): BillingDeps {
  const found = billingDeps();
  if (!found) error(404, 'Not Found');
  return found;
}
