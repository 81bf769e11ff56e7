import { json } from '@sveltejs/kit';
import { ApiError, notFound, validationFailed } from '../api/errors.ts';
import type { PhoneOutcome } from './phones.ts';

// A text the provider could not take now is worth retrying about a minute later.
const UNSENT_RETRY_AFTER_SECONDS = 60;

/** The JSON API's answer to a phone operation: `{"phone": …}`, or its error format. */
export function phoneApiAnswer(outcome: PhoneOutcome): Response {
  switch (outcome.kind) {
    case 'ok':
      return json({ phone: outcome.phone });
    case 'invalid':
      throw validationFailed({ [outcome.field]: outcome.message });
    case 'limited':
      throw new ApiError(429, 'rate_limited', `too many codes; ask again in ${outcome.retryAfterSeconds} s`, {
        headers: { 'retry-after': String(outcome.retryAfterSeconds) },
      });
    case 'no_phone':
      throw notFound('phone');
    case 'conflict':
      throw new ApiError(409, 'conflict', outcome.message);
    case 'unsent':
      throw new ApiError(503, 'busy', outcome.message, { headers: { 'retry-after': String(UNSENT_RETRY_AFTER_SECONDS) } });
  }
}
