import { describe, expect, it } from 'vitest';
import { parseDump } from '../parse-dump.ts';
import type { EvalCase } from './dumps.ts';
import { describeFigures, summarise } from './figures.ts';
import { type CaseScore, contextOf, scoreCase, titleSimilarity } from './score.ts';
import { evalSets, originalSets } from './sets.ts';

function run(evalCase: EvalCase): CaseScore {
  return scoreCase(evalCase, parseDump(evalCase.text, contextOf(evalCase)));
}

describe('offline drafter evaluation set', () => {
  const originalCases = originalSets.flatMap((set) => set.cases);

  it('has at least 30 dumps', () => {
    expect(originalCases.length).toBeGreaterThanOrEqual(30);
  });

  it('matches titles by normalised words, not by spelling', () => {
    expect(titleSimilarity('Call the plumber', 'call plumber')).toBe(1);
    expect(titleSimilarity('Buy milk', 'Buy oat milk and bread')).toBeLessThan(0.8);
  });

  // It parses every set, the held-out parts too: its time (the timeout below) grows with the sets.
  it('reaches 90% task recall and 85% exact due dates over the sets written before issue #19', () => {
    const bySet = evalSets.map((set) => ({ set, scores: set.cases.map(run) }));
    const original = summarise(originalCases.map(run));
    console.log(
      [
        describeFigures('sets written before issue #19', original),
        ...bySet.map(({ set, scores }) => describeFigures(set.name, summarise(scores))),
        ...bySet
          .filter(({ set }) => !set.heldOut)
          .flatMap(({ scores }) => scores.flatMap((score) => score.misses.map((miss) => `  - ${score.name}: ${miss}`))),
      ].join('\n'),
    );
    expect(original.recall).toBeGreaterThanOrEqual(0.9);
    expect(original.dates).toBeGreaterThanOrEqual(0.85);
  }, 120_000);
});
