import { describe, expect, it } from 'vitest';
import { isPastForm, verbBase } from './verbs.ts';

describe('verb forms', () => {
  it('reads irregular and -ed past forms', () => {
    expect(isPastForm('paid')).toBe(true);
    expect(isPastForm('Approved')).toBe(true);
    expect(verbBase('paid')).toBe('pay');
    expect(verbBase('filed')).toBe('file');
  });

  it('takes no word for a past form because an object has a property of that name', () => {
    for (const word of ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf']) {
      expect(isPastForm(word), word).toBe(false);
      expect(verbBase(word), word).toBeNull();
    }
  });
});
