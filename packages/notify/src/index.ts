export { addressOf, type BriefMailLinks, briefMailLinks } from './brief/brief-mail-links.ts';
export { appLink, briefMarkdownToHtml, briefMarkdownToText } from './brief/brief-markdown.ts';
export {
  type BriefEmailEnvelope,
  type BriefEmailInput,
  briefEmailEnvelope,
  briefSubject,
  type RenderedBriefEmail,
  renderBriefEmail,
} from './brief/render-brief-email.ts';
export {
  createUnsubscribeToken,
  UNSUBSCRIBE_PURPOSES,
  UNSUBSCRIBE_TOKEN_DAYS,
  type UnsubscribeClaim,
  type UnsubscribePurpose,
  type UnsubscribeVerdict,
  unsubscribeKey,
  unsubscribeKeys,
  verifyUnsubscribeToken,
} from './brief/unsubscribe-token.ts';
export { createMailTransport, outboxDirectory } from './mail/mail-from-config.ts';
export type { MailTransport, OutgoingMail } from './mail/mail-transport.ts';
export { createOutboxTransport } from './mail/outbox-transport.ts';
export { composeMessage } from './mail/compose-message.ts';
export { createSmtpTransport, type SmtpOptions } from './mail/smtp-transport.ts';
export { createOutboxSmsTransport, type OutboxSms } from './sms/outbox-sms-transport.ts';
export { createSmsTransport, OUTBOX_SMS_FROM, smsOutboxFile, twilioStatusCallbackUrl } from './sms/sms-from-config.ts';
export { createTwilioSmsTransport, type TwilioSmsOptions, twilioSendError } from './sms/twilio-sms-transport.ts';
export { type OutgoingSms, type SentSms, SmsSendError, type SmsTransport } from './sms/sms-transport.ts';
export { capSmsSegments, type FitOptions, fitSms, plainSmsText, SMS_MAX_SEGMENTS, type SmsEncoding, type SmsLength, type SmsParts, smsEncoding, smsLength } from './sms/sms-text.ts';
export { createPushTransport } from './push/push-from-config.ts';
export {
  type PushPayload,
  type PushResult,
  type PushSendOptions,
  PushSendError,
  type PushSubscriptionKeys,
  type PushTransport,
} from './push/push-transport.ts';
export { createWebPushTransport, type WebPushOptions, webPushSendError } from './push/web-push-transport.ts';
