import { describe, expect, it } from 'vitest';
import { segment } from './segment.ts';

const read = (dump: string) => segment(dump).map((item) => [item.text, item.project, item.dateHint]);

describe('numbered and lettered lists on one line', () => {
  it.each([
    ['need to: 1) post the forms 2) book the ferry 3) call Nadia', ['post the forms', 'book the ferry', 'call Nadia']],
    ['to do (1) descale the kettle (2) sand the door', ['descale the kettle', 'sand the door']],
    ['a) renew the permit b) order toner c) ring Theo', ['renew the permit', 'order toner', 'ring Theo']],
    ['1 - email the tutor 2 - fix the latch 3 - buy envelopes', ['email the tutor', 'fix the latch', 'buy envelopes']],
    ['1: email the tutor 2: fix the latch', ['email the tutor', 'fix the latch']],
  ])('splits "%s" into its items', (dump, expected) => {
    expect(read(dump).map(([text]) => text)).toEqual(expected);
  });

  it.each([
    ['things to do tomorrow 1. laundry 2. ring the garage', 'things to do tomorrow'],
    ['stuff to do this week: a) dentist b) taxes', 'this week'],
  ])('reads the day in the lead of "%s" and makes no project of it', (dump, day) => {
    for (const [, project, dateHint] of read(dump)) {
      expect(project).toBeNull();
      expect(String(dateHint).toLowerCase()).toContain(day.split(' ').at(-1));
    }
  });

  it('leaves a range of numbers in one task', () => {
    expect(read('call the clinic at 1 - 2 pm')).toHaveLength(1);
  });
});
