import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { asGroupedLines, confidentTasks } from '../testing/confident-tasks.ts';
import { parseDump } from './parse-dump.ts';

const context: DraftContext = { today: '2026-05-11', timezone: 'UTC', projects: [], tasks: [] };

/** Each confident task as "project / title" ("- / title" when it has no project). */
function grouped(dump: string): string[] {
  return asGroupedLines(confidentTasks(parseDump(dump, context)));
}

describe('an occasion brought up with its day, and what the writer takes on for it', () => {
  it.each([
    ["Grey morning, rain again. The quiz night is on 6 June and I've taken charge of the prizes. Ring the brewery about a voucher. Print the answer sheets."],
    ['Grey morning, rain again. The quiz night is on 6 June and there is loads to sort for it. Ring the brewery about a voucher. Print the answer sheets.'],
    ['Grey morning, rain again. The quiz night at the rugby club is on 6 June. Ring the brewery about a voucher. Print the answer sheets.'],
  ])('names the paragraph\'s group: "%s"', (dump) => {
    expect(grouped(dump)).toEqual(['Quiz night / Ring the brewery about a voucher', 'Quiz night / Print the answer sheets']);
  });

  it.each([
    ['Grey morning, rain again. The quiz night is on 6 June and there is loads to sort: ring the brewery about a voucher, print the answer sheets.'],
    ["Grey morning, rain again. Now, the quiz night (it's on 6 June): I need to ring the brewery about a voucher and print the answer sheets."],
  ])('before a colon, heads the steps after it: "%s"', (dump) => {
    expect(grouped(dump)).toEqual(['Quiz night / Ring the brewery about a voucher', 'Quiz night / Print the answer sheets']);
  });

  it('a birthday comes round rather than being organised, and groups nothing', () => {
    expect(grouped("Grey morning. Ana's birthday is on 6 June and I've taken charge of it. Buy a card. Book the restaurant.")).toEqual([
      '- / Buy a card',
      '- / Book the restaurant',
    ]);
  });
});

describe('a label that only turns away from the group before it', () => {
  it.each(['Completely unrelated', 'Otherwise', 'Besides that', 'In other news'])('"%s:" opening the next paragraph names no group', (label) => {
    expect(grouped(`For the allotment I need to dig the potato bed and net the brassicas.\n\n${label}: dentist on Tuesday, and pay the water bill by the 20th.`)).toEqual([
      'Allotment / Dig the potato bed',
      'Allotment / Net the brassicas',
      '- / Dentist',
      '- / Pay the water bill',
    ]);
  });

  it('a turn that goes on to name the next thing leaves that thing the group', () => {
    expect(grouped('For the allotment I need to dig the potato bed.\n\nSeparate project: the shed. Sand the bench and paint the door.')).toEqual([
      'Allotment / Dig the potato bed',
      'Shed / Sand the bench',
      'Shed / Paint the door',
    ]);
  });
});
