/** What a failed send means for the next attempt: 'transient' tries again later, 'permanent' never. */
export interface SendFailure {
  errorClass: 'transient' | 'permanent';
  /** The SMTP reply code when the server gave one (550, 451, …). */
  responseCode: number | null;
  /** For the delivery row and the logs: the server's words, never credentials. */
  message: string;
}

const ERROR_MAX = 2000;

/**
 * Classifies a nodemailer error. A 5xx reply (550 no such mailbox, 554 rejected) is permanent:
 * sending again gets the same answer and harms the sender's reputation. A 4xx reply (421 busy,
 * 451 try later) and anything without a reply (connection refused or dropped, timeouts, TLS) is
 * transient. An envelope nodemailer itself refuses (no valid recipient) is permanent too.
 */
export function classifySendFailure(error: unknown): SendFailure {
  const { responseCode, code, message } = (error ?? {}) as { responseCode?: unknown; code?: unknown; message?: unknown };
  const reply = typeof responseCode === 'number' ? responseCode : null;
  const text = (typeof message === 'string' ? message : String(error)).slice(0, ERROR_MAX);
  const permanent = (reply !== null && reply >= 500 && reply < 600) || (reply === null && code === 'EENVELOPE');
  return { errorClass: permanent ? 'permanent' : 'transient', responseCode: reply, message: text };
}
