import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { asGroupedLines, confidentTasks, draftedTasks } from '../testing/confident-tasks.ts';
import { parseDump } from './parse-dump.ts';
import { segment } from './segment.ts';

const context: DraftContext = { today: '2026-05-12', timezone: 'America/Chicago', projects: [], tasks: [] };

/** Each confident task as "project / title" ("- / title" when it has no project). */
function grouped(dump: string): string[] {
  return asGroupedLines(confidentTasks(parseDump(dump, context)));
}

describe('a line led by one pictograph over lines repeating another', () => {
  it('heads them when it ends in a colon', () => {
    expect(grouped('🚲 bike shop:\n▪️ order inner tubes\n▪️ ring the courier\n🎻 orchestra:\n▪️ learn the second movement\n▪️ pay the term fee')).toEqual([
      'Bike shop / Order inner tubes',
      'Bike shop / Ring the courier',
      'Orchestra / Learn the second movement',
      'Orchestra / Pay the term fee',
    ]);
  });

  it('heads them as a bare word, though the word could be a verb', () => {
    expect(grouped('☕ slow Tuesday\n\n🚗 van\n➡️ book the MOT\n➡️ top up the oil')).toEqual(['Van / Book the MOT', 'Van / Top up the oil']);
  });

  it('stays an item when it asks for something', () => {
    expect(grouped('📞 call the dentist\n➡️ email Priya\n➡️ post the parcel')).toEqual([
      '- / Call the dentist',
      '- / Email Priya',
      '- / Post the parcel',
    ]);
  });

  it('stays an item in a list whose pictographs all differ', () => {
    // What the rules read: a bare noun ("laundry") sits either side of one half as the model has it.
    const drafted = asGroupedLines(draftedTasks(parseDump('🧺 laundry\n🛒 buy eggs\n💊 pick up the prescription', context)));
    expect(drafted).toEqual(['- / Laundry', '- / Buy eggs', '- / Pick up the prescription']);
  });
});

describe('a decorated first line over pictured items', () => {
  it('titles them, and is no task', () => {
    expect(segment('reset day ✨\n🧺 laundry\n🥗 meal prep for the week\n🌱 repot the monstera').map((item) => item.text)).toEqual([
      'laundry',
      'meal prep for the week',
      'repot the monstera',
    ]);
  });
});
