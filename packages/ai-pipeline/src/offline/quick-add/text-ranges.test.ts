import { describe, expect, it } from 'vitest';
import { matchesOf } from './text-ranges.ts';

function found(matches: Iterable<RegExpMatchArray>): [number | undefined, string[]][] {
  return [...matches].map((match) => [match.index, [...match]]);
}

describe('matchesOf', () => {
  it.each([
    [/"([^"]*)"|“([^”]*)”/g, 'say "hi" and “bye” then ""'],
    [/(?<![\p{L}\p{N}_])p([1-4])(?![\p{L}\p{N}_])/giu, 'p1 call mum P2 p5 xp3 p4'],
    [/x*/g, 'axxb'],
    [/\p{L}*/gu, 'a😀bc 😀'],
    [/(?:)/g, '😀'],
  ])('finds what matchAll finds for %s', (pattern, text) => {
    expect(found(matchesOf(pattern, text))).toEqual(found(text.matchAll(new RegExp(pattern))));
  });

  it('leaves the pattern ready for the next call, even after one that stopped early', () => {
    const pattern = /\d+/g;
    pattern.exec('12 34');
    expect(pattern.lastIndex).toBe(2);
    expect(matchesOf(pattern, '12 34').map((match) => match[0])).toEqual(['12', '34']);
    expect(pattern.lastIndex).toBe(0);
  });

  it('refuses a pattern without the global flag, as matchAll does', () => {
    expect(() => matchesOf(/\d/, '1')).toThrow(TypeError);
  });
});
