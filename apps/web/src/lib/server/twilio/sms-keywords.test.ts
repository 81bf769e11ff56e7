import { describe, expect, it } from 'vitest';
import { smsKeyword } from './sms-keywords.ts';

describe('smsKeyword', () => {
  it('reads each opt-out, opt-in and help word in any case with whitespace around it', () => {
    for (const word of ['STOP', 'stopall', 'Unsubscribe', 'cancel', 'END', 'quit', 'revoke', 'OptOut']) {
      expect(smsKeyword(` \n${word}\t `)).toEqual({ action: 'opt_out', keyword: word.toUpperCase() });
    }
    for (const word of ['start', 'YES', 'Unstop']) expect(smsKeyword(word)).toEqual({ action: 'opt_in', keyword: word.toUpperCase() });
    for (const word of ['help', 'INFO']) expect(smsKeyword(word)).toEqual({ action: 'help', keyword: word.toUpperCase() });
  });

  it('ignores a keyword inside a longer message, and anything else', () => {
    for (const body of ['please stop', 'STOP!', 'S T O P', 'stop it', 'yes please', '', '   ', 'STOPP']) expect(smsKeyword(body)).toBeNull();
  });
});
