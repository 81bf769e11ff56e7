export { addressOf, type BriefMailLinks, briefMailLinks } from './brief/brief-mail-links.ts';
export { appLink, briefMarkdownToHtml, briefMarkdownToText } from './brief/brief-markdown.ts';
export {
  type BriefEmailEnvelope,
  type BriefEmailInput,
  briefEmailEnvelope,
  briefSubject,
  type RenderedBriefEmail,
  renderBriefEmail,
  shortLocalDate,
} from './brief/render-brief-email.ts';
export {
  createUnsubscribeToken,
  UNSUBSCRIBE_PURPOSES,
  UNSUBSCRIBE_TOKEN_DAYS,
  type UnsubscribeClaim,
  type UnsubscribePurpose,
  type UnsubscribeVerdict,
  unsubscribeKey,
  verifyUnsubscribeToken,
} from './brief/unsubscribe-token.ts';
export { createMailTransport, outboxDirectory } from './mail/mail-from-config.ts';
export type { MailTransport, OutgoingMail } from './mail/mail-transport.ts';
export { createOutboxTransport } from './mail/outbox-transport.ts';
export { createSmtpTransport, type SmtpOptions } from './mail/smtp-transport.ts';
