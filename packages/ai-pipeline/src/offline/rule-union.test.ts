import { describe, expect, it } from 'vitest';
import { opensAfterNonLetter, ruleUnion } from './rule-union.ts';

describe('opensAfterNonLetter', () => {
  it('knows a word boundary and the lookbehinds that forbid a letter before', () => {
    expect(opensAfterNonLetter('\\b(?:sundown|dusk)\\b')).toBe(true);
    expect(opensAfterNonLetter('(?<![a-zà-ÿ])(?:abends|soirée)(?![a-zà-ÿ])')).toBe(true);
    expect(opensAfterNonLetter('(?<![^\\s(])(?:el|le) ([12]\\d)')).toBe(true);
    expect(opensAfterNonLetter('(?<![A-Za-zÀ-ÿ\\d.$£€])(\\d\\d)\\.(\\d\\d)')).toBe(true);
  });

  it('is not sure of a pattern that may start after a letter, or of one with alternatives at its top', () => {
    // "um7. Juli": a digit right after a letter.
    expect(opensAfterNonLetter('(?<![\\d.])(\\d)\\. juli')).toBe(false);
    expect(opensAfterNonLetter('(?:^|(?<=(?:by|on)\\s+))lantern festival')).toBe(false);
    expect(opensAfterNonLetter('\\bdusk|twilight')).toBe(false);
    expect(opensAfterNonLetter('sundown')).toBe(false);
  });

  it('reads a bar inside a group or a class as no top-level alternative', () => {
    expect(opensAfterNonLetter('\\b(?:dusk|dawn)[|]')).toBe(true);
  });
});

describe('ruleUnion', () => {
  const patterns = [
    /\b(?:by )?(?:sundown|dusk)\b/i,
    /(?<![a-zà-ÿ])(?:abends|soirée)(?![a-zà-ÿ])/i,
    /(?<![\d.])([12]\d|0?[1-9])\. (?:juli|august)(?![a-zà-ÿ])/i,
    /(?:^|(?<=(?:by|on)\s+))lantern festival(?![a-z])/i,
    /\b-week\b/i,
  ];
  const union = ruleUnion(patterns.map((pattern) => pattern.source));

  it('matches every text one of the patterns matches, wherever the match starts', () => {
    const texts = [
      'water the ferns by dusk',
      'Sundown: close the shutters',
      '(soirée) répondre à Claire',
      '3abends Müll raus',
      'Paket abholen um7. Juli',
      'lantern festival stall',
      'book the float on lantern festival',
      'the mid-week shop',
      'sort the 12-week plan',
    ];
    for (const text of texts) {
      expect(patterns.some((pattern) => pattern.test(text)), text).toBe(true);
      expect(union.test(text), text).toBe(true);
    }
  });

  it('does not try a word-opening pattern inside a word', () => {
    // Without its lookbehind "abends" would be found inside "Feierabends"; the union skips it there, as the pattern does.
    expect(patterns[1]?.test('Feierabends Bier kaufen')).toBe(false);
    expect(union.test('Feierabends Bier kaufen')).toBe(false);
    expect(union.test('the duskiest corner of the garden')).toBe(false);
  });
});
