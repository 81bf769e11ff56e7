import { beforeAll, describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { taskOfNeed } from './needs.ts';
import { parseDump } from './parse-dump.ts';
import { loadSpellingWordLists } from './spelling.ts';

beforeAll(() => loadSpellingWordLists());

// A Monday.
const context: DraftContext = { today: '2027-03-01', timezone: 'UTC', projects: [], tasks: [] };

/** The tasks the review would create without a click, with their due dates. */
function confident(dump: string): string[] {
  return parseDump(dump, context).flatMap((operation) => {
    if ((operation.confidence ?? 1) < 0.5 || operation.op !== 'create_task') return [];
    return [operation.due_date ? `${operation.title} @${operation.due_date}` : operation.title];
  });
}

describe('a thing said to need a doing, written as the doing', () => {
  it.each([
    ['secateurs need oiling', 'oil the secateurs'],
    ['Gutter guards need replacing', 'replace the gutter guards'],
    ['the rug needs beating', 'beat the rug'],
    ['the wheelie bins need putting out tonight', 'put the wheelie bins out tonight'],
    ['the hall floor needs mopping', 'mop the hall floor'],
    ['the twins need feeding before six', 'feed the twins before six'],
    ['Nan needs collecting from the station', 'collect Nan from the station'],
    ['My old bike needs servicing', 'service my old bike'],
    ['The shed roof needs patching', 'patch the shed roof'],
  ])('"%s" → "%s"', (need, task) => {
    expect(taskOfNeed(need)?.task).toBe(task);
  });

  it.each(['the puppy needs bedding', 'the team needs nothing', 'the cake needs icing sugar'])('leaves a thing in -ing that is needed as it is: "%s"', (need) => {
    expect(taskOfNeed(need)).toBeNull();
  });

  it('dates the doing by the event the line names before it', () => {
    expect(confident('pony show on the 12th, saddle needs polishing before then')).toContain('Polish the saddle @2027-03-11');
  });
});

describe('"also" in dictation starts the next clause, even after "before"', () => {
  it('splits a need said after a task that ends on "before"', () => {
    const tasks = confident('pack the tent the day before also the sleeping mats need airing and ring Joe about the van');
    expect(tasks).toContain('Air the sleeping mats');
    expect(tasks.some((task) => task.startsWith('Pack the tent'))).toBe(true);
    expect(tasks.every((task) => !task.includes('also'))).toBe(true);
  });

  it('keeps "before then" and "by then" with their task', () => {
    expect(confident('the audit is on the 8th, file the receipts before then')).toContain('File the receipts @2027-03-07');
  });
});

describe('a verb whose object is "everything on" a list keeps it', () => {
  it('is not read as "…, all by Friday"', () => {
    expect(confident('- order everything on the camping checklist by Thursday\n- wash the car')).toContain('Order everything on the camping checklist @2027-03-04');
  });

  it('still gives one day to every item of "…, all by Friday"', () => {
    expect(confident('book the minibus, print the maps, all by Friday')).toEqual(['Book the minibus @2027-03-05', 'Print the maps @2027-03-05']);
  });
});

describe("a surname's initial ends no sentence", () => {
  it('keeps the title whole when lower case goes on after "Name X."', () => {
    expect(confident('Sort the ramp for Lena V. and the hoist for Omar before Friday. Ring the depot.')).toEqual([
      'Sort the ramp for Lena V. and the hoist for Omar @2027-03-04',
      'Ring the depot',
    ]);
  });

  it('still ends a sentence when a capital follows', () => {
    expect(confident('Meet Lena at gate B. Ring the depot.')).toEqual(['Meet Lena at gate B', 'Ring the depot']);
  });
});

describe('a bare renewal or shopping around after a thing that renews or lapses', () => {
  it('names the thing, keeping how it is done', () => {
    expect(confident('boat licence expires 20/03, renew at the harbour office')).toContain('Renew the boat licence at the harbour office @2027-03-20');
    expect(confident('parking permit runs out Friday, renew online')).toContain('Renew the parking permit online @2027-03-05');
  });

  it('shops around for the kind of cover, not the one held', () => {
    expect(confident('My own home insurance renews on the 15th, shop around before then.')).toContain('Shop around for home insurance @2027-03-14');
  });

  it('compares quotes for the kind of cover that renews', () => {
    expect(confident('Separately, the car insurance renews on the 5th, compare quotes before then.')).toContain('Compare quotes for car insurance @2027-03-04');
    expect(confident('my home insurance is up for renewal, get some quotes')).toContain('Get some quotes for home insurance');
    // Quotes after a thing that is broken are for a repair, not named here.
    expect(confident('the boiler is broken, get quotes')).toContain('Get quotes');
  });

  it('keeps "around" of a time as a word of when', () => {
    expect(confident('ring the kennels around 5pm')).toEqual(['Ring the kennels @2027-03-01']);
    expect(confident('ask around about a cheap van')).toEqual(['Ask around about a cheap van']);
  });
});
