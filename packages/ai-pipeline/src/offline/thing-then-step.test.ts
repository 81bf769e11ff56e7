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

  describe('a thing in some state, then a step done to "it"', () => {
    it.each([
      // A weekday after the pronoun is when, as "tomorrow" is.
      ['the fence panel blew down, prop it up Saturday', 'Prop the fence panel up', '2026-12-05'],
      ['the big casserole dish is still at the hall, grab it Thursday', 'Grab the big casserole dish', '2026-12-03'],
      // A bare thing opening a list line, with its fault after it.
      ['• gym direct debit bounced - fix it today', 'Fix the gym direct debit', '2026-12-02'],
      ['- printer toner cartridge missing, chase it', 'Chase the printer toner cartridge', null],
      ['- parking permit expires 12/20, renew it', 'Renew the parking permit', '2026-12-20'],
      // A bare thing with what it is of or on; "w/" after the pronoun is "with".
      ['- annual inspection on the Air Tractor due 12/15, book it w/ Hoosier Aviation this week', 'Book the annual inspection on the Air Tractor w/ Hoosier Aviation', '2026-12-04'],
      ['- MOT for the van due 12/20, book it', 'Book the MOT for the van', '2026-12-20'],
    ])('creates "%s" as the step done to the thing', (dump, title, due) => {
      const found = parseDump(dump, context).find((operation) => operation.op === 'create_task' && operation.title === title);
      expect(found).toMatchObject({ due_date: due });
      expect(found?.op === 'create_task' && (found.confidence ?? 1) >= 0.5).toBe(true);
    });

    it.each([
      // A name alone is who, not what: "it" is not Dorota.
      ['- Dorota, sort it', 'Sort the Dorota'],
      // What is after "for" is a time, not what the thing is for.
      ['- rent for May, pay it', 'Pay the rent for May'],
      // A clause naming a person and a thing: no fault of a bare thing before the comma.
      ['- Tomasz rang about the boiler, book it', 'Book the Tomasz'],
      // A step in another sentence: what "it" is was said elsewhere.
      ['The hedge trimmer is blunt. Sharpen it Friday.', 'Sharpen the hedge trimmer'],
    ])('does not create "%s" with a thing the sentence does not give', (dump, title) => {
      const created = parseDump(dump, context).filter((operation) => operation.op === 'create_task' && (operation.confidence ?? 1) >= 0.5);
      expect(created.map((operation) => (operation.op === 'create_task' ? operation.title : ''))).not.toContain(title);
    });
  });
});
