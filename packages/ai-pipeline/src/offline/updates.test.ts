import { describe, expect, it } from 'vitest';
import type { DateReference } from './dates.ts';
import { findUpdate, restatedTask } from './updates.ts';

const DENTIST = '00000000-0000-4000-8000-000000000001';
const TAXES = '00000000-0000-4000-8000-000000000002';
const REPORT = '00000000-0000-4000-8000-000000000003';
const INSURANCE = '00000000-0000-4000-8000-000000000004';
const open = [
  { id: DENTIST, title: 'Dentist appointment', project_id: null, due_date: '2026-11-24', status: 'todo' },
  { id: TAXES, title: 'File tax return', project_id: null, due_date: null, status: 'todo' },
  { id: REPORT, title: 'Quarterly report', project_id: null, due_date: '2026-11-27', status: 'in_progress' },
  { id: INSURANCE, title: 'Compare car insurance quotes', project_id: null, due_date: null, status: 'todo' },
];
const reference: DateReference = { today: '2026-11-23', timezone: 'Europe/Berlin' };

describe('updates to existing tasks', () => {
  it('moves a task to a new day, with a time when one is given', () => {
    expect(findUpdate('move the dentist thing to Friday', open, reference)).toEqual({ op: 'update_task', task_id: DENTIST, changes: { due_date: '2026-11-27' } });
    expect(findUpdate('reschedule the dentist to Thursday at 4pm', open, reference)?.changes).toEqual({
      due_date: '2026-11-26',
      start_at: '2026-11-26T16:00:00+01:00',
    });
    expect(findUpdate('dentist appt moved to Dec 3', open, reference)?.changes).toEqual({ due_date: '2026-12-03' });
  });

  it('pushes a task by days or weeks from its own due date', () => {
    expect(findUpdate('push the quarterly report back a week', open, reference)?.changes).toEqual({ due_date: '2026-12-04' });
    expect(findUpdate('push the quarterly report to next week', open, reference)?.changes).toEqual({ due_date: '2026-11-30' });
  });

  it('marks tasks done or cancelled, and changes priority or title', () => {
    expect(findUpdate('mark the tax return as done', open, reference)?.changes).toEqual({ status: 'done' });
    expect(findUpdate('taxes: done!', open, reference)?.changes).toEqual({ status: 'done' });
    expect(findUpdate('scrap the insurance quotes', open, reference)?.changes).toEqual({ status: 'cancelled' });
    expect(findUpdate('make the quarterly report high priority', open, reference)?.changes).toEqual({ priority: 'high' });
    expect(findUpdate('rename the quarterly report to "Q4 report"', open, reference)?.changes).toEqual({ title: 'Q4 report' });
  });

  it('leaves new tasks alone and ignores finished ones', () => {
    expect(findUpdate('move the couch to the basement', open, reference)).toBeNull();
    expect(findUpdate('move the piano lesson to Friday', open, reference)).toBeNull();
    expect(findUpdate('mark the tax return as done', [], reference)).toBeNull();
  });

  it('reschedules a restated open task instead of duplicating it', () => {
    expect(restatedTask('Compare insurance quotes', { due_date: '2026-11-27', start_at: null }, open)?.task_id).toBe(INSURANCE);
    expect(restatedTask('Insurance', { due_date: '2026-11-27', start_at: null }, open)).toBeNull();
  });
});
