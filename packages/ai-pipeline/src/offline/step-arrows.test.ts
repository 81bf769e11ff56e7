import { describe, expect, it } from 'vitest';
import { parseDump } from './parse-dump.ts';

const context = { today: '2026-05-25', timezone: 'America/Chicago', projects: [], tasks: [] };
const drafted = (dump: string) =>
  parseDump(dump, context).flatMap((operation) => (operation.op === 'create_task' ? [`${operation.title} → ${operation.due_date ?? 'no day'}`] : []));

describe('steps chained by arrows', () => {
  it.each([
    [
      'call Raj → confirm venue load-in time → send final run sheet to the planner by Fri',
      ['Call Raj → no day', 'Confirm venue load-in time → no day', 'Send final run sheet to the planner → 2026-05-29'],
    ],
    [
      '- get the song from the bride -> edit the fade -> test the edit on the big rig Thursday',
      ['Get the song from the bride → no day', 'Edit the fade → no day', 'Test the edit on the big rig → 2026-05-28'],
    ],
    ['GEAR\nrenew liability insurance before 6/1 ➜ send the new COI to the venue', ['Renew liability insurance → 2026-05-31', 'Send the new COI to the venue → no day']],
    [
      'email Mrs. Morales about the surprise dance → rehearse the changes with the court on Saturday',
      ['Email Mrs. Morales about the surprise dance → no day', 'Rehearse the changes with the court → 2026-05-30'],
    ],
  ])('makes each step of "%s" a task, with the day said in it', (dump, expected) => {
    expect(drafted(dump)).toEqual(expected);
  });

  it('breaks nothing where the arrow follows a thing or leads to a name', () => {
    expect(drafted('Admin: AHV contribution statement → upload')).toHaveLength(1);
    expect(drafted('corporate enquiry from Allegro → Marta')).toHaveLength(1);
  });
});

describe('an ordinal joined to a word by a hyphen', () => {
  it('is part of a thing, not a day of the month', () => {
    expect(drafted('get the first-dance song from the bride')).toEqual(['Get the first-dance song from the bride → no day']);
    expect(drafted('look at the second-hand van')).toEqual(['Look at the second-hand van → no day']);
    expect(drafted('pay the deposit on the first of June')).toEqual(['Pay the deposit → 2026-06-01']);
  });
});

describe('an arrow at the start of a line', () => {
  it.each([
    ['Supplier call Tuesday\n  → bring the Q3 numbers\n  -> ask about the late pallets', ['Bring the Q3 numbers', 'Ask about the late pallets']],
    ['Dentist at 4\n=> take the insurance card', ['Take the insurance card']],
  ])('leads a step under the line above, as a bullet does: "%s"', (dump, steps) => {
    const titles = parseDump(dump, context).flatMap((operation) => (operation.op === 'create_task' && (operation.confidence ?? 1) >= 0.5 ? [operation.title] : []));
    expect(titles).toEqual(expect.arrayContaining(steps));
  });

  it('under a day\'s timetable entry, leaves the step in no group named after the entry', () => {
    const operations = parseDump('Wed, May 27\n10:00–10:30  1:1 w/ Priya\n               → bring her the promo packet feedback\n12:00–13:00  Lunch', context);
    expect(operations.filter((operation) => operation.op === 'create_project')).toEqual([]);
    expect(operations).toContainEqual(expect.objectContaining({ op: 'create_task', title: 'Bring Priya the promo packet feedback', project_ref: null }));
  });
});
