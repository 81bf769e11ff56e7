import { describe, expect, it } from 'vitest';
import { confidentTitlesAndDays } from '../testing/confident-tasks.ts';
import { parseDump } from './parse-dump.ts';
import { withRetroSectionsLeft } from './retro-sections.ts';

const RETRO = `Sprint 31 retro
KEEP
- demo Fridays 🎉
STOP
- standups running 25 mins
START
- rotating who runs the retro

ACTION ITEMS
- book a room for the next retro by Tuesday`;

describe("a retrospective's sections", () => {
  it('leaves out each section heading and the list items under it, keeping what follows', () => {
    expect(withRetroSectionsLeft(RETRO)).toBe('Sprint 31 retro\n\nACTION ITEMS\n- book a room for the next retro by Tuesday');
    expect(withRetroSectionsLeft('What went well\n- shipped sync\n\nWhat didn\'t\n- late nights\n\nGoals\n- write the guide')).toBe('\n\nGoals\n- write the guide');
  });

  it('leaves a dump with one such heading as it was: "Keep" may head a list of things to do', () => {
    const dump = 'Keep:\n- the receipts for the tax return\n- call the bank';
    expect(withRetroSectionsLeft(dump)).toBe(dump);
  });

  it('drafts only the action items of a pasted retro', () => {
    expect(confidentTitlesAndDays(parseDump(RETRO, { today: '2026-08-14', timezone: 'Asia/Kolkata', projects: [], tasks: [] }))).toEqual([
      ['Book a room for the next retro', '2026-08-18'],
    ]);
  });
});
