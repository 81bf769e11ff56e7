import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import type { DateReference } from './dates.ts';
import { parseDump } from './parse-dump.ts';
import { matchTask } from './task-match.ts';
import { findUpdate } from './updates.ts';

const PARCEL = '00000000-0000-4000-8000-000000000011';
const GRANT = '00000000-0000-4000-8000-000000000012';
const BANNER = '00000000-0000-4000-8000-000000000013';
const SETLIST = '00000000-0000-4000-8000-000000000014';
const open = [
  { id: PARCEL, title: "Post Oisín's parcel", project_id: null, due_date: '2026-02-12', status: 'todo' },
  { id: GRANT, title: 'Apply for the arts council grant', project_id: null, due_date: null, status: 'todo' },
  { id: BANNER, title: 'Order a banner for the stall', project_id: null, due_date: null, status: 'todo' },
  { id: SETLIST, title: 'Write the setlist for the Ashgrove gig', project_id: null, due_date: '2026-02-14', status: 'todo' },
];
const reference: DateReference = { today: '2026-02-10', timezone: 'Europe/Dublin' };
const context: DraftContext = { today: reference.today, timezone: reference.timezone, projects: [], tasks: open };

function updates(dump: string) {
  return parseDump(dump, context).flatMap((operation) => (operation.op === 'update_task' ? [{ id: operation.task_id, ...operation.changes }] : []));
}

describe('an open task reported sent off, handed in, dropped or still to do', () => {
  it.each([
    ["Oisín's parcel went out this morning", PARCEL],
    ["Oisín's parcel has gone off", PARCEL],
    ['the arts council grant application is in ✅', GRANT],
    ['grant application’s in at last', GRANT],
  ])('reads "%s" as done', (clause, id) => {
    expect(findUpdate(clause, open, reference)).toEqual({ op: 'update_task', task_id: id, changes: { status: 'done' } });
  });

  it.each(['banner: forget it', 'the banner - skip that', 'banner: drop it for now'])('reads "%s" as dropping the task', (clause) => {
    expect(findUpdate(clause, open, reference)?.changes).toEqual({ status: 'cancelled' });
  });

  it('gives a task said to be still to do the day after it', () => {
    expect(updates('Setlist for the Ashgrove gig still to do, by Thursday.')).toEqual([{ id: SETLIST, due_date: '2026-02-12' }]);
  });

  it('finds a task by the noun of its verb when a "y" turns to "i"', () => {
    expect(matchTask('the grant application', open)?.id).toBe(GRANT);
  });

  it.each([
    // Where a thing is, not that it was handed in.
    "Oisín's parcel is in the hall",
    // Going out is no report of a task it does not name.
    'the lights went out',
    // A plan, not a report.
    'the grant application is in progress, by Friday',
  ])('reads no report in "%s"', (clause) => {
    expect(findUpdate(clause, open, reference)?.changes.status).toBeUndefined();
  });
});
