import { twilioInboundSmsSchema } from '@ordo/shared-types';
import { api } from '$lib/server/api/handler.ts';
import { answerInboundSms } from '$lib/server/twilio/inbound-sms.ts';
import { twimlResponse } from '$lib/server/twilio/twiml.ts';
import { forbidden, readTwilioParams, verifiedTwilioParams } from '$lib/server/twilio/webhook-request.ts';
import type { RequestHandler } from './$types';

// Twilio's incoming-message webhook: STOP / START / HELP, answered in TwiML.
export const POST: RequestHandler = api(async (event) => {
  const params = await verifiedTwilioParams(event);
  if (!params) return forbidden();
  return twimlResponse(await answerInboundSms(readTwilioParams(params, twilioInboundSmsSchema)));
});
