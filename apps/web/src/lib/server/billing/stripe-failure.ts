import { busy } from '../api/errors.ts';
import { log } from '../logger.ts';

/**
 * Runs a call to Stripe; a failure the SDK could not retry away becomes the API's 503 (try again),
 * logged with Stripe's request id and type, never the key.
 */
export async function callStripe<T>(what: string, requestId: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const { type, code, statusCode, requestId: stripeRequestId, message } = (error ?? {}) as Record<string, unknown>;
    if (typeof type !== 'string' || !type.startsWith('Stripe')) throw error;
    log().error({ requestId, stripe: { type, code, statusCode, requestId: stripeRequestId, message } }, `Stripe ${what} failed`);
    throw busy(`Stripe could not ${what} just now; try again in a moment`);
  }
}
