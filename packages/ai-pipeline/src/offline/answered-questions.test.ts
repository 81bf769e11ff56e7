import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { isConfirmedAtOnce } from './answered-questions.ts';
import { parseDump } from './parse-dump.ts';

const context: DraftContext = { today: '2026-10-14', timezone: 'UTC', projects: [], tasks: [] };

/** Titles of the tasks the review would create without a click. */
function confident(dump: string): string[] {
  return parseDump(dump, context).flatMap((operation) => (operation.op === 'create_task' && (operation.confidence ?? 1) >= 0.5 ? [operation.title] : []));
}

describe('a question how things stand, answered yes at once', () => {
  it.each([
    ['do we have spare bulbs for the porch', 'yes'],
    ['is there petrol in the mower', 'yep, plenty'],
    ['have I paid the window cleaner', 'yeah'],
    ['are the bikes locked', 'Yes.'],
  ])('reads "%s? %s" as asking nothing', (question, answer) => {
    expect(isConfirmedAtOnce(question, answer)).toBe(true);
  });

  it.each([
    ['do we need more bin bags', 'yes'],
    ['should I book the chimney sweep', 'yes'],
    ['is the boiler due a service', 'yes'],
    ['do we have spare bulbs for the porch', 'yes, but only two, get more'],
    ['do we have spare bulbs for the porch', 'no'],
  ])('leaves "%s? %s" to ask what its answer asks', (question, answer) => {
    expect(isConfirmedAtOnce(question, answer)).toBe(false);
  });

  it('creates only the tasks of a list of questions to oneself', () => {
    expect(confident('- do we have spare bulbs for the porch? yes\n- is there petrol in the mower? yep\n- clear the gutters Saturday')).toEqual(['Clear the gutters']);
  });
});
