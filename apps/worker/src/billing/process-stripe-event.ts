import {
  type BillingDeps,
  LIVE_SUBSCRIPTION_STATUSES,
  type StripeCheckoutSession,
  type StripeEvent,
  type StripeInvoice,
  type StripeSubscription,
  stripeCheckoutSessionSchema,
  stripeEventSchema,
  stripeInvoiceSchema,
  stripeSubscriptionSchema,
} from '@ordo/billing';
import { billingEmailOccurrence, billingSendEmailDedupKey } from '@ordo/shared-types';
import { type Db, enqueue, type Tx } from '@ordo/supabase-client';
import { z } from 'zod';
import {
  endGrace,
  type LockedAccount,
  linkCustomer,
  lockAccountOfCustomer,
  lockAccountOfUser,
  startGrace,
  writeSubscription,
} from './billing-account-rows.ts';

/** What processing one event did, stored on the event (outcome) and returned as the job's result. */
export interface StripeEventResult {
  outcome: string;
  user_id?: string;
}

/** An event that cannot be processed however often it is tried (missing, malformed). */
export class StripeEventRefused extends Error {
  override name = 'StripeEventRefused';
}

const userIdSchema = z.uuid();
const asUserId = (value: string | null | undefined) => (userIdSchema.safeParse(value).success ? (value as string) : null);

/**
 * Applies one stored Stripe event to the person's billing row, out-of-order safe: the row holds the
 * subscription as of `subscription_version` (an event's `created`), and an event's own copy of the
 * subscription is applied only when it is newer than that. An event as old as the row or older, a
 * completed checkout and invoice events re-fetch the subscription from Stripe instead, so arrival
 * order never decides the state. A failed payment starts the grace period (unless the invoice has
 * been paid since); a paid invoice newer than the failure ends it. Runs in one transaction with the
 * person's row locked, and marks the event processed there: a second run does nothing.
 */
export async function processStripeEvent(db: Db, billing: BillingDeps, eventId: string): Promise<StripeEventResult> {
  return db.asService(async (tx) => {
    const [stored] = await tx<{ payload: unknown; processed_at: Date | null; outcome: string | null }[]>`
      select payload, processed_at, outcome from public.stripe_events where id = ${eventId} for update`;
    if (!stored) throw new StripeEventRefused(`no stored Stripe event ${eventId}`);
    if (stored.processed_at) return { outcome: `already processed: ${stored.outcome ?? ''}`.trim() };
    const parsed = stripeEventSchema.safeParse(stored.payload);
    if (!parsed.success) throw new StripeEventRefused(`stored event ${eventId} is not a Stripe event: ${parsed.error.message}`);
    const result = await applyEvent(tx, billing, parsed.data);
    await tx`update public.stripe_events set processed_at = now(), outcome = ${result.outcome.slice(0, 500)} where id = ${eventId}`;
    return result;
  });
}

function dataObject<S extends z.ZodType>(event: StripeEvent, schema: S): z.output<S> {
  const parsed = schema.safeParse(event.data.object);
  if (!parsed.success) throw new StripeEventRefused(`${event.type} ${event.id}: unexpected data.object: ${parsed.error.message}`);
  return parsed.data;
}

function applyEvent(tx: Tx, billing: BillingDeps, event: StripeEvent): Promise<StripeEventResult> {
  switch (event.type) {
    case 'customer.subscription.created':
    case 'customer.subscription.updated':
    case 'customer.subscription.deleted':
      return subscriptionChanged(tx, billing, event, dataObject(event, stripeSubscriptionSchema));
    case 'checkout.session.completed':
      return checkoutCompleted(tx, billing, event, dataObject(event, stripeCheckoutSessionSchema));
    case 'invoice.paid':
    case 'invoice.payment_failed':
      return invoiceSettled(tx, billing, event, dataObject(event, stripeInvoiceSchema));
    default:
      return Promise.resolve({ outcome: `ignored: Ordo does not act on ${event.type}` });
  }
}

async function fetchSubscription(billing: BillingDeps, id: string): Promise<StripeSubscription> {
  const stripe = await billing.stripe();
  return stripeSubscriptionSchema.parse(await stripe.subscriptions.retrieve(id));
}

async function fetchInvoice(billing: BillingDeps, id: string): Promise<StripeInvoice> {
  const stripe = await billing.stripe();
  return stripeInvoiceSchema.parse(await stripe.invoices.retrieve(id));
}

/**
 * Whether this subscription may take the row's place: the row has none, holds this one, or holds
 * one that has ended. A second live subscription (two checkouts) does not replace the first.
 */
function takesThePlace(account: LockedAccount, subscriptionId: string): boolean {
  return (
    account.stripe_subscription_id === null ||
    account.stripe_subscription_id === subscriptionId ||
    !LIVE_SUBSCRIPTION_STATUSES.has(account.subscription_status ?? '')
  );
}

async function accountOfSubscription(tx: Tx, subscription: StripeSubscription): Promise<LockedAccount | undefined> {
  const byCustomer = await lockAccountOfCustomer(tx, subscription.customer);
  if (byCustomer) return byCustomer;
  const userId = asUserId(subscription.metadata.user_id);
  const byUser = userId ? await lockAccountOfUser(tx, userId) : undefined;
  // A customer other than the one linked is someone else's, whatever the metadata says.
  return byUser && (byUser.stripe_customer_id === null || byUser.stripe_customer_id === subscription.customer) ? byUser : undefined;
}

async function subscriptionChanged(tx: Tx, billing: BillingDeps, event: StripeEvent, subscription: StripeSubscription): Promise<StripeEventResult> {
  const account = await accountOfSubscription(tx, subscription);
  if (!account) return { outcome: `ignored: no person has customer ${subscription.customer}` };
  const user = { user_id: account.user_id };
  if (!takesThePlace(account, subscription.id)) {
    return { ...user, outcome: `ignored: ${subscription.id} is not the live subscription ${account.stripe_subscription_id}` };
  }
  const held = account.stripe_subscription_id === subscription.id ? account.subscription_version : null;
  if (held === null || event.created > held) {
    await writeSubscription(tx, account.user_id, subscription, event.created);
    return { ...user, outcome: `applied: ${subscription.status}` };
  }
  // As old as the state held or older: Stripe's current copy decides, and the version stays.
  const current = await fetchSubscription(billing, subscription.id);
  await writeSubscription(tx, account.user_id, current, held);
  return { ...user, outcome: `refetched: ${current.status} (event ${event.created} not newer than ${held})` };
}

async function checkoutCompleted(tx: Tx, billing: BillingDeps, event: StripeEvent, session: StripeCheckoutSession): Promise<StripeEventResult> {
  if (session.mode !== 'subscription' || session.subscription === null) return { outcome: 'ignored: not a subscription checkout' };
  const userId = asUserId(session.client_reference_id) ?? asUserId(session.metadata.user_id);
  const account = userId ? await lockAccountOfUser(tx, userId) : session.customer ? await lockAccountOfCustomer(tx, session.customer) : undefined;
  if (!account) return { outcome: `ignored: checkout ${session.id} names no person of this server` };
  const user = { user_id: account.user_id };
  if (session.customer !== null && account.stripe_customer_id !== null && account.stripe_customer_id !== session.customer) {
    return { ...user, outcome: `ignored: checkout customer ${session.customer} is not the person's ${account.stripe_customer_id}` };
  }
  if (session.customer !== null) await linkCustomer(tx, account.user_id, session.customer);
  // The session says nothing of the subscription's state: Stripe's current copy does.
  const current = await fetchSubscription(billing, session.subscription);
  if (!takesThePlace(account, current.id)) {
    return { ...user, outcome: `ignored: ${current.id} is not the live subscription ${account.stripe_subscription_id}` };
  }
  await writeSubscription(tx, account.user_id, current, Math.max(account.subscription_version ?? 0, event.created));
  return { ...user, outcome: `refetched: ${current.status} after checkout` };
}

async function invoiceSettled(tx: Tx, billing: BillingDeps, event: StripeEvent, invoice: StripeInvoice): Promise<StripeEventResult> {
  const subscriptionId = invoice.parent?.subscription_details?.subscription ?? null;
  if (invoice.customer === null || subscriptionId === null) return { outcome: 'ignored: not a subscription invoice' };
  const account = await lockAccountOfCustomer(tx, invoice.customer);
  if (!account) return { outcome: `ignored: no person has customer ${invoice.customer}` };
  const user = { user_id: account.user_id };
  // The invoice moved the subscription too (past_due, active again): take Stripe's current copy.
  const current = await fetchSubscription(billing, subscriptionId);
  const subscriptionNote = takesThePlace(account, current.id) ? `subscription ${current.status}` : 'another subscription is live';
  if (takesThePlace(account, current.id)) {
    await writeSubscription(tx, account.user_id, current, Math.max(account.subscription_version ?? 0, event.created));
  }
  const eventAt = new Date(event.created * 1000);
  if (event.type === 'invoice.paid') {
    if (account.payment_failed_at === null) return { ...user, outcome: `paid; ${subscriptionNote}` };
    // A payment older than the failure (a late delivery) does not end the grace period it started.
    if (eventAt < account.payment_failed_at) return { ...user, outcome: `paid before the failure; grace goes on; ${subscriptionNote}` };
    await endGrace(tx, account.user_id);
    return { ...user, outcome: `grace ended: paid; ${subscriptionNote}` };
  }
  const now = await fetchInvoice(billing, invoice.id);
  if (now.status === 'paid' || now.status === 'void') return { ...user, outcome: `stale: invoice ${invoice.id} is ${now.status} now; ${subscriptionNote}` };
  if (account.payment_failed_at !== null) return { ...user, outcome: `grace already running; ${subscriptionNote}` };
  const graceEndsAt = await startGrace(tx, account.user_id, eventAt);
  const payload = { user_id: account.user_id, kind: 'payment_failed', occurrence: billingEmailOccurrence(eventAt) } as const;
  await enqueue(tx, 'billing.send_email', payload, { userId: account.user_id, dedupKey: billingSendEmailDedupKey(payload) });
  return { ...user, outcome: `grace started until ${graceEndsAt.toISOString()}; ${subscriptionNote}` };
}
