import { describe, expect, it } from 'vitest';
import { parseDump } from '../parse-dump.ts';
import { type EvalCase, evalCases, heldOutCases, secondCases, thirdCases } from './dumps.ts';
import { type CaseScore, contextOf, scoreCase, titleSimilarity } from './score.ts';

describe('offline drafter evaluation set', () => {
  const allCases = [...evalCases, ...secondCases, ...thirdCases, ...heldOutCases];

  it('has at least 30 dumps', () => {
    expect(allCases.length).toBeGreaterThanOrEqual(30);
  });

  it('matches titles by normalised words, not by spelling', () => {
    expect(titleSimilarity('Call the plumber', 'call plumber')).toBe(1);
    expect(titleSimilarity('Buy milk', 'Buy oat milk and bread')).toBeLessThan(0.8);
  });

  it('reaches 90% task recall and 85% exact due dates over the whole set', () => {
    const development = evalCases.map(run);
    const second = secondCases.map(run);
    const third = thirdCases.map(run);
    const heldOut = heldOutCases.map(run);
    const whole = figures([...development, ...second, ...third, ...heldOut]);
    console.log(
      [
        report(`whole set (${allCases.length} dumps)`, whole),
        report(`first set, used to develop the rules (${evalCases.length} dumps)`, figures(development)),
        report(`second set, written after the first rules (${secondCases.length} dumps)`, figures(second)),
        report(`third set, written as held out, then used to generalise the rules (${thirdCases.length} dumps)`, figures(third)),
        report(`held out, never tuned against (${heldOutCases.length} dumps)`, figures(heldOut)),
        ...[...development, ...second, ...third, ...heldOut].flatMap((score) => score.misses.map((miss) => `  - ${score.name}: ${miss}`)),
      ].join('\n'),
    );
    expect(whole.recall).toBeGreaterThanOrEqual(0.9);
    expect(whole.dates).toBeGreaterThanOrEqual(0.85);
  });
});

function run(evalCase: EvalCase): CaseScore {
  return scoreCase(evalCase, parseDump(evalCase.text, contextOf(evalCase)));
}

interface Figures {
  recall: number;
  dates: number;
  projects: number;
  precision: number;
  counts: string;
}

function figures(scores: CaseScore[]): Figures {
  const total = (key: Exclude<keyof CaseScore, 'name' | 'misses'>) => scores.reduce((sum, score) => sum + score[key], 0);
  const found = total('found');
  return {
    recall: found / total('expected'),
    dates: total('datesRight') / total('datesExpected'),
    projects: total('projectsRight') / (total('projectsExpected') || 1),
    precision: total('tasksMatched') / (total('predictedTasks') || 1),
    counts: `recall ${found}/${total('expected')}, dates ${total('datesRight')}/${total('datesExpected')}, projects ${total('projectsRight')}/${total('projectsExpected')}, created tasks expected ${total('tasksMatched')}/${total('predictedTasks')}`,
  };
}

function report(label: string, figures: Figures): string {
  const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
  return `offline drafter, ${label}: task recall ${percent(figures.recall)}, exact due dates ${percent(figures.dates)}, projects ${percent(figures.projects)}, precision ${percent(figures.precision)} (${figures.counts})`;
}
