export { type SmtpInbox, type SmtpInboxOptions, type SmtpRefusal, startSmtpInbox } from './smtp-inbox.ts';
export {
  startTwilioFake,
  type TwilioFake,
  type TwilioFakeFailure,
  type TwilioFakeMessage,
  type TwilioFakeOptions,
  type TwilioHold,
} from './twilio-fake.ts';
