// What a thread needs to render brief emails and compose messages, and nothing that sends them:
// importing the package's index would load Twilio's and Web Push's SDKs into every mail thread.
export type { BriefMailLinks } from './brief/brief-mail-links.ts';
export { type BriefEmailInput, type RenderedBriefEmail, renderBriefEmail } from './brief/render-brief-email.ts';
export { composeMessage } from './mail/compose-message.ts';
export type { OutgoingMail } from './mail/mail-transport.ts';
