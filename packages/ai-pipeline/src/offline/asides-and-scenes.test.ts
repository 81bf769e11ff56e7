import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { readClause } from './clause-kind.ts';
import { disownsJob } from './disowned.ts';
import { parseDump } from './parse-dump.ts';

// A Wednesday.
const context: DraftContext = { today: '2026-12-02', timezone: 'UTC', projects: [], tasks: [] };

/** Each confident task as "title → due date". */
function dated(dump: string): string[] {
  return parseDump(dump, context).flatMap((operation) =>
    operation.op === 'create_task' && (operation.confidence ?? 1) >= 0.5 ? [`${operation.title} → ${operation.due_date ?? 'none'}`] : [],
  );
}

describe('frames of order and concession around a step', () => {
  it.each([
    ['Tonight, before anything else, defrost the chicken.', ['Defrost the chicken → 2026-12-02']],
    ['Whatever the traffic, the printed menus have to reach Dorota by Friday.', ['Send the printed menus to Dorota → 2026-12-04']],
    ['First of all, sweep the porch. Above all, ring the glazier.', ['Sweep the porch → none', 'Ring the glazier → none']],
  ])('are no task of their own in "%s"', (dump, expected) => {
    expect(dated(dump)).toEqual(expected);
  });

  it('keeps a task that only opens like one: "after all the guests leave"', () => {
    expect(dated('After all the guests leave, stack the chairs.')).toEqual(['Stack the chairs → none']);
  });
});

describe('a diary with nothing to do', () => {
  it.each([
    ['Lazy Sunday. Lake like a mirror this morning, saw two otters by the boathouse. Not opening the laptop tomorrow.'],
    ['Quiet one. Saw a heron on the canal. Kitchen like a sauna all day.'],
  ])('drafts no task from "%s"', (dump) => {
    expect(dated(dump)).toEqual([]);
  });

  it.each([
    ['- saw the planks to length\n- sand the frame', ['Saw the planks to length → none', 'Sand the frame → none']],
    ['Not urgent, but clean the oven.', ['Clean the oven → none']],
  ])('still drafts the steps in "%s"', (dump, expected) => {
    expect(dated(dump)).toEqual(expected);
  });
});

describe('what the writer holds ready, turns down or gives away', () => {
  it.each([
    ['Marta says her brother can lend a trailer, so keep his number handy. Book the skip.', ['Book the skip → none']],
    ['- renew the parking permit? no, that was done in May. ignore\n- order the salt', ['Order the salt → none']],
    ['- church flowers rota due 12/12 — Bernie’s job, not mine\n- polish the brass', ['Polish the brass → none']],
    ['- parish newsletter, not my problem\n- polish the brass', ['Polish the brass → none']],
  ])('drafts only the writer’s own steps in "%s"', (dump, expected) => {
    expect(dated(dump)).toEqual(expected);
  });

  it.each([
    ['bin rota — Callum’s job', true],
    ['not mine', true],
    ['registration closes on the 5th, that’s for them, not me', true],
    ['not me', true],
    ['Callum’s job interview on Friday', false],
    ['not meat, the veg box', false],
    ['that’s my job', false],
  ])('reads "%s" as disowned: %s', (text, disowned) => {
    expect(disownsJob(text)).toBe(disowned);
  });
});

describe('a day, and the happening that bounds it, after an item', () => {
  it('is the item’s day, not an item of its own', () => {
    expect(dated('- boiler service at the bakery, Thu 7am before the ovens go on\n- order flour')).toEqual([
      'Boiler service at the bakery → 2026-12-03',
      'Order flour → none',
    ]);
  });
});

describe('a condition of the weather before the writer’s plan, with no comma', () => {
  it('splits the plan from its condition and gives it the condition’s day', () => {
    expect(dated("If tomorrow's dry I'll repaint the shed door. Buy milk.")).toEqual(['Repaint the shed door → 2026-12-03', 'Buy milk → none']);
  });

  it('leaves a plan resting on someone else’s decision whole', () => {
    expect(dated("If the landlord agrees we'll knock through the pantry. Buy milk.")).toEqual(['Buy milk → none']);
  });

  it('leaves a plan resting on a mishap a suggestion', () => {
    expect(dated("If the heater dies I'll ring the installer. Buy milk.")).toEqual(['Buy milk → none']);
  });
});

describe('a thing falling due on a day', () => {
  it('is the thing to see to then, more surely than an event on its day', () => {
    const due = readClause('The van’s tax disc is due on the 20th', { listed: false, inProse: true });
    const event = readClause('The school play is on the 20th', { listed: false, inProse: true });
    expect(due.kind).toBe('task');
    expect(due.kind === 'task' && event.kind === 'task' && due.confidence > event.confidence).toBe(true);
  });

  it('is the reason and day of the step done to it after it', () => {
    expect(dated('The gym contract is due on the 9th, sign it at the front desk.')).toEqual(['Sign the gym contract at the front desk → 2026-12-09']);
    expect(dated("The cat's jab is due next week so I should book the vet.")).toEqual(['Book the vet → 2026-12-07']);
  });

  it('is no task for a birth', () => {
    expect(dated('The baby is due on the 20th. Water the ferns.')).toEqual(['Water the ferns → none']);
  });
});
