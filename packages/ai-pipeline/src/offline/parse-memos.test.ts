import { describe, expect, it } from 'vitest';
import { rememberedPerParse, rememberedPerParseIn, startParseMemos } from './parse-memos.ts';

describe('answers remembered for one parse', () => {
  it('reads a text once until the next parse starts, then reads it again', () => {
    const read: string[] = [];
    const shout = rememberedPerParse((text: string) => {
      read.push(text);
      return text.toUpperCase();
    });
    expect([shout('call mum'), shout('call mum'), shout('pay rent')]).toEqual(['CALL MUM', 'CALL MUM', 'PAY RENT']);
    expect(read).toEqual(['call mum', 'pay rent']);
    startParseMemos();
    expect(shout('call mum')).toBe('CALL MUM');
    expect(read).toEqual(['call mum', 'pay rent', 'call mum']);
  });

  it('remembers a false or null answer as well as any other', () => {
    let reads = 0;
    const never = rememberedPerParse((_: string) => {
      reads++;
      return false;
    });
    const nothing = rememberedPerParse((_: string) => {
      reads++;
      return null;
    });
    never('x');
    never('x');
    nothing('y');
    nothing('y');
    expect(reads).toBe(2);
  });

  it('reads a text once in a setting, again in another setting or with other arguments, and again in the next parse', () => {
    const read: string[] = [];
    const count = rememberedPerParseIn(
      (text: string, [words]: readonly [readonly string[]], bonus: number) => {
        read.push(`${text} ${bonus}`);
        return words.filter((word) => word === text).length + bonus;
      },
      (bonus) => String(bonus),
    );
    const list = ['milk', 'eggs', 'milk'];
    expect([count('milk', [list], 0), count('milk', [list], 0), count('milk', [list], 1)]).toEqual([2, 2, 3]);
    expect(read).toEqual(['milk 0', 'milk 1']);
    // Another list of the same words is another setting: what was read against the first is not taken for it.
    expect(count('milk', [['milk']], 0)).toBe(1);
    expect(count('milk', [list], 0)).toBe(2);
    expect(read).toEqual(['milk 0', 'milk 1', 'milk 0', 'milk 0']);
    startParseMemos();
    count('milk', [list], 1);
    expect(read.at(-1)).toBe('milk 1');
    expect(read).toHaveLength(5);
  });
});
