import { operationSchema } from '@ordo/shared-types';
import { describe, expect, it } from 'vitest';
import type { EvalCase } from './dumps.ts';
import { summarise } from './figures.ts';
import { scoreCase } from './score.ts';

const evalCase: EvalCase = {
  name: 'scoring',
  today: '2026-11-23',
  timezone: 'Europe/Berlin',
  text: '',
  tasks: [
    { title: 'Call the plumber', due: '2026-11-24', project: 'House', priority: 'high' },
    { title: 'Renew passport', due: null, priority: 'low' },
    { title: 'Pay rent', due: null },
  ],
};

const operations = [
  { op: 'create_project', ref: 'p1', name: 'House', confidence: 0.9 },
  { op: 'create_project', ref: 'p2', name: 'Doubtful', confidence: 0.3 },
  { op: 'create_task', ref: 't1', title: 'Call plumber', project_ref: 'p1', due_date: '2026-11-24', priority: 'high', confidence: 0.9 },
  { op: 'create_task', ref: 't2', title: 'Renew passport', project_ref: 'p2', priority: 'medium', confidence: 0.9 },
  { op: 'create_task', ref: 't3', title: 'Pay rent', confidence: 0.3 },
  { op: 'create_task', ref: 't4', title: 'The weather is awful', confidence: 0.3 },
  { op: 'create_task', ref: 't5', title: 'Water the roses' },
].map((operation) => operationSchema.parse(operation));

describe('scoring a draft as the review first shows it', () => {
  const score = scoreCase(evalCase, operations);

  it('counts suggestions apart: neither found nor invented, with the expected ones among them', () => {
    expect(score).toMatchObject({ found: 2, predictedTasks: 3, tasksMatched: 2, suggestedTasks: 2, suggestionsMatched: 1 });
    expect(score.misses).toContain('only suggested: "Pay rent"');
    expect(score.misses).toContain('invented task "Water the roses"');
  });

  it('scores priorities where stated, and sends a task of a suggested project to the inbox', () => {
    expect(score).toMatchObject({ prioritiesExpected: 2, prioritiesRight: 1, projectsExpected: 1, projectsRight: 1 });
    expect(score.misses).toContain('"Renew passport": priority medium instead of low');
  });

  it('reports invented tasks per 16 dumps', () => {
    const figures = summarise([score, score]);
    expect(figures.invented).toBe(2);
    expect(figures.inventedPer16).toBe(16);
    expect(figures.recall).toBeCloseTo(4 / 6);
  });
});
