import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prepareOfflineParser } from '../prepare.ts';
import { taskFeatures } from '../task-features.ts';
import type { EvalCase } from './dumps.ts';
import { evalSets } from './sets.ts';
import {
  choose,
  type CrossValidated,
  crossValidate,
  fitLogistic,
  KEPT_RECALL_TOLERANCE,
  parseCases,
  RECALL_LOSS_MAX,
  reweigh,
  ruleConfidence,
  setFolds,
  train,
} from './task-confidence-training.ts';
import { TASK_CONFIDENCE_MODEL, TASK_CONFIDENCE_PENALTY } from '../task-confidence-weights.ts';
import { weightsFile } from './task-confidence-file.ts';
import { summarise } from './figures.ts';

const dump: EvalCase = {
  name: 'two tasks and a statement',
  today: '2026-12-02',
  timezone: 'UTC',
  text: '# Home\n- call the plumber\n- the boiler was fixed\n- buy bread',
  tasks: [
    { title: 'Call the plumber', project: 'Home' },
    { title: 'Buy bread', project: 'Home' },
  ],
};

describe('training the task confidence', () => {
  it('labels each new task the parser emits by whether it matches an expected one', () => {
    const [parsed] = parseCases([dump], taskFeatures);
    expect(parsed?.candidates.map((one) => [one.candidate.title, one.real])).toEqual([
      ['Call the plumber', true],
      ['The boiler was fixed', false],
      ['Buy bread', true],
    ]);
  });

  it('fits weights that separate the classes, the same every time', () => {
    const examples = [
      { features: ['verb', 'short'], real: true },
      { features: ['verb'], real: true },
      { features: ['copula', 'short'], real: false },
      { features: ['copula'], real: false },
    ];
    const fitted = fitLogistic(examples, { l2: 0.001, iterations: 500, rate: 0.5 });
    expect(fitted.weights.verb).toBeGreaterThan(1);
    expect(fitted.weights.copula).toBeLessThan(-1);
    expect(Math.abs(fitted.weights.short ?? 1)).toBeLessThan(0.1);
    expect(fitLogistic(examples.toReversed(), { l2: 0.001, iterations: 500, rate: 0.5 })).toEqual(fitted);
  });

  it('reweighs tasks and the projects that follow them', () => {
    const [parsed] = parseCases([dump], taskFeatures);
    if (!parsed) throw new Error('not parsed');
    const offered = reweigh(parsed, () => 0.2);
    expect(offered.every((operation) => operation.confidence === 0.2)).toBe(true);
    expect(reweigh(parsed, ruleConfidence).find((operation) => operation.op === 'create_project')?.confidence).toBe(0.9);
  });

  it('folds by set: each set is scored by a model fitted without it', () => {
    expect(setFolds([2, 1, 3])).toEqual([0, 0, 1, 2, 2, 2]);
    const [parsed] = parseCases([dump], taskFeatures);
    if (!parsed) throw new Error('not parsed');
    // The same dump three times, its candidates labelled invented in the second fold: the first
    // fold, fitted only on those, offers its two tasks as suggestions; the second, fitted on the
    // first's true labels, keeps theirs.
    const mislabelled = { ...parsed, candidates: parsed.candidates.map((one) => ({ ...one, real: false })) };
    const [result] = crossValidate([parsed, mislabelled, mislabelled], 0.001, [0.5], [0, 1, 1]);
    expect(result?.figures.dumps).toBe(3);
    expect(result?.figures.recall).toBeCloseTo(4 / 6);
  });

  it('chooses the fewest invented tasks within the recall allowed, then the higher recall', () => {
    const figures = (recall: number, invented: number) => ({ ...summarise([]), recall, invented });
    const rules = figures(0.9, 50);
    const results: CrossValidated[] = [
      { l2: 0.01, threshold: 0.3, figures: figures(0.9, 48) },
      { l2: 0.01, threshold: 0.5, figures: figures(0.9 - RECALL_LOSS_MAX, 40) },
      { l2: 0.001, threshold: 0.5, figures: figures(0.895, 40) },
      { l2: 0.01, threshold: 0.7, figures: figures(0.85, 20) },
    ];
    expect(choose(results, rules)).toBe(results[2]);
    expect(choose([results[3] as CrossValidated], rules)).toBeUndefined();
  });

  it('keeps the last choice a little below the recall allowed, so a task more or less found cannot flip it', () => {
    const figures = (recall: number, invented: number) => ({ ...summarise([]), recall, invented });
    const rules = figures(0.9, 50);
    const bar = 0.9 - RECALL_LOSS_MAX;
    const results: CrossValidated[] = [
      { l2: 0.001, threshold: 0.2, figures: figures(bar + 0.003, 45) },
      { l2: 0.003, threshold: 0.25, figures: figures(bar - KEPT_RECALL_TOLERANCE / 2, 40) },
      { l2: 0.003, threshold: 0.3, figures: figures(bar - KEPT_RECALL_TOLERANCE * 2, 30) },
    ];
    expect(choose(results, rules)).toBe(results[0]);
    expect(choose(results, rules, { l2: 0.003, threshold: 0.25 })).toBe(results[1]);
    // Kept only within the tolerance, and only the last choice.
    expect(choose(results, rules, { l2: 0.003, threshold: 0.3 })).toBe(results[0]);
    expect(choose(results, rules, { l2: 0.001, threshold: 0.25 })).toBe(results[0]);
  });

  it('reproduces the committed weights from the development dumps', { timeout: 300_000 }, () => {
    prepareOfflineParser();
    const development = evalSets.filter((set) => !set.heldOut).flatMap((set) => set.cases);
    const { model, chosen } = train(parseCases(development, taskFeatures), { l2: TASK_CONFIDENCE_PENALTY, threshold: TASK_CONFIDENCE_MODEL.threshold });
    const committed = readFileSync(new URL('../task-confidence-weights.ts', import.meta.url), 'utf8');
    // When this fails after a parser change, run `pnpm train:task-confidence` and commit the file.
    expect(weightsFile(model, chosen.l2)).toBe(committed);
  });
});
