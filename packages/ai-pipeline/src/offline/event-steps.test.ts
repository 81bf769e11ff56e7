import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { withStepsForEvents } from './event-steps.ts';
import { parseDump } from './parse-dump.ts';

// A Wednesday.
const context: DraftContext = { today: '2026-12-02', timezone: 'UTC', projects: [], tasks: [] };

function read(dump: string): [string, string | null][] {
  return parseDump(dump, context).flatMap((operation) =>
    operation.op === 'create_task' && (operation.confidence ?? 1) >= 0.5 ? [[operation.title, operation.due_date] as [string, string | null]] : [],
  );
}

describe('an event named, then what to bring to it', () => {
  it.each([
    ["- picnic at the Okafors' on Saturday, bring the folding chairs", "Bring the folding chairs to the Okafors' picnic", '2026-12-05'],
    ['- office potluck Friday, bring a salad', 'Bring a salad to the office potluck', '2026-12-04'],
    ["Lunch at Grandad's tomorrow, bring the photo album.", "Bring the photo album to lunch at Grandad's", '2026-12-03'],
  ])('reads "%s" as the step, for the event and on its day', (dump, title, due) => {
    expect(read(dump)).toEqual([[title, due]]);
  });

  it.each([
    // The writer does the first thing: two steps, as written.
    'Host the party Friday, bring chairs',
    // No event named before the step.
    'Gym at 6, bring a towel',
    // An event with no step after it.
    "Party at Jo's on Friday, then bed",
  ])('leaves "%s" as written', (dump) => {
    expect(withStepsForEvents(dump)).toBe(dump);
  });
});
