import { checkoutInputSchema } from '@ordo/shared-types';
import { json } from '@sveltejs/kit';
import { readJson } from '$lib/server/api/body.ts';
import { api } from '$lib/server/api/handler.ts';
import { requireApiUser } from '$lib/server/auth/guard.ts';
import { requireBillingApi } from '$lib/server/billing/billing.ts';
import { startCheckout } from '$lib/server/billing/checkout.ts';
import { linkOrigin } from '$lib/server/request-origin.ts';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = api(async (event) => {
  const user = requireApiUser(event.locals);
  const billing = requireBillingApi();
  const input = await readJson(event.request, checkoutInputSchema);
  return json({ url: await startCheckout(billing, user, input.interval, linkOrigin(event), event.locals.requestId) }, { status: 201 });
});
