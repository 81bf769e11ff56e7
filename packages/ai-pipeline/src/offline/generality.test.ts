import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { confidentTitlesAndDays } from '../testing/confident-tasks.ts';
import { parseDump } from './parse-dump.ts';
import { startsWithVerb } from './verbs.ts';

// Dumps written for the categories, not taken from either evaluation part. Wednesday 2 December 2026.
const context: DraftContext = { today: '2026-12-02', timezone: 'Europe/London', projects: [], tasks: [] };

/** The confident tasks of a dump: title and due date. */
function drafted(dump: string): [string, string | null][] {
  return confidentTitlesAndDays(parseDump(dump, context));
}

describe('verbs the list lacks, told by their object', () => {
  it.each([
    'rehearse it with Amir',
    'hand back the keys',
    'chase up the invoice',
    'tidy my desk',
    'defrost the freezer',
    'hand in the lost property log',
    'triple-check the key log',
    'deep-clean the oven',
    'co-sign the lease',
    'restring his cello',
  ])('reads "%s" as asking', (clause) => {
    expect(startsWithVerb(clause)).toBe(true);
  });

  it.each(['before the meeting', 'lost the keys', 'paid the deposit', 'Sunday the 25th', 'thanks the team', 'let me think', 'Kate the plumber'])(
    'reads "%s" as no task verb',
    (clause) => {
      expect(startsWithVerb(clause)).toBe(false);
    },
  );

  it('splits two tasks joined by "and" when the second verb is not in the list', () => {
    expect(drafted('Finish the slides by next Friday and rehearse it with Amir.')).toEqual([
      ['Finish the slides', '2026-12-11'],
      ['Rehearse it with Amir', null],
    ]);
  });
});

describe('a step asked for after the day it is for, or in the infinitive after another', () => {
  it.each([
    ['Long week. Next week I must finish setting up the office laptop.', [['Finish setting up the office laptop', '2026-12-07']]],
    ['Slept badly. On Friday we have to return the van.', [['Return the van', '2026-12-04']]],
    [
      'For the fete I promised to bake two dozen scones and to ask Mr Patel whether we can borrow his gazebo.',
      [
        ['Bake two dozen scones', null],
        ['Ask Mr Patel whether we can borrow his gazebo', null],
      ],
    ],
  ])('is a task in "%s"', (dump, expected) => {
    expect(drafted(dump)).toEqual(expected);
  });
});

describe('a day leading a clause inside a dictated sentence', () => {
  it('covers the clause joined to it by "and", and a day that is the subject of its clause leads none', () => {
    expect(drafted('so tomorrow is the first day of school which means tonight I need to pack the lunches and label the school supplies and then ring Gran')).toEqual([
      ['Pack the lunches', '2026-12-02'],
      ['Label the school supplies', '2026-12-02'],
      ['Ring Gran', null],
    ]);
  });
});

describe("a dictated list's lead, said without its colon", () => {
  it('dates the steps after it by the day it names, and is no step itself', () => {
    expect(drafted('okay things for the weekend clean out the gutters buy compost for the veg beds')).toEqual([
      ['Clean out the gutters', '2026-12-05'],
      ['Buy compost for the veg beds', '2026-12-05'],
    ]);
  });
});

describe('a dash after a full stop', () => {
  it('leads on to the next sentence, which it is no part of', () => {
    expect(drafted('kita closed 21.09. – find babysitter')).toEqual([['Find babysitter', null]]);
  });
});

describe('a day leading dictation', () => {
  it('covers the clauses after filler until one names its own day', () => {
    expect(
      drafted('ok so tomorrow I need to drop the kids at school then pick up the dry cleaning and I should book the car in for its service on Monday and renew the library books'),
    ).toEqual([
      ['Drop the kids at school', '2026-12-03'],
      ['Pick up the dry cleaning', '2026-12-03'],
      ['Book the car in for its service', '2026-12-07'],
      ['Renew the library books', null],
    ]);
  });
});

describe('an inline list led by a count and a day', () => {
  it('dates every item: "Three things for Monday 1. … 2. …"', () => {
    expect(drafted('Three things for Monday 1. call the bank 2. post the parcel 3. sign the form')).toEqual([
      ['Call the bank', '2026-12-07'],
      ['Post the parcel', '2026-12-07'],
      ['Sign the form', '2026-12-07'],
    ]);
  });
});

describe('an event the writer asks not to miss', () => {
  it('is created with its day when the ask follows a comma', () => {
    expect(drafted("Leo's football final is Saturday, don't miss it")).toEqual([["Leo's football final", '2026-12-05']]);
  });

  it('stays a suggestion without the ask', () => {
    expect(drafted("Leo's football final is Saturday")).toEqual([]);
  });

  it('is created in a paragraph of prose too, where the event alone reads as a statement', () => {
    expect(drafted("Renew the parking placard. Kayla's recital is Thursday at 7 and I WILL be there. I'm scared about the bloodwork.")).toEqual([
      ['Renew the parking placard', null],
      ["Kayla's recital", '2026-12-03'],
    ]);
  });
});

describe('notes that give items to people by name', () => {
  it('keeps only the reader\'s items when one is labelled "me"', () => {
    expect(drafted('Notes from planning\nMaria: update the pricing page\nJon: fix the checkout bug\nme: write the release notes by Friday')).toEqual([
      ['Write the release notes', '2026-12-04'],
    ]);
  });

  it('gives a team its own item in a message', () => {
    expect(drafted('Hi Sarah,\nAction items:\n- Dev team: fix the login bug\n- Me: send the contract by Friday\nBest,\nTom')).toEqual([
      ['Send the contract', '2026-12-04'],
    ]);
  });

  it('reads "Me:" among groups named by common words as a group', () => {
    expect(drafted('Garden: water the roses, weed the beds\nMe: haircut next week').map(([title]) => title)).toEqual([
      'Water the roses',
      'Weed the beds',
      'Haircut',
    ]);
  });
});

describe('a clause saying why a task is due then', () => {
  it.each([
    ['renew the parking permit before the old one expires', 'Renew the parking permit', null],
    ['book the kids into swim club before next term starts on the 14th', 'Book the kids into swim club', '2026-12-13'],
    ['order the cake as soon as the shop opens tomorrow', 'Order the cake', '2026-12-03'],
  ])('leaves the title of "%s"', (dump, title, due) => {
    expect(drafted(dump)).toEqual([[title, due]]);
  });
});

describe('an effort named as the focus of a stretch of time', () => {
  it('groups the steps after "The main focus this week is the spare room."', () => {
    const operations = parseDump('The main focus this week is the spare room. Paint the walls, build the bed frame.\n\nPay the gas bill.', context);
    const projects = operations.flatMap((operation) => (operation.op === 'create_project' ? [[operation.ref, operation.name]] : []));
    expect(projects).toEqual([['p1', 'Spare room']]);
    const grouped = operations.flatMap((operation) => (operation.op === 'create_task' ? [[operation.title, operation.project_ref]] : []));
    expect(grouped).toEqual([
      ['Paint the walls', 'p1'],
      ['Build the bed frame', 'p1'],
      ['Pay the gas bill', null],
    ]);
  });
});
