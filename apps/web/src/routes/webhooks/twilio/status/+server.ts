import { twilioMessageStatusSchema } from '@ordo/shared-types';
import { api } from '$lib/server/api/handler.ts';
import { recordMessageStatus } from '$lib/server/twilio/message-status.ts';
import { twimlResponse } from '$lib/server/twilio/twiml.ts';
import { forbidden, readTwilioParams, verifiedTwilioParams } from '$lib/server/twilio/webhook-request.ts';
import type { RequestHandler } from './$types';

// Twilio's message status callback: delivered / undelivered / failed onto the SMS delivery row.
export const POST: RequestHandler = api(async (event) => {
  const params = await verifiedTwilioParams(event);
  if (!params) return forbidden();
  await recordMessageStatus(readTwilioParams(params, twilioMessageStatusSchema));
  return twimlResponse(null);
});
