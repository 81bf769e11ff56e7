import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { parseDump } from './parse-dump.ts';
import { movedSlot, plannedStep } from './plans.ts';

// A Wednesday.
const context: DraftContext = { today: '2026-12-02', timezone: 'UTC', projects: [], tasks: [] };

/** Each confident task as "title → due date". */
function dated(dump: string): string[] {
  return parseDump(dump, context).flatMap((operation) =>
    operation.op === 'create_task' && (operation.confidence ?? 1) >= 0.5 ? [`${operation.title} → ${operation.due_date ?? 'none'}`] : [],
  );
}

describe('the writer’s own plans said as news', () => {
  it.each([
    ['I’m collecting the cake from Lidia’s on Saturday', 'collect the cake from Lidia’s on Saturday'],
    ['Priya and I are driving up to Inverness on Friday to see the flat', 'drive up to Inverness on Friday to see the flat'],
    ['we are also painting the hall next weekend', 'paint the hall next weekend'],
    ['I keep putting off ringing the optician about my lenses', 'ring the optician about my lenses'],
    ["we've been avoiding sorting the loft", 'sort the loft'],
  ])('reads "%s" as the step "%s"', (clause, step) => {
    expect(plannedStep(clause)).toBe(step);
  });

  it.each([
    ['we’re painting the hall'],
    ['I’m blocking Friday morning for admin'],
    ['I’m having a party on Saturday'],
    ['I’m going to Leeds on Friday'],
    ['Priya and Tom are driving up on Friday'],
  ])('leaves "%s" alone: no day ahead, time set aside, or no step of the writer’s', (clause) => {
    expect(plannedStep(clause)).toBeNull();
  });

  it('drafts the plan of a sentence with its day, the subject "X and I" kept whole', () => {
    expect(dated('Busy week. Priya and I are driving up to Inverness on Friday to see the flat. Water the ferns.')).toEqual([
      'Drive up to Inverness to see the flat → 2026-12-04',
      'Water the ferns → none',
    ]);
  });
});

describe('a slot said to have moved', () => {
  it.each([
    ['physio got moved to Tue at 3:30', 'physio Tue at 3:30'],
    ['the vet appt has been pushed to Friday 9am', 'the vet appt Friday 9am'],
  ])('reads "%s" as the slot on its new day', (clause, slot) => {
    expect(movedSlot(clause)).toBe(slot);
  });

  it.each([['Launch moved to 2 March'], ['the sale got moved to the back room at 3']])('leaves "%s" a statement: no slot with a day and time', (clause) => {
    expect(movedSlot(clause)).toBeNull();
  });

  it('drafts the moved slot on its new day', () => {
    expect(dated('- physio got moved to Tuesday at 3:30\n- buy stamps')).toEqual(['Physio → 2026-12-08', 'Buy stamps → none']);
  });
});
