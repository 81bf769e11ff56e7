import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { parsedByRules } from '../testing/rules-only.ts';
import { confidentTasks } from '../testing/confident-tasks.ts';

// Dumps written for two of issue #19's categories (projects named in prose; feelings that are not
// tasks), not taken from either evaluation part. Wednesday 2 December 2026.
const context: DraftContext = { today: '2026-12-02', timezone: 'Europe/London', projects: [], tasks: [] };

/** The confident tasks of a dump, each with the name of its project (or null). */
function grouped(dump: string): [string, string | null][] {
  return confidentTasks(parsedByRules(dump, context));
}

describe('a paragraph opened by bringing up an effort', () => {
  it.each([
    ['So the plan for the bathroom. Return the wrong tiles to Topps, order the extractor fan.', 'Bathroom'],
    ['Next up is the garage clear-out. Book a skip, sort the tools.', 'Garage clear-out'],
    ['Now the allotment. Dig over the bed by the shed, buy garlic bulbs.', 'Allotment'],
    ['Operation spare room is a go. Clear the boxes, paint the walls.', 'Spare room'],
    ['The website redesign is finally moving. I need to write copy for the homepage and pick a font.', 'Website redesign'],
    ['The charity bake sale is happening on Saturday. Bake brownies, print price labels.', 'Charity bake sale'],
    ['Biggest thing on my plate: the grant application. Finish the budget section, get Maria to sign off.', 'Grant application'],
    ['The school quiz night is my problem now. Write the questions, book the hall.', 'School quiz night'],
    ['Right, the flat viewing. Clean the windows, hide the laundry.', 'Flat viewing'],
    ['The newsletter revamp needs to happen before March. Pick a template, write the intro.', 'Newsletter revamp'],
    ["I'm organising Dad's retirement party. Book the pub, collect money for a gift.", "Dad's retirement party"],
    ['Garden makeover is finally starting. Order the sleepers, book the skip.', 'Garden makeover'],
    ["The other thing is Sanne's PhD defence in June. Book a suit fitting, write my speech.", "Sanne's PhD defence"],
    ['The other big thing is the loft conversion. Ring the architect, clear the boxes.', 'Loft conversion'],
  ])('"%s" groups its tasks under %s', (dump, project) => {
    const tasks = grouped(dump);
    expect(tasks.length).toBe(2);
    expect(tasks.map(([, name]) => name)).toEqual([project, project]);
  });

  it.each([
    ['On the van conversion front, order the insulation and call the electrician.', 'Van conversion'],
    ["Re the holiday in Crete: book flights, renew Ella's passport.", 'Holiday in Crete'],
    ['When it comes to the car, book the MOT and renew the insurance.', 'Car'],
    ['As far as the garden goes, prune the roses and order mulch.', 'Garden'],
    ['Speaking of the wedding, book the DJ and order the cake.', 'Wedding'],
    ['In terms of the move, book the van and cancel the internet.', 'Move'],
  ])('"%s" puts the rest of the sentence under %s', (dump, project) => {
    expect(grouped(dump).map(([, name]) => name)).toEqual([project, project]);
  });

  it.each(['So the boiler broke again. Call the engineer, book a day off.', "I'm running late. Call Jo, send the report."])(
    'a thing that does something, or the writer running late, names no effort: "%s"',
    (dump) => {
      expect(grouped(dump).map(([, name]) => name)).toEqual([null, null]);
    },
  );

  it('does not take a thing said to be somewhere for an effort under way', () => {
    expect(grouped('Kids: the uniform list is on the school site, buy the uniform by Saturday. Drop off the forms Friday.').map(([, name]) => name)).toEqual([
      'Kids',
      'Kids',
    ]);
  });
});

describe('a line naming a part of life and its stuff', () => {
  it('groups the lines under it without a colon', () => {
    expect(grouped('work stuff\nsend the deck to Priya\nbook a 1:1 with Tom\n\nhouse stuff\nfix the tap')).toEqual([
      ['Send the deck to Priya', 'Work'],
      ['Book a 1:1 with Tom', 'Work'],
      ['Fix the tap', 'House'],
    ]);
  });

  it.each(['Things I keep putting off:', 'Stuff to do:', 'Jobs for me:'])('names no project with "%s"', (label) => {
    expect(grouped(`${label}\ndentist\nrenew passport`).map(([, name]) => name)).toEqual([null, null]);
  });

  it('names no project when the stuff is random', () => {
    expect(grouped('random stuff\nbuy milk\ncall mum')).toEqual([
      ['Buy milk', null],
      ['Call mum', null],
    ]);
  });
});

describe('a paragraph opened by how the writer is', () => {
  it.each([
    'Tired. Call the GP to book a blood test, pick up milk.',
    "Didn't sleep well. Call the GP to book a blood test, pick up milk.",
    'Feeling a bit overwhelmed today. Call the GP to book a blood test, pick up milk.',
    'Rough night with the baby. Call the GP to book a blood test, pick up milk.',
  ])('"%s" names no project and is no task', (dump) => {
    expect(grouped(dump)).toEqual([
      ['Call the GP to book a blood test', null],
      ['Pick up milk', null],
    ]);
  });
});
