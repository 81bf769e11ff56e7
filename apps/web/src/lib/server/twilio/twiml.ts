import twilio from 'twilio';

/** A TwiML answer to a webhook: one reply message, or none (an empty <Response/>). */
export function twimlResponse(reply: string | null): Response {
  const response = new twilio.twiml.MessagingResponse();
  if (reply !== null) response.message(reply);
  return new Response(response.toString(), {
    headers: { 'content-type': 'text/xml; charset=utf-8', 'cache-control': 'no-store' },
  });
}
