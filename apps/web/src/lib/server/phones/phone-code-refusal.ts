import { SmsSendError } from '@ordo/notify';
import type { PhoneOutcome } from './phones.ts';

/** Twilio's error for a recipient who answered STOP: the number is opted out, as the worker records it. */
export const TWILIO_UNSUBSCRIBED = 21610;

// Twilio's errors about the number itself, in the person's words; others are named by their code.
const NUMBER_PROBLEMS: Record<number, string> = {
  21211: 'Twilio says this is not a valid phone number',
  21408: 'Ordo cannot text numbers in this country',
  21612: 'This number cannot be reached by text message',
  21614: 'This number cannot receive text messages; enter a mobile number',
};

/**
 * What a person is told when their code could not be sent: a refusal about the number (400 at
 * the phone field, naming it), or a failure to try again after (503). Refusals of Ordo's own
 * account (bad credentials) are not the number's fault and read as a failure too.
 */
export function codeRefusalOutcome(error: unknown, from: string): PhoneOutcome {
  const unsent: PhoneOutcome = { kind: 'unsent', message: 'The text message could not be sent just now; try again in a minute' };
  if (!(error instanceof SmsSendError) || error.errorClass !== 'permanent' || error.status === 401 || error.status === 403) return unsent;
  if (error.code === TWILIO_UNSUBSCRIBED) {
    return { kind: 'invalid', field: 'phone', message: `This number has blocked texts from Ordo (it replied STOP); text START to ${from}, then try again` };
  }
  const problem = error.code === null ? undefined : NUMBER_PROBLEMS[error.code];
  return {
    kind: 'invalid',
    field: 'phone',
    message: problem ?? `Text messages cannot be sent to this number${error.code === null ? '' : ` (Twilio error ${error.code})`}`,
  };
}
