export { type SmtpInbox, type SmtpInboxOptions, type SmtpRefusal, startSmtpInbox } from './smtp-inbox.ts';
export {
  startTwilioFake,
  type TwilioFake,
  type TwilioFakeFailure,
  type TwilioFakeMessage,
  type TwilioFakeOptions,
  type TwilioHold,
} from './twilio-fake.ts';
export { type PushServiceFake, type PushServiceFakeOptions, type PushServiceMessage, startPushServiceFake, type VapidClaims } from './push-service-fake.ts';
export { createPushClient, decryptAes128gcm, type PushClient } from './web-push-client.ts';
