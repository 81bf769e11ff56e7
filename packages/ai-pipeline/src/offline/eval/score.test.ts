import { operationSchema } from '@ordo/shared-types';
import { describe, expect, it } from 'vitest';
import type { EvalCase } from './dumps.ts';
import { summarise } from './figures.ts';
import { normaliseTitle, scoreCase, titleSimilarity } from './score.ts';

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

describe('grouping apart from recall and from names', () => {
  const grouped: EvalCase = {
    ...evalCase,
    tasks: [
      { title: 'Sand the door', project: 'Shed' },
      { title: 'Buy hinges', project: 'Shed' },
      { title: 'Oil the chain', project: 'Bike' },
      { title: 'Pump the tyres', project: 'Bike' },
      { title: 'Post the letter', project: null },
      { title: 'Book the ferry', project: 'Trip' },
    ],
  };
  const drafted = [
    { op: 'create_project', ref: 'p1', name: 'Garden shed', confidence: 0.9 },
    { op: 'create_project', ref: 'p2', name: 'Bike', confidence: 0.9 },
    { op: 'create_task', ref: 't1', title: 'Sand the door', project_ref: 'p1', confidence: 0.9 },
    { op: 'create_task', ref: 't2', title: 'Buy hinges', project_ref: 'p1', confidence: 0.9 },
    { op: 'create_task', ref: 't3', title: 'Oil the chain', project_ref: 'p2', confidence: 0.9 },
    { op: 'create_task', ref: 't4', title: 'Pump the tyres', project_ref: 'p1', confidence: 0.9 },
    { op: 'create_task', ref: 't5', title: 'Post the letter', confidence: 0.9 },
  ].map((operation) => operationSchema.parse(operation));
  const score = scoreCase(grouped, drafted);

  it('counts exact names over expected tasks, and companions over found tasks whatever the group is named', () => {
    // Exact: only "Oil the chain" (Bike) and "Post the letter" (none); the missed ferry counts against it.
    expect(score).toMatchObject({ projectsExpected: 6, projectsRight: 2, projectsFound: 5 });
    // Names aside: Shed pairs with "Garden shed" (2 tasks), Bike with "Bike"; "Pump the tyres" sits in the shed's group.
    expect(score.projectsGroupedRight).toBe(4);
  });

  it('pairs each drafted group with one expected group only', () => {
    const merged = scoreCase(
      grouped,
      drafted.map((operation) => (operation.op === 'create_task' && operation.project_ref === 'p2' ? { ...operation, project_ref: 'p1' } : operation)),
    );
    expect(merged.projectsGroupedRight).toBe(3);
  });
});

describe('recall with titles aside, a diagnostic beside the headline figure', () => {
  const worded: EvalCase = {
    ...evalCase,
    tasks: [
      { title: 'Leave for the airport' },
      { title: 'Book the vet for the cat before we go on holiday' },
      { title: 'Ring the bank' },
      { title: 'Sort the attic' },
    ],
  };
  const drafted = [
    { op: 'create_task', ref: 't1', title: 'Leave', confidence: 0.9 },
    { op: 'create_task', ref: 't2', title: 'Book the vet for the cat', confidence: 0.9 },
    { op: 'create_task', ref: 't3', title: 'Ring the bank', confidence: 0.9 },
    { op: 'create_task', ref: 't4', title: 'Paint the attic door', confidence: 0.9 },
    { op: 'create_task', ref: 't5', title: 'Sort', confidence: 0.3 },
  ].map((operation) => operationSchema.parse(operation));
  const score = scoreCase(worded, drafted);

  it('counts a task drafted with a clause cut or kept as found there, and only there', () => {
    expect(score.found).toBe(1);
    // "Leave" and "Book the vet for the cat" hold most of an expected title's words; "Paint the attic
    // door" shares one word of two with "Sort the attic", under the bar; a suggestion never counts.
    expect(score.foundTitlesAside).toBe(3);
    expect(summarise([score]).recallTitlesAside).toBeCloseTo(3 / 4);
  });

  it('pairs each drafted task with one missed title at most', () => {
    const twice = scoreCase({ ...worded, tasks: [{ title: 'Leave for the airport' }, { title: 'Leave for the station' }] }, drafted);
    expect(twice.foundTitlesAside).toBe(1);
  });
});

describe('titles compared word by word', () => {
  it('reads "w/" as "with" and "w/o" as "without"', () => {
    expect(normaliseTitle('Pumpkin patch w/ the nieces')).toEqual(normaliseTitle('Pumpkin patch with the nieces'));
    expect(normaliseTitle('Coffee w/o sugar')).toEqual(['coffee', 'without', 'sugar']);
    expect(titleSimilarity('Hold wash w/Dani', 'Hold wash with Dani')).toBe(1);
    expect(titleSimilarity('Call w. Dani', 'Call with Dani')).toBeLessThan(1);
  });
});
