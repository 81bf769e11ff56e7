import type { DraftContext } from '../drafter.ts';
import { describe, expect, it } from 'vitest';
import { parseDump } from './parse-dump.ts';
import { asConfidence, combined, type TaskConfidenceModel, taskConfidence, taskProbability } from './task-confidence.ts';
import { TASK_CONFIDENCE_MODEL } from './task-confidence-weights.ts';
import { type TaskCandidate, taskFeatures } from './task-features.ts';

const model: TaskConfidenceModel = { threshold: 0.3, bias: -1, weights: { 'opens:verb': 3, 'has:copula': -2 } };

function candidate(title: string, ruleConfidence = 0.9): TaskCandidate {
  return {
    clause: title,
    title,
    ruleConfidence,
    dueDate: null,
    startAt: null,
    dateHint: false,
    project: false,
    priority: false,
    duration: false,
    notes: false,
    position: 0,
    candidates: 2,
    listedDump: false,
    line: title,
  };
}

describe('the task confidence model', () => {
  it('adds the weights of the features present to the bias, unknown features weighing nothing', () => {
    expect(taskProbability(model, [])).toBeCloseTo(1 / (1 + Math.exp(1)), 12);
    expect(taskProbability(model, ['opens:verb', 'first:never-seen'])).toBeCloseTo(1 / (1 + Math.exp(-2)), 12);
    expect(taskProbability(model, ['opens:verb', 'has:copula'])).toBeCloseTo(1 / (1 + Math.exp(0)), 12);
  });

  it('puts its threshold at one half, never rounding a task across it', () => {
    expect(asConfidence(model, 0.3)).toBe(0.5);
    expect(asConfidence(model, 0.2999999)).toBe(0.499);
    expect(asConfidence(model, 0.2)).toBeLessThan(0.5);
    expect(asConfidence(model, 0.31)).toBeGreaterThanOrEqual(0.5);
    expect(asConfidence(model, 1)).toBe(1);
    expect(asConfidence(model, 0)).toBe(0);
  });

  it('only lowers the rules confidence: a suggestion stays one however sure the model is', () => {
    expect(combined(0.9, 0.4)).toBe(0.4);
    expect(combined(0.3, 0.95)).toBe(0.3);
    expect(taskConfidence(candidate('Call the plumber'), model)).toBe(0.9);
    expect(taskConfidence(candidate('Call the plumber', 0.3), model)).toBe(0.3);
    // No verb and a copula: probability σ(-3) ≈ 0.05, below the threshold, so offered.
    expect(taskConfidence(candidate('The party is big'), model)).toBeLessThan(0.5);
  });

  it('is the committed model in the parser: each new task carries its confidence', () => {
    const context: DraftContext = { today: '2026-12-02', timezone: 'UTC', projects: [], tasks: [] };
    const seen = new Map<string, TaskCandidate>();
    const operations = parseDump('- call the plumber tomorrow\n- the spare keys were with Ana\nbook the taxi, please', context, (ref, one) => seen.set(ref, one));
    const tasks = operations.flatMap((operation) => (operation.op === 'create_task' ? [operation] : []));
    expect(tasks.length).toBe(seen.size);
    for (const task of tasks) {
      const one = seen.get(task.ref);
      if (!one) throw new Error(`no candidate for ${task.ref}`);
      const expected = combined(one.ruleConfidence, asConfidence(TASK_CONFIDENCE_MODEL, taskProbability(TASK_CONFIDENCE_MODEL, taskFeatures(one))));
      expect(task.confidence).toBe(expected);
    }
    expect(Object.keys(TASK_CONFIDENCE_MODEL.weights).length).toBeGreaterThan(20);
  });

  it('gives each candidate the line of the dump it starts on', () => {
    const context: DraftContext = { today: '2026-12-02', timezone: 'UTC', projects: [], tasks: [] };
    const lines = new Map<string, string>();
    parseDump('- sand the shed door\nThe roof leaks again so I must patch the shed roof', context, (_, one) => lines.set(one.title, one.line));
    expect(lines.get('Sand the shed door')).toBe('- sand the shed door');
    expect(lines.get('Patch the shed roof')).toBe('The roof leaks again so I must patch the shed roof');
  });
});
