import { describe, expect, it } from 'vitest';
import type { DateReference } from './dates.ts';
import { findReports, isReported } from './reports.ts';

const BINS = '00000000-0000-4000-8000-000000000021';
const LAWN = '00000000-0000-4000-8000-000000000022';
const CAKE = '00000000-0000-4000-8000-000000000023';
const open = [
  { id: BINS, title: 'Book the skip bin', project_id: null, due_date: '2026-06-10', status: 'todo' },
  { id: LAWN, title: 'Mow the lawn', project_id: null, due_date: '2026-06-06', status: 'todo' },
  { id: CAKE, title: 'Order the birthday cake', project_id: null, due_date: '2026-06-12', status: 'todo' },
];
const reference: DateReference = { today: '2026-06-04', timezone: 'Europe/Dublin' };

describe('reports about open tasks in a whole dump', () => {
  it('finds reports in statements, one per clause, across pictographs', () => {
    const reports = findReports('skip bin booked 🙌 the lawn can wait, push it to Monday. and the birthday cake is off this year', open, reference);
    expect(reports.map((report) => [report.update?.task_id, report.update?.changes])).toEqual([
      [BINS, { status: 'done' }],
      [LAWN, { due_date: '2026-06-08' }],
      [CAKE, { status: 'cancelled' }],
    ]);
  });

  it('lets "that" stand for what a past verb in the clause before was done to', () => {
    const reports = findReports("the neighbour came round and mowed the lawn, so that's done", open, reference);
    expect(reports.map((report) => [report.update?.task_id, report.update?.changes])).toEqual([[LAWN, { status: 'done' }]]);
  });

  it('lets a later clause go on about the topic a clause opened with', () => {
    const reports = findReports('- birthday cake: the bakery is full, now due the 15th\n- skip bin, cancelled', open, reference);
    expect(reports.map((report) => [report.update?.task_id, report.update?.changes])).toEqual([
      [CAKE, { due_date: '2026-06-15' }],
      [BINS, { status: 'cancelled' }],
    ]);
  });

  it('lets "it" stand only for a task named earlier in the same sentence', () => {
    expect(findReports('the lawn is a jungle. push it to Monday', open, reference)).toEqual([]);
  });

  it('knows an open task said to stand as it is, with no update', () => {
    const reports = findReports('still to do: skip bin (no change). lawn - still not started', open, reference);
    expect(reports.map((report) => report.update)).toEqual([null, null]);
    expect(isReported('skip bin', reports)).toBe(true);
    expect(findReports('lawn party - still going', open, reference)).toEqual([]);
  });

  it('knows a candidate task that repeats a report', () => {
    const reports = findReports('the lawn can wait, push it to Monday', open, reference);
    expect(isReported('push it to Monday', reports)).toBe(true);
    expect(isReported('Buy milk', reports)).toBe(false);
    expect(findReports('skip bin booked', [], reference)).toEqual([]);
  });
});
