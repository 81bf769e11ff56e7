import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { parseDump } from './parse-dump.ts';

// 2026-12-02 is a Wednesday.
const context: DraftContext = { today: '2026-12-02', timezone: 'UTC', projects: [], tasks: [] };

/** Each new task's title, due date and project reference. */
function drafted(dump: string): [string, string | null][] {
  return parseDump(dump, context).flatMap((operation) => (operation.op === 'create_task' ? [[operation.title, operation.due_date] as [string, string | null]] : []));
}

describe('a day label in another language over a list or a run of items', () => {
  it.each([
    ['Para amanhã: levar o lixo, ligar pro encanador, comprar pão', '2026-12-03'],
    ['Per domani: (1) ritirare il pacco (2) chiamare la banca', '2026-12-03'],
    ['Hoy: llamar a Marta, pay the gas bill', '2026-12-02'],
    ['Pour vendredi:\n- rendre les livres\n- appeler le garage', '2026-12-04'],
    ['antes de Nochebuena: envolver los regalos, call grandma', '2026-12-23'],
    ['prima di Natale: spedire le cartoline, buy the panettone', '2026-12-24'],
  ])('dates every item naming no day of its own: "%s"', (dump, day) => {
    const tasks = drafted(dump);
    expect(tasks.length).toBeGreaterThan(1);
    for (const [title, due] of tasks) expect(due, title).toBe(day);
  });

  it('leaves an item its own day under a label', () => {
    expect(drafted('Diese Woche: 1. Rechnung bezahlen 2. Fenster putzen bis Montag')).toEqual([
      ['Rechnung bezahlen', '2026-12-04'],
      ['Fenster putzen', '2026-12-07'],
    ]);
  });
});

describe('a sentence ending in a colon, led on with "so" or "then"', () => {
  it('dates the run after it with the day it says', () => {
    expect(drafted('tomorrow is my day off so: clean the oven, water the fern, call the vet')).toEqual([
      ['Clean the oven', '2026-12-03'],
      ['Water the fern', '2026-12-03'],
      ['Call the vet', '2026-12-03'],
    ]);
  });

  it('leaves an event said in the sentence before to the rules for events', () => {
    const tasks = drafted('The recital is on the 20th. Then: tune the violin, buy rosin');
    expect(tasks.filter(([title]) => title !== 'The recital')).toEqual([
      ['Tune the violin', null],
      ['Buy rosin', null],
    ]);
  });
});

describe('a deadline in brackets in a group label', () => {
  it('dates the items and leaves the group its name', () => {
    const operations = parseDump('Garden (before the frost on Friday): wrap the olive tree, bring in the pots', context);
    expect(operations.filter((operation) => operation.op === 'create_project').map((operation) => operation.op === 'create_project' && operation.name)).toEqual(['Garden']);
    expect(drafted('Garden (before the frost on Friday): wrap the olive tree, bring in the pots')).toEqual([
      ['Wrap the olive tree', '2026-12-03'],
      ['Bring in the pots', '2026-12-03'],
    ]);
  });

  it('does not date the items by a bracketed day that is no deadline', () => {
    expect(drafted('Boat (sails Friday): scrub the deck, check the ropes')).toEqual([
      ['Scrub the deck', null],
      ['Check the ropes', null],
    ]);
  });
});

describe('"vorher", "avant ça", "até lá": a step pointing back at the day just named, in another language', () => {
  it('takes the day before that day, or that day for "by then"', () => {
    expect(drafted('- Umzug am 15.8. - vorher Keller ausräumen\n- buy tape')).toEqual([
      ['Umzug', '2027-08-15'],
      ['Keller ausräumen', '2027-08-14'],
      ['Buy tape', null],
    ]);
  });
});

describe('a holiday as a label', () => {
  it.each([
    ['Christmas: order the turkey, wrap presents', '2026-12-25'],
    ['Xmas\n- order the turkey\n- wrap presents', '2026-12-25'],
    ['Christmas stuff: order the turkey, wrap presents', '2026-12-25'],
    ['Easter: book the cottage, buy the eggs', '2027-03-28'],
    ['Good Friday - hot cross buns, ring Gran', '2027-03-26'],
    ['Thanksgiving: order the turkey, call Grandma', '2027-11-25'],
  ])('is the holiday\'s date for its items, as a day label is: "%s"', (dump, day) => {
    const tasks = drafted(dump);
    expect(tasks.length).toBeGreaterThan(1);
    for (const [title, due] of tasks) expect(due, title).toBe(day);
  });

  it.each(['Christmas prep: order the turkey, wrap presents', 'Easter planning\n- book the cottage\n- buy the eggs'])(
    'names a project, and dates nothing, when it names getting ready for the holiday: "%s"',
    (dump) => {
      const operations = parseDump(dump, context);
      expect(operations.filter((operation) => operation.op === 'create_project')).toHaveLength(1);
      for (const [title, due] of drafted(dump)) expect(due, title).toBeNull();
    },
  );
});

describe('a heading naming a group and the day of its event', () => {
  /** Each new task as "project / title → due", the project by the name it creates. */
  function groupedAndDated(dump: string): string[] {
    const operations = parseDump(dump, context);
    const names = new Map(operations.flatMap((operation) => (operation.op === 'create_project' ? [[operation.ref, operation.name] as const] : [])));
    return operations.flatMap((operation) =>
      operation.op === 'create_task' ? [`${names.get(operation.project_ref ?? '') ?? '-'} / ${operation.title} → ${operation.due_date ?? 'none'}`] : [],
    );
  }

  it.each([
    ['orchard:\n- prune the pears\nfete fri:\n- bake the scones\n- hang the bunting', ['Orchard / Prune the pears → none', 'Fete / Bake the scones → 2026-12-04', 'Fete / Hang the bunting → 2026-12-04']],
    ['choir on Sunday:\n- learn the descant\n- wash the robes', ['Choir / Learn the descant → 2026-12-06', 'Choir / Wash the robes → 2026-12-06']],
    ['## Bazaar Sat 5.12.\n- price the jumpers\n- borrow a float', ['Bazaar / Price the jumpers → 2026-12-05', 'Bazaar / Borrow a float → 2026-12-05']],
    ['Recital Fri 11 Dec:\n- iron the shirts', ['Recital / Iron the shirts → 2026-12-11']],
  ])('names the group and dates its items by the day: "%s"', (dump, expected) => {
    expect(groupedAndDated(dump)).toEqual(expected);
  });

  it('leaves a heading that opens with the day to its own reading', () => {
    expect(groupedAndDated('Sunday school:\n- print the colouring sheets')).toEqual(['Sunday school / Print the colouring sheets → none']);
    expect(groupedAndDated('Sunday school 5.12.:\n- print the colouring sheets')).toEqual(['Sunday school / Print the colouring sheets → none']);
  });
});

describe('a day label inside a line of prose', () => {
  it.each([
    [
      'kettle broke, today: ring the landlord, defrost the freezer, tomorrow: collect the rugs, buy descaler',
      [['Ring the landlord', '2026-12-02'], ['Defrost the freezer', '2026-12-02'], ['Collect the rugs', '2026-12-03'], ['Buy descaler', '2026-12-03']],
    ],
    ['Woke up late. Friday: sweep the porch, post the form', [['Sweep the porch', '2026-12-04'], ['Post the form', '2026-12-04']]],
    ['Long week! Tomorrow: bleed the radiators', [['Bleed the radiators', '2026-12-03']]],
  ])('dates every item after it until the next: "%s"', (dump, expected) => {
    expect(drafted(dump).filter(([, due]) => due !== null)).toEqual(expected);
  });

  it('leaves a comma before a word that only looks like a day label alone', () => {
    expect(drafted('sort the shed, sunday best: iron the shirt')).not.toContainEqual(['Iron the shirt', '2026-12-06']);
  });

  it('leaves a comma inside a label\'s brackets to the label', () => {
    expect(drafted('CANOE TRIP (Wye, 12/12): pack the dry bags, buy a map')).toEqual([
      ['Pack the dry bags', null],
      ['Buy a map', null],
    ]);
  });
});

describe('a day heading led in with a connective', () => {
  it.each([
    ['also, Fri 4th:\n- buy the wrapping paper\n- iron the tablecloth', '2026-12-04'],
    ['and Saturday:\n- return the library books\n- wash the car', '2026-12-05'],
    ['plus tomorrow:\n- ring the garage\n- post the parcel', '2026-12-03'],
  ])('dates its items and names no group: "%s"', (dump, day) => {
    const operations = parseDump(dump, context);
    expect(operations.filter((operation) => operation.op === 'create_project')).toEqual([]);
    const tasks = drafted(dump);
    expect(tasks).toHaveLength(2);
    for (const [title, due] of tasks) expect(due, title).toBe(day);
  });
});
