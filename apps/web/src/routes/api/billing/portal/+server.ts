import { json } from '@sveltejs/kit';
import { api } from '$lib/server/api/handler.ts';
import { requireApiUser } from '$lib/server/auth/guard.ts';
import { requireBillingApi } from '$lib/server/billing/billing.ts';
import { openPortal } from '$lib/server/billing/checkout.ts';
import { linkOrigin } from '$lib/server/request-origin.ts';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = api(async (event) => {
  const user = requireApiUser(event.locals);
  const billing = requireBillingApi();
  return json({ url: await openPortal(billing, user, linkOrigin(event), event.locals.requestId) }, { status: 201 });
});
