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

  describe('terse reports of open tasks', () => {
    const WATER = '00000000-0000-4000-8000-000000000011';
    const VACCINE = '00000000-0000-4000-8000-000000000012';
    const FENCE = '00000000-0000-4000-8000-000000000013';
    const AUNT = '00000000-0000-4000-8000-000000000014';
    const PERMIT = '00000000-0000-4000-8000-000000000015';
    const home = [
      { id: WATER, title: 'Pay the water bill', project_id: null, due_date: '2026-11-25', status: 'todo' },
      { id: VACCINE, title: 'Get the tetanus booster', project_id: null, due_date: null, status: 'todo' },
      { id: FENCE, title: 'Stain the back fence', project_id: null, due_date: '2026-11-28', status: 'todo' },
      { id: AUNT, title: 'Phone Aunt Rosa', project_id: null, due_date: null, status: 'todo' },
      { id: PERMIT, title: 'Renew the parking permit', project_id: null, due_date: null, status: 'todo' },
    ];

    it('reads a task named and then reported done, with when or where it was done after it', () => {
      expect(findUpdate('water bill paid at lunch', home, reference)?.task_id).toBe(WATER);
      expect(findUpdate('tetanus booster - done at the clinic on Monday', home, reference)?.changes).toEqual({ status: 'done' });
      expect(findUpdate('parking permit sorted', home, reference)?.task_id).toBe(PERMIT);
    });

    it('reads a report that leads with what was done, cutting the words about when', () => {
      expect(findUpdate('finally paid the water bill', home, reference)?.task_id).toBe(WATER);
      expect(findUpdate('sorted the parking permit over the phone this morning', home, reference)?.task_id).toBe(PERMIT);
      expect(findUpdate('done: phoned Aunt Rosa', home, reference)?.task_id).toBe(AUNT);
    });

    it('takes any past verb as a report only when the task is that verb', () => {
      expect(findUpdate('phoned Aunt Rosa yesterday', home, reference)?.changes).toEqual({ status: 'done' });
      expect(findUpdate('visited Aunt Rosa', home, reference)).toBeNull();
    });

    it('reads a noun made from the task verb as the task', () => {
      expect(findUpdate('permit renewal is done', home, reference)?.task_id).toBe(PERMIT);
    });

    it('reads cancellations said in passing', () => {
      expect(findUpdate('forget the back fence this year', home, reference)?.changes).toEqual({ status: 'cancelled' });
      expect(findUpdate("I'm not doing the tetanus booster anymore", home, reference)?.task_id).toBe(VACCINE);
      expect(findUpdate('dropping the fence', home, reference)?.task_id).toBe(FENCE);
      expect(findUpdate('parking permit is off', home, reference)?.task_id).toBe(PERMIT);
      expect(findUpdate('tetanus booster cancelled', home, reference)?.task_id).toBe(VACCINE);
      expect(findUpdate('no fence staining this year', home, reference)?.task_id).toBe(FENCE);
      expect(findUpdate('cancel the fence', home, reference)?.task_id).toBe(FENCE);
      expect(findUpdate("I'm cancelling the fence staining", home, reference)?.changes).toEqual({ status: 'cancelled' });
      expect(findUpdate("we're calling off the tetanus booster", home, reference)?.task_id).toBe(VACCINE);
      expect(findUpdate('cancel the gym', [{ id: 'g', title: 'Cancel the gym', project_id: null, due_date: null, status: 'todo' }], reference)).toBeNull();
    });

    it('reads a move with the task first and a bare or past verb, or "now on"', () => {
      expect(findUpdate('fence push to Sunday', home, reference)?.changes).toEqual({ due_date: '2026-11-29' });
      expect(findUpdate('Aunt Rosa now on Thursday', home, reference)?.changes).toEqual({ due_date: '2026-11-26' });
    });

    it('lets a pronoun stand for the task the sentence named before it', () => {
      const fence = home[2] ?? null;
      expect(findUpdate('move it to Saturday', home, reference, fence)?.task_id).toBe(FENCE);
      expect(findUpdate('will do it Friday', home, reference, fence)?.changes).toEqual({ due_date: '2026-11-27' });
      expect(findUpdate('move it to Saturday', home, reference)).toBeNull();
    });

    it('leaves plans and requests alone', () => {
      expect(findUpdate('get the water bill paid by Friday', home, reference)).toBeNull();
      expect(findUpdate('water bill paid by Friday', home, reference)).toBeNull();
      expect(findUpdate('paid the plumber', home, reference)).toBeNull();
    });
  });
});

describe('reports that name a task by its object, its topic or a tick', () => {
  const studio = [
    { id: 'prints', title: 'Print the exhibition flyers', project_id: null, due_date: null, status: 'todo' },
    { id: 'kiln', title: 'Book the glaze firing', project_id: null, due_date: '2026-11-25', status: 'todo' },
    { id: 'aprons', title: 'Wash the studio aprons', project_id: null, due_date: null, status: 'todo' },
    { id: 'grant', title: 'Arts council grant form', project_id: null, due_date: '2026-11-30', status: 'todo' },
    { id: 'Yusuf', title: 'Call Yusuf about the clay order', project_id: null, due_date: null, status: 'todo' },
  ];

  it('reads the task\'s object, then its own verb in the past, as done', () => {
    expect(findUpdate('exhibition flyers printed', studio, reference)?.changes).toEqual({ status: 'done' });
    expect(findUpdate('studio aprons: washed Sunday', studio, reference)?.task_id).toBe('aprons');
    expect(findUpdate('the aprons were washed', studio, reference)?.task_id).toBe('aprons');
  });

  it('leaves a plan, another verb, or someone reaching the person alone', () => {
    expect(findUpdate('exhibition flyers printed by Friday', studio, reference)).toBeNull();
    expect(findUpdate('studio aprons folded', studio, reference)).toBeNull();
    expect(findUpdate('Yusuf called about the clay order', studio, reference)).toBeNull();
  });

  it('reads a ticked box or a done label over a task as done, whatever its verb', () => {
    expect(findUpdate('- [x] wash the studio aprons', studio, reference)?.task_id).toBe('aprons');
    expect(findUpdate('[✓] the exhibition flyers', studio, reference)?.task_id).toBe('prints');
    expect(findUpdate('done: book the glaze firing this morning', studio, reference)?.changes).toEqual({ status: 'done' });
    expect(findUpdate('- [ ] wash the studio aprons', studio, reference)).toBeNull();
  });

  it('reads a topic naming a task, then words giving it a new day', () => {
    expect(findUpdate('glaze firing: the kiln man pushed it to the 2nd', studio, reference)?.changes).toEqual({ due_date: '2026-12-02' });
    expect(findUpdate('grant form – wait till Thursday', studio, reference)?.changes).toEqual({ due_date: '2026-11-26' });
    expect(findUpdate('grant form: they say it has to be in by the 28th now', studio, reference)?.changes).toEqual({ due_date: '2026-11-28' });
  });

  it('reads no new day from a topic whose news carries none', () => {
    expect(findUpdate('glaze firing: went fine on the 20th', studio, reference)).toBeNull();
    expect(findUpdate('grant form: extension granted', studio, reference)).toBeNull();
  });

  it('reads a bare status or new day of the task the clause before named', () => {
    const grant = studio[3] ?? null;
    expect(findUpdate('cancelled', studio, reference, grant)?.changes).toEqual({ status: 'cancelled' });
    expect(findUpdate('done', studio, reference, grant)?.changes).toEqual({ status: 'done' });
    expect(findUpdate('now due the 4th', studio, reference, grant)?.changes).toEqual({ due_date: '2026-12-04' });
    expect(findUpdate('cancelled', studio, reference)).toBeNull();
  });
});
