import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { withDetailDatesJoined } from './detail-dates.ts';
import { parseDump } from './parse-dump.ts';

// A Friday.
const context: DraftContext = { today: '2026-10-09', timezone: 'America/Vancouver', projects: [], tasks: [] };

function drafted(dump: string): string[] {
  return parseDump(dump, context).flatMap((operation) => (operation.op === 'create_task' ? [`${operation.title} → ${operation.due_date ?? 'none'}`] : []));
}

describe("a reminders app's list, each day on a line under its item", () => {
  it('dates each item by the line under it, time or not', () => {
    const dump = 'Reminders › Today & Scheduled\n\nCall the strata office\n    Today, 9:00 AM\nBrine the turkey\n    Sun, 8:00 PM\nReturn the air mattress\n    Tue\nRenew the car insurance\n    Oct 31\nPassport photos for Ezra';
    expect(drafted(dump)).toEqual([
      'Call the strata office → 2026-10-09',
      'Brine the turkey → 2026-10-11',
      'Return the air mattress → 2026-10-13',
      'Renew the car insurance → 2026-10-31',
      'Passport photos for Ezra → none',
    ]);
  });

  it('takes an item "Completed" on a day as done, ticked or not', () => {
    expect(drafted('Book flu shots\n    Completed Oct 7\nBuy stamps')).toEqual(['Buy stamps → none']);
    expect(drafted('✓ Book flu shots\n    Completed Oct 7\nBuy stamps')).toEqual(['Buy stamps → none']);
  });

  it('leaves an item with a day of its own, a heading, a note under an item and a dump without indents as they were', () => {
    expect(withDetailDatesJoined('Pay rent Friday\n    Sat')).toBe('Pay rent Friday\n    Sat');
    expect(withDetailDatesJoined('Garden:\n    Sat')).toBe('Garden:\n    Sat');
    expect(withDetailDatesJoined('Pay rent\n    ask Sam for his half')).toBe('Pay rent\n    ask Sam for his half');
    expect(withDetailDatesJoined('Pay rent\nSat')).toBe('Pay rent\nSat');
  });

  it('joins the day to the item as a comma and the day', () => {
    expect(withDetailDatesJoined('- brine the turkey\n    Due: Sun, 8:00 PM\n- buy stamps')).toBe('- brine the turkey, Sun, 8:00 PM\n- buy stamps');
  });
});
