import { describe, expect, it } from 'vitest';
import { CopyRows } from './copy-rows.ts';

describe('CopyRows', () => {
  it('holds each row as UTF-8 with its newline, growing past its first size', () => {
    const rows = ['1\tplain', '2\tünïcødé 🗓', '3\t\\N', `4\t${'€'.repeat(700)}`, '5\t'];
    const copy = new CopyRows(16);
    for (const row of rows) copy.add(row);
    expect(copy.data().toString('utf8')).toBe(rows.map((row) => `${row}\n`).join(''));
    expect(copy.data().length).toBe(Buffer.byteLength(rows.map((row) => `${row}\n`).join('')));
  });

  it('is empty before any row', () => {
    expect(new CopyRows().data().length).toBe(0);
  });
});
