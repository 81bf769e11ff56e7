import type { CaseScore } from './score.ts';

/** Totals over a group of scored dumps, as ratios and as counts. */
export interface Figures {
  dumps: number;
  recall: number;
  /** Recall with tasks drafted under another title counted as found (a diagnostic, never a target). */
  recallTitlesAside: number;
  dates: number;
  projects: number;
  priorities: number;
  precision: number;
  invented: number;
  inventedPer16: number;
  suggested: number;
  suggestedReal: number;
  counts: {
    found: number;
    foundTitlesAside: number;
    expected: number;
    datesRight: number;
    datesExpected: number;
    projectsRight: number;
    projectsExpected: number;
    projectsFound: number;
    projectsGroupedRight: number;
    prioritiesRight: number;
    prioritiesExpected: number;
    tasksMatched: number;
    predictedTasks: number;
  };
}

/** Dumps per figure of invented tasks, as the issue counts them. */
const INVENTED_PER = 16;

export function summarise(scores: CaseScore[]): Figures {
  const total = (key: Exclude<keyof CaseScore, 'name' | 'misses'>) => scores.reduce((sum, score) => sum + score[key], 0);
  const ratio = (part: number, whole: number) => (whole === 0 ? Number.NaN : part / whole);
  const counts = {
    found: total('found'),
    foundTitlesAside: total('foundTitlesAside'),
    expected: total('expected'),
    datesRight: total('datesRight'),
    datesExpected: total('datesExpected'),
    projectsRight: total('projectsRight'),
    projectsExpected: total('projectsExpected'),
    projectsFound: total('projectsFound'),
    projectsGroupedRight: total('projectsGroupedRight'),
    prioritiesRight: total('prioritiesRight'),
    prioritiesExpected: total('prioritiesExpected'),
    tasksMatched: total('tasksMatched'),
    predictedTasks: total('predictedTasks'),
  };
  const invented = counts.predictedTasks - counts.tasksMatched;
  return {
    dumps: scores.length,
    recall: ratio(counts.found, counts.expected),
    recallTitlesAside: ratio(counts.foundTitlesAside, counts.expected),
    dates: ratio(counts.datesRight, counts.datesExpected),
    projects: ratio(counts.projectsRight, counts.projectsExpected),
    priorities: ratio(counts.prioritiesRight, counts.prioritiesExpected),
    precision: ratio(counts.tasksMatched, counts.predictedTasks),
    invented,
    inventedPer16: scores.length === 0 ? 0 : (invented * INVENTED_PER) / scores.length,
    suggested: total('suggestedTasks'),
    suggestedReal: total('suggestionsMatched'),
    counts,
  };
}

function percent(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : `${((part / whole) * 100).toFixed(1)}% (${part}/${whole})`;
}

/** One line of figures, the way the evaluation test and `pnpm eval:braindump` print them. */
export function describeFigures(label: string, figures: Figures): string {
  const { counts } = figures;
  return [
    `${label} (${figures.dumps} dumps): task recall ${percent(counts.found, counts.expected)} (titles aside ${percent(counts.foundTitlesAside, counts.expected)})`,
    `exact due dates ${percent(counts.datesRight, counts.datesExpected)}`,
    `projects ${percent(counts.projectsRight, counts.projectsExpected)} (of found tasks ${percent(counts.projectsRight, counts.projectsFound)}, names aside ${percent(counts.projectsGroupedRight, counts.projectsFound)})`,
    `priorities ${percent(counts.prioritiesRight, counts.prioritiesExpected)}`,
    `precision ${percent(counts.tasksMatched, counts.predictedTasks)}`,
    `invented tasks ${figures.invented} (${figures.inventedPer16.toFixed(1)} per 16 dumps)`,
    `suggestions ${figures.suggested} (${figures.suggestedReal} of them expected tasks)`,
  ].join(', ');
}
