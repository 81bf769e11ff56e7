export type SmsKeywordAction = 'opt_out' | 'opt_in' | 'help';

// Twilio's own default opt-out list (REVOKE and OPTOUT included, so Ordo's record matches what
// Twilio blocks), the opt-in words it honours, and the usual help words.
const KEYWORDS: ReadonlyMap<string, SmsKeywordAction> = new Map([
  ...['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT', 'REVOKE', 'OPTOUT'].map((word) => [word, 'opt_out'] as const),
  ...['START', 'YES', 'UNSTOP'].map((word) => [word, 'opt_in'] as const),
  ...['HELP', 'INFO'].map((word) => [word, 'help'] as const),
]);

export interface SmsKeyword {
  action: SmsKeywordAction;
  /** The keyword as Ordo records it (upper case). */
  keyword: string;
}

/**
 * The keyword an incoming text is, or null. Only a message that is nothing but the keyword
 * counts, in any case and with any whitespace around it, as carriers and Twilio match them:
 * "Stop " opts out, "please stop texting" does not.
 */
export function smsKeyword(body: string): SmsKeyword | null {
  const keyword = body.trim().toUpperCase();
  const action = KEYWORDS.get(keyword);
  return action ? { action, keyword } : null;
}
