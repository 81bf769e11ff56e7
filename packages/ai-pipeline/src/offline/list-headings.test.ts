import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { parseDump } from './parse-dump.ts';

const context: DraftContext = { today: '2026-12-02', timezone: 'UTC', projects: [], tasks: [] };

/** Titles of every new task, confident or offered. */
function drafted(dump: string): string[] {
  return parseDump(dump, context).flatMap((operation) => (operation.op === 'create_task' ? [operation.title] : []));
}

describe('a line naming a kind of list over its items', () => {
  it.each([
    ['release checklist\n- merge the PR\n- write the changelog', ['Merge the PR', 'Write the changelog']],
    ['pack list\n- passports\n- chargers', ['Passports', 'Chargers']],
    ['garden jobs\n- prune the roses\n- order mulch', ['Prune the roses', 'Order mulch']],
  ])('heads the items rather than being one: "%s"', (dump, expected) => {
    expect(drafted(dump)).toEqual(expected);
  });

  it.each([
    ['update the list\n- add Sam\n- add Priya', ['Update the list', 'Add Sam', 'Add Priya']],
    ['print the checklist\n- buy toner', ['Print the checklist', 'Buy toner']],
  ])('a task about a list is still a task: "%s"', (dump, expected) => {
    expect(drafted(dump)).toEqual(expected);
  });

  it('names the items after a dash on its own line', () => {
    expect(drafted('garden jobs - prune the roses, order mulch')).toEqual(['Prune the roses', 'Order mulch']);
    expect(drafted('- dentist - 3pm\n- order mulch')).toEqual(['Dentist', 'Order mulch']);
  });
});

describe('a to-do heading in another language', () => {
  it.each([
    ['cose da fare:\n- ritirare il cappotto\n- chamar o técnico', ['Ritirare il cappotto', 'Chamar o técnico']],
    ['À faire\n- rappeler le syndic\n- call the bank', ['Rappeler le syndic', 'Call the bank']],
    ['Zu erledigen:\n- Fahrrad putzen\n- call the bank', ['Fahrrad putzen', 'Call the bank']],
  ])('names no project: "%s"', (dump, titles) => {
    const operations = parseDump(dump, context);
    expect(operations.some((operation) => operation.op === 'create_project')).toBe(false);
    expect(drafted(dump)).toEqual(titles);
  });
});

describe('a label saying how often its items repeat', () => {
  /** Each task's title with the project it was put in. */
  function grouped(dump: string): string[] {
    const operations = parseDump(dump, context);
    const names = new Map(operations.flatMap((operation) => (operation.op === 'create_project' ? [[operation.ref, operation.name] as const] : [])));
    return operations.flatMap((operation) =>
      operation.op === 'create_task' ? [`${operation.title} [${operation.project_ref ? names.get(operation.project_ref) : '-'}] ${operation.due_date}`] : [],
    );
  }

  it.each([
    ['Weekly chores:\n- hoover the stairs\n- change the sheets', ['Hoover the stairs [-] null', 'Change the sheets [-] null']],
    ['Every Friday: submit the timesheet, back up the laptop', ['Submit the timesheet [-] null', 'Back up the laptop [-] null']],
    ['Daily stuff:\n- walk the dog\n- water the tomatoes', ['Walk the dog [-] null', 'Water the tomatoes [-] null']],
    ['On Sundays:\n- meal prep\n- iron shirts', ['Meal prep [-] null', 'Iron shirts [-] null']],
  ])('names no project and no day: "%s"', (dump, expected) => {
    expect(grouped(dump)).toEqual(expected);
  });

  it('leaves the groups around it as they were', () => {
    expect(grouped('Monthly:\n- pay the rent\nGarden:\n- order mulch')).toEqual(['Pay the rent [-] null', 'Order mulch [Garden] null']);
  });
});

describe('a heading that says how things are going', () => {
  /** Names of the new projects. */
  function projects(dump: string): string[] {
    return parseDump(dump, context).flatMap((operation) => (operation.op === 'create_project' ? [operation.name] : []));
  }

  it.each([
    'Hectic afternoon:\n- ✅ sent the invoices\n- file the receipts',
    'Quiet weekend ahead:\n- repaint the fence\n- sort the loft',
    'Argh:\n- chase the courier\n- rebook the MOT',
    'Lazy Saturday:\n- bake bread\n- tidy the shed',
  ])('groups nothing: "%s"', (dump) => {
    expect(projects(dump)).toEqual([]);
  });

  it('leaves a routine or a plan named after a part of the day a group', () => {
    expect(projects('Evening routine:\n- lay out clothes\n- charge the phone')).toEqual(['Evening routine']);
  });
});

describe('a heading naming an event and its day', () => {
  // 2026-12-02 is a Wednesday.
  function dated(dump: string): [string, string | null][] {
    return parseDump(dump, context).flatMap((operation) => (operation.op === 'create_task' ? [[operation.title, operation.due_date]] : []));
  }

  it.each([
    ['Paint club Thursday:\n- wash the brushes\n- bring old jars', '2026-12-03'],
    ['Swim gala sat:\n- pack towels\n- find the goggles', '2026-12-05'],
  ])('dates the items by the day, though the event opens like a verb: "%s"', (dump, day) => {
    expect(dated(dump).map(([, due]) => due)).toEqual([day, day]);
  });

  it('leaves items undated under a heading that names no day', () => {
    expect(dated('Paint club:\n- wash the brushes\n- bring old jars')).toEqual([
      ['Wash the brushes', null],
      ['Bring old jars', null],
    ]);
  });
});

describe('a numbered section over one bullet', () => {
  /** Each task's title and the name of its project. */
  function grouped(dump: string): [string, string | null][] {
    const operations = parseDump(dump, context);
    const names = new Map(operations.flatMap((operation) => (operation.op === 'create_project' ? [[operation.ref, operation.name] as const] : [])));
    return operations.flatMap((operation) => (operation.op === 'create_task' ? [[operation.title, names.get(operation.project_ref ?? '') ?? null]] : []));
  }

  it('heads its bullet as a section with several bullets would', () => {
    expect(grouped('1. Bikes\n- pump the tyres\n2. Shed\n- oil the hinges\n- sweep out')).toEqual([
      ['Pump the tyres', 'Bikes'],
      ['Oil the hinges', 'Shed'],
      ['Sweep out', 'Shed'],
    ]);
  });

  it('stays an item when the numbered line asks for something', () => {
    expect(grouped('1. ring the garage\n- ask about the MOT\n2. renew the tax')).toEqual([
      ['Ring the garage', null],
      ['Ask about the MOT', null],
      ['Renew the tax', null],
    ]);
  });
});
