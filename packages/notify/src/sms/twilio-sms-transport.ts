import twilio from 'twilio';
import { z } from 'zod';
import { type OutgoingSms, type SentSms, SmsSendError, type SmsTransport } from './sms-transport.ts';

export interface TwilioSmsOptions {
  accountSid: string;
  authToken: string;
  /** E.164 sender. */
  from: string;
  /** A Twilio-compatible base URL instead of https://api.twilio.com (loopback fakes in tests). */
  apiUrl?: string;
  /** Where Twilio reports delivered / undelivered / failed, unless a message names its own. */
  statusCallback?: string;
  /** Per request; a send that takes longer fails as transient. */
  timeoutMs?: number;
}

/**
 * 429 and 5xx may pass; any other 4xx is about this message, recipient or account (21211 invalid
 * number, 21610 unsubscribed, 21614 not a mobile, 20003 bad credentials) and a retry gets the same.
 */
function classify(status: number): 'transient' | 'permanent' {
  return status === 429 || status >= 500 ? 'transient' : 'permanent';
}

const outgoingSchema = z.object({
  to: z.string().regex(/^\+[1-9]\d{6,14}$/, 'expected an E.164 number such as +15551234567'),
  body: z.string().min(1, 'must not be empty').max(1600, 'must be at most 1600 characters (Twilio\'s limit)'),
  statusCallback: z.url({ protocol: /^https?$/ }).optional(),
});

/** Connection errors that mean the request never reached Twilio; after any other, it may have. */
const NEVER_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/** Turns what the SDK threw into an SmsSendError; the auth token never appears in it. */
export function twilioSendError(error: unknown): SmsSendError {
  if (error instanceof twilio.RestException) {
    const code = typeof error.code === 'number' ? error.code : null;
    const text = error.message || `HTTP ${error.status}`;
    return new SmsSendError(
      `Twilio refused the message (HTTP ${error.status}${code === null ? '' : `, error ${code}`}): ${text}`,
      classify(error.status),
      code,
      error.status,
      { cause: error },
    );
  }
  // No answer: worth another try. Not kept as the cause: the HTTP client's error carries the
  // request, Authorization header included.
  const text = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  const neverSent = typeof code === 'string' && NEVER_SENT_CODES.has(code);
  return new SmsSendError(`Twilio could not be reached: ${text}`, 'transient', null, null, { maybeAccepted: !neverSent });
}

/** Text messages through Twilio's Messages API with the official SDK. Build one a process and reuse it. */
export function createTwilioSmsTransport(options: TwilioSmsOptions): SmsTransport {
  // The queue decides retries (with backoff, across workers): the SDK's own 429 retry stays off.
  const client = twilio(options.accountSid, options.authToken, {
    autoRetry: false,
    timeout: options.timeoutMs ?? 15_000,
    keepAlive: true,
  });
  if (options.apiUrl) client.api.baseUrl = options.apiUrl;
  return {
    kind: 'twilio',
    from: options.from,
    async send(sms: OutgoingSms): Promise<SentSms> {
      const valid = outgoingSchema.safeParse(sms);
      if (!valid.success) {
        const problems = valid.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
        throw new SmsSendError(`the message cannot be sent (${problems})`, 'permanent', null, null);
      }
      const statusCallback = sms.statusCallback ?? options.statusCallback;
      let message: { sid: string };
      try {
        message = await client.messages.create({
          to: sms.to,
          from: options.from,
          body: sms.body,
          ...(statusCallback ? { statusCallback } : {}),
        });
      } catch (error) {
        throw twilioSendError(error);
      }
      return { sid: message.sid };
    },
  };
}
