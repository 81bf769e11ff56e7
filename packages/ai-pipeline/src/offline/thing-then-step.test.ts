import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { parseDump } from './parse-dump.ts';

// A Wednesday.
const context: DraftContext = { today: '2026-12-02', timezone: 'UTC', projects: [], tasks: [] };

function read(dump: string): [string, string | null][] {
  return parseDump(dump, context).flatMap((operation) => (operation.op === 'create_task' ? [[operation.title, operation.due_date] as [string, string | null]] : []));
}

describe('a thing, then only the verb it needs and a day', () => {
  it.each([
    ['- gran\'s anniversary present, wrap Fri', 'Wrap gran\'s anniversary present', '2026-12-04'],
    ['- the signed lease — scan by the 9th', 'Scan the signed lease', '2026-12-09'],
    ['- gym membership fee, pay before 20/12', 'Pay gym membership fee', '2026-12-19'],
    ['- spare keys for the allotment – collect tomorrow', 'Collect spare keys for the allotment', '2026-12-03'],
  ])('reads "%s" as one task with the verb first and the day', (dump, title, due) => {
    expect(read(dump)).toEqual([[title, due]]);
  });

  it.each([
    // A pronoun names the thing itself; the verb does not take the thing before it.
    ['the bathroom tap is dripping, fix it Friday', 'Fix the bathroom tap'],
    // A step with more than a day after its verb is a task of its own.
    ['- birthday card for Omar, post it and buy stamps Monday', null],
  ])('leaves "%s" as the other readings have it', (dump, title) => {
    const titles = read(dump).map(([found]) => found);
    if (title !== null) expect(titles).toContain(title);
    expect(titles.some((found) => /^(?:Wrap|Scan|Pay|Collect) /.test(found))).toBe(false);
  });

  it('leaves a thing doing something, then a step, as a statement and its step', () => {
    const titles = read('The gallery opens late on Fridays, visit on Friday. Renew the car tax.').map(([title]) => title);
    expect(titles.some((title) => title.toLowerCase().startsWith('visit the gallery'))).toBe(false);
    expect(titles).toContain('Renew the car tax');
  });

  it('leaves a thing with its own day and a step after it alone', () => {
    expect(read('- carol concert Friday, arrive 6pm').map(([title]) => title)).not.toContain('Arrive carol concert');
  });
});
