import { json } from '@sveltejs/kit';
import { notFound } from '$lib/server/api/errors.ts';
import { api } from '$lib/server/api/handler.ts';
import { requireApiUser } from '$lib/server/auth/guard.ts';
import { requireBillingApi } from '$lib/server/billing/billing.ts';
import { getBillingSummary } from '$lib/server/billing/billing-summary.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api(async ({ locals }) => {
  // Signed in first: without credentials every API route answers 401, billing on or off.
  const user = requireApiUser(locals);
  requireBillingApi();
  const billing = await getBillingSummary(user.id);
  if (!billing) throw notFound('billing account');
  return json({ billing }, { headers: { 'cache-control': 'no-store' } });
});
