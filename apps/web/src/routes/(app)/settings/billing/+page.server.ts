import { billingIntervalSchema } from '@ordo/shared-types';
import { error, fail, redirect } from '@sveltejs/kit';
import { ApiError } from '$lib/server/api/errors.ts';
import { requireUser } from '$lib/server/auth/guard.ts';
import { requireBillingPage } from '$lib/server/billing/billing.ts';
import { getBillingSummary } from '$lib/server/billing/billing-summary.ts';
import { openPortal, startCheckout } from '$lib/server/billing/checkout.ts';
import { linkOrigin } from '$lib/server/request-origin.ts';
import { planUsageSummary } from '$lib/server/usage-limits/plan-limits.ts';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
  requireBillingPage();
  const user = requireUser(locals, url);
  const [billing, usage] = await Promise.all([getBillingSummary(user.id), planUsageSummary(user.id)]);
  if (!billing) error(404, 'Your billing record is missing');
  const checkout = url.searchParams.get('checkout');
  return { billing, usage, checkout: checkout === 'success' || checkout === 'cancelled' ? checkout : null };
}) satisfies PageServerLoad;

/** An ApiError from the billing calls (409 live subscription, 429, 503 Stripe down) as the form's message. */
function refused(caught: unknown) {
  if (caught instanceof ApiError) return fail(caught.status, { message: caught.message });
  throw caught;
}

export const actions = {
  checkout: async (event) => {
    const billing = requireBillingPage();
    const user = requireUser(event.locals, event.url);
    const interval = billingIntervalSchema.safeParse((await event.request.formData()).get('interval'));
    if (!interval.success) return fail(400, { message: 'Choose monthly or yearly billing.' });
    let url: string;
    try {
      url = await startCheckout(billing, user, interval.data, linkOrigin(event), event.locals.requestId);
    } catch (caught) {
      return refused(caught);
    }
    redirect(303, url);
  },
  portal: async (event) => {
    const billing = requireBillingPage();
    const user = requireUser(event.locals, event.url);
    let url: string;
    try {
      url = await openPortal(billing, user, linkOrigin(event), event.locals.requestId);
    } catch (caught) {
      return refused(caught);
    }
    redirect(303, url);
  },
} satisfies Actions;
