import { describe, expect, it } from 'vitest';
import { rememberedPerParse, startParseMemos } from './parse-memos.ts';

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
});
