import { describe, expect, it } from 'vitest';
import { withoutLookarounds } from './lookarounds.ts';

describe('withoutLookarounds', () => {
  it('leaves out lookaheads and lookbehinds, nested ones with them', () => {
    expect(withoutLookarounds('(?<![a-z])(?:tonite|ce soir)(?![a-z])')).toBe('(?:tonite|ce soir)');
    expect(withoutLookarounds('(?:^|(?<=(?<![a-z])(?:on|by)\\s+))xmas')).toBe('(?:^|)xmas');
    expect(withoutLookarounds('segunda(?:-feira|(?<=até [a-z]+)|(?= que vem))')).toBe('segunda(?:-feira||)');
  });

  it('keeps escaped parentheses, parentheses in a class and the groups that are no lookaround', () => {
    expect(withoutLookarounds('\\(?<=x\\)(?:a)(b)(?<name>c)')).toBe('\\(?<=x\\)(?:a)(b)(?<name>c)');
    expect(withoutLookarounds('(?<![^\\s(])(?:el|le) \\d(?=\\)|$)')).toBe('(?:el|le) \\d');
    expect(withoutLookarounds('(?<=[a-z\\d)\\]]\\s)\\d+(?:st|nd)')).toBe('\\d+(?:st|nd)');
  });

  it('matches every text the pattern matches', () => {
    const patterns = [
      /(?<![a-zà-ÿ])(?:(prossim[oa]) )?(luned[iì]|venerd[iì])(?: (prossim[oa]))?(?![a-zà-ÿ])/i,
      /(?:\b(?:on )?the |(?=\d)(?<=[a-z\d'’)]\s)(?<!\b(?:my|her)\s))([12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b(?! of)/i,
      /(?<![\d.$£€])([0-2]?\d|3[01])\.(0[1-9]|1[0-2]|[1-9](?=\.)|(?<=\b(?:vor|bis)\s+\d{1,2}\.)[1-9])\.?(?![\d])/,
    ];
    const texts = ['entro venerdì', 'lunedì prossimo', 'venerdissimo', 'pay on the 3rd', "kids' dentist 28th", 'her 30th', 'bis 14.02', 'vor 10.9', 'run 10.5', '£4.5', 'the 3rd of May'];
    for (const pattern of patterns) {
      const loose = new RegExp(withoutLookarounds(pattern.source), pattern.flags);
      for (const text of texts) if (pattern.test(text)) expect(loose.test(text), `${pattern} on "${text}"`).toBe(true);
    }
  });

  it('refuses a group left open', () => {
    expect(() => withoutLookarounds('(?<=a(b)')).toThrow(SyntaxError);
  });
});
