import type { TwilioInboundSms } from '@ordo/shared-types';
import { config } from '../config.ts';
import { database } from '../db.ts';
import { optInNumber, optOutNumber } from './sms-opt-outs.ts';
import { smsKeyword } from './sms-keywords.ts';

/** Who sends these texts and how to stop them, in one GSM-7 segment where the address allows. */
export function helpReply(): string {
  const env = config();
  const where = env.PUBLIC_APP_URL_IS_SET ? ` ${new URL(env.PUBLIC_APP_URL).host}` : '';
  return `Ordo${where}: alerts and reminders you turned on in Ordo's settings. Reply STOP to stop all texts, START to get them again.`;
}

/**
 * Acts on a text someone sent to Ordo's number and says what to reply, or null for no reply.
 * STOP and its synonyms opt the sender's number out, START and its synonyms back in; Twilio
 * itself confirms both (and blocks any reply after STOP), so Ordo stays silent there. HELP and
 * INFO get who we are and how to stop. Other texts are not read by anyone: no reply.
 */
export async function answerInboundSms(message: TwilioInboundSms): Promise<string | null> {
  const keyword = smsKeyword(message.Body);
  if (!keyword) return null;
  switch (keyword.action) {
    case 'opt_out':
      await database().asService((tx) => optOutNumber(tx, message.From, 'keyword', keyword.keyword));
      return null;
    case 'opt_in':
      await database().asService((tx) => optInNumber(tx, message.From));
      return null;
    case 'help':
      return helpReply();
  }
}
