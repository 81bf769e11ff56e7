import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { withMeetingOwnersRead } from './meeting-owners.ts';
import { parseDump } from './parse-dump.ts';

const context: DraftContext = { today: '2026-08-06', timezone: 'UTC', projects: [], tasks: [] };

/** Each confident task's title. */
function confident(dump: string): string[] {
  return parseDump(dump, context).flatMap((operation) => (operation.op === 'create_task' && (operation.confidence ?? 1) >= 0.5 ? [operation.title] : []));
}

describe('who does what in typed-up minutes', () => {
  it('writes action lines as whose items they are: the writer\'s and everyone\'s as "Me:", someone else\'s as theirs', () => {
    const minutes = 'Present: MH (chair), JT, SK, LB (minutes)\nACTION (SK): request a second quote.\nACTION (LB): send the minutes to all residents.\n- Action (ALL): walk the courtyard\nACTION (Priya): new balls order';
    expect(withMeetingOwnersRead(minutes).split('\n').slice(1)).toEqual([
      'SK to request a second quote.',
      'Me: send the minutes to all residents.',
      '- Me: walk the courtyard',
      'Priya: new balls order',
    ]);
    expect(confident(minutes)).toEqual(['Send the minutes to all residents', 'Walk the courtyard']);
  });

  it('reads an attendee and a verb in the third person as what they will do, the writer\'s own as the reader\'s', () => {
    const notes = 'Present: DB (me, minutes), KW, SM\n- DB drafts the budget section\n- KW writes the narrative\n- SM to sort the sound system\n- DB + KW to design and print the flyer\n- DB: update the schedule page';
    expect(withMeetingOwnersRead(notes).split('\n').slice(1, 3)).toEqual(['- Me: draft the budget section', '- KW to write the narrative']);
    expect(confident(notes)).toEqual(['Draft the budget section', 'Design and print the flyer', 'Update the schedule page']);
  });

  it('leaves notes without an attendance line or action lines as they are', () => {
    const notes = '- KW writes the narrative\n- the van needs tyres';
    expect(withMeetingOwnersRead(notes)).toBe(notes);
  });
});
