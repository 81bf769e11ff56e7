import { describe, expect, it } from 'vitest';
import { deadlineRisk } from './deadline-risk.ts';

const task = (fields: Partial<Parameters<typeof deadlineRisk>[0]>) => ({
  status: 'todo',
  deadline: '2026-03-10',
  due_date: null,
  start_at: null,
  ...fields,
});

describe('deadlineRisk', () => {
  it('flags a deadline already passed', () => {
    expect(deadlineRisk(task({}), '2026-03-11', 'UTC')).toBe('passed');
  });

  it('flags a task planned or started after its deadline', () => {
    expect(deadlineRisk(task({ due_date: '2026-03-11' }), '2026-03-01', 'UTC')).toBe('planned_late');
    // 01:00Z on the 11th is still the 10th in New York: in time there, late in Sydney.
    const start_at = new Date('2026-03-11T01:00:00Z');
    expect(deadlineRisk(task({ start_at }), '2026-03-01', 'America/New_York')).toBeNull();
    expect(deadlineRisk(task({ start_at }), '2026-03-01', 'Australia/Sydney')).toBe('planned_late');
  });

  it('leaves tasks in time, without a deadline, or finished alone', () => {
    expect(deadlineRisk(task({ due_date: '2026-03-10' }), '2026-03-10', 'UTC')).toBeNull();
    expect(deadlineRisk(task({ deadline: null, due_date: '2026-03-11' }), '2026-03-12', 'UTC')).toBeNull();
    expect(deadlineRisk(task({ status: 'done' }), '2026-03-11', 'UTC')).toBeNull();
  });
});
