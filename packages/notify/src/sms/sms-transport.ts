export interface OutgoingSms {
  /** E.164. */
  to: string;
  body: string;
  /** Where the provider reports delivered / undelivered / failed (Twilio's StatusCallback). */
  statusCallback?: string;
}

export interface SentSms {
  /** The provider's message id (Twilio's SID, SM…); the outbox makes one of the same shape. */
  sid: string;
}

/**
 * A refused or failed send, classified for the queue: 'transient' (429, 5xx, network) retries with
 * backoff; 'permanent' (an invalid or unsubscribed number, …) stops. `code` is the provider's error
 * code (Twilio's, e.g. 21610 for a recipient who answered STOP), `status` its HTTP status.
 * `maybeAccepted`: the request went out but no answer came back (timeout, connection reset), so
 * the provider may have taken the message; sending it again could deliver it twice.
 */
export class SmsSendError extends Error {
  readonly maybeAccepted: boolean;

  constructor(
    message: string,
    readonly errorClass: 'transient' | 'permanent',
    readonly code: number | null,
    readonly status: number | null,
    options?: { cause?: unknown; maybeAccepted?: boolean },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'SmsSendError';
    this.maybeAccepted = options?.maybeAccepted ?? false;
  }
}

/** Where Ordo's text messages go: Twilio, or the local outbox (`<data dir>/outbox/sms.jsonl`). */
export interface SmsTransport {
  readonly kind: 'twilio' | 'outbox';
  /** The sending number (E.164), as recipients see it. */
  readonly from: string;
  send(sms: OutgoingSms): Promise<SentSms>;
}
