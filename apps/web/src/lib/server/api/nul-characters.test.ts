import { describe, expect, it } from 'vitest';
import { NUL_MESSAGE, nulFields } from './nul-characters.ts';

describe('nulFields', () => {
  it('names every string and key holding a NUL, by its path', () => {
    expect(
      nulFields({
        title: 'a\u0000b',
        notes: 'fine',
        operations: [{ name: 'ok' }, { name: '\u0000' }],
        'bad\u0000key': 1,
      }),
    ).toEqual({ title: NUL_MESSAGE, 'operations.1.name': NUL_MESSAGE, 'bad\u0000key': NUL_MESSAGE });
  });

  it('finds nothing in clean values and names a bare string "_"', () => {
    expect(nulFields({ title: 'Zoë 🌍', n: 1, list: [null, true] })).toEqual({});
    expect(nulFields('\u0000')).toEqual({ _: NUL_MESSAGE });
  });
});
