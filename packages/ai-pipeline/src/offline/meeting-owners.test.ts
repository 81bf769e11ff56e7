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
  it('reads a topic, then after a dash who takes it, as that person\'s item: no task of its own, the writer\'s as theirs', () => {
    const notes =
      'Present: Kiri (chair), Hemi (me, sec), Tane, Lucy\n- patrol roster out by next week – Lucy\n- quiz night Fri 16 Oct – Kiri to book the pub\n- UV bulbs overdue – Hemi to replace before Friday\n- wetsuit donation from Surf Co – Hemi to write a thank-you letter\n- buy tape - Hemi';
    expect(withMeetingOwnersRead(notes).split('\n').slice(1)).toEqual([
      '- Lucy: patrol roster out by next week',
      '- Kiri to book the pub (quiz night Fri 16 Oct)',
      '- Me: replace UV bulbs overdue before Friday',
      '- Me: write a thank-you letter (wetsuit donation from Surf Co)',
      '- Me: buy tape',
    ]);
    expect(confident(notes)).toEqual(['Replace UV bulbs overdue', 'Write a thank-you letter', 'Buy tape']);
  });

  it('reads no dash across lines, nor a name after a dash that is no attendee\'s', () => {
    const notes = 'Present: DB (me, minutes), SM\n- DB to get the permit by 12 Aug\n- SM to sort the sound system\n- email the flyer – Maria';
    expect(withMeetingOwnersRead(notes)).toBe(notes);
  });

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
