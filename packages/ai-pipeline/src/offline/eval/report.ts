/**
 * `pnpm eval:braindump`: scores the offline parser on every evaluation set, each on its own and
 * together, then times it on dumps of about 2,000 characters. `--misses` lists every miss outside
 * the held-out sets; `--development` leaves the held-out sets out altogether (for work on the rules).
 */
import { performance } from 'node:perf_hooks';
import type { DraftContext } from '../../drafter.ts';
import { parseDump } from '../parse-dump.ts';
import { describeFigures, type Figures, summarise } from './figures.ts';
import { contextOf, scoreCase } from './score.ts';
import { evalSets } from './sets.ts';

const TIMED_LENGTH = 2_000;
const TIMED_DUMPS = 20;
const WARM_UP_RUNS = 20;
const TIMED_RUNS = 25;

function percent(value: number): string {
  return Number.isNaN(value) ? 'n/a' : `${(value * 100).toFixed(1)}%`;
}

function tableRow(name: string, figures: Figures): string {
  return `| ${name} | ${figures.dumps} | ${percent(figures.recall)} | ${percent(figures.dates)} | ${percent(figures.projects)} | ${percent(figures.priorities)} | ${figures.invented} (${figures.inventedPer16.toFixed(1)}) | ${figures.suggested} (${figures.suggestedReal}) |`;
}

/** Dumps of about 2,000 characters, cut at line ends from the sets' texts, each starting elsewhere. */
function timedDumps(texts: string[]): string[] {
  const dumps: string[] = [];
  for (let start = 0; dumps.length < TIMED_DUMPS && start < texts.length; start += Math.max(1, Math.floor(texts.length / TIMED_DUMPS))) {
    const lines: string[] = [];
    let length = 0;
    for (let index = start; length < TIMED_LENGTH; index = (index + 1) % texts.length) {
      for (const line of (texts[index] ?? '').split('\n')) {
        if (length >= TIMED_LENGTH) break;
        lines.push(line);
        length += line.length + 1;
      }
      lines.push('');
    }
    dumps.push(lines.join('\n'));
  }
  return dumps;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

const showMisses = process.argv.includes('--misses');
const reportedSets = process.argv.includes('--development') ? evalSets.filter((set) => !set.heldOut) : evalSets;
const allScores = [];
console.log('| set | dumps | task recall | exact due dates | projects | priorities | invented (per 16 dumps) | suggestions (expected among them) |');
console.log('|---|---|---|---|---|---|---|---|');
const lines: string[] = [];
for (const set of reportedSets) {
  const scores = set.cases.map((evalCase) => scoreCase(evalCase, parseDump(evalCase.text, contextOf(evalCase))));
  allScores.push(...scores);
  const figures = summarise(scores);
  console.log(tableRow(set.name, figures));
  lines.push(describeFigures(set.name, figures));
  if (showMisses && !set.heldOut) lines.push(...scores.flatMap((score) => score.misses.map((miss) => `  - ${score.name}: ${miss}`)));
}
console.log(tableRow('all sets', summarise(allScores)));
console.log(`\n${lines.join('\n')}`);

const cases = reportedSets.flatMap((set) => set.cases);
// A context with open tasks, so the timing includes matching updates against them.
const withOpenTasks = cases.find((evalCase) => (evalCase.open?.length ?? 0) > 0);
const context: DraftContext = withOpenTasks ? contextOf(withOpenTasks) : { today: '2026-11-23', timezone: 'UTC', projects: [], tasks: [] };
const dumps = timedDumps(cases.map((evalCase) => evalCase.text));
for (let run = 0; run < WARM_UP_RUNS; run++) for (const dump of dumps) parseDump(dump, context);
const times: number[] = [];
for (let run = 0; run < TIMED_RUNS; run++) {
  for (const dump of dumps) {
    const start = performance.now();
    parseDump(dump, context);
    times.push(performance.now() - start);
  }
}
times.sort((a, b) => a - b);
const averageLength = Math.round(dumps.reduce((sum, dump) => sum + dump.length, 0) / dumps.length);
console.log(
  `\nparse time, ${dumps.length} dumps of ~${averageLength} characters × ${TIMED_RUNS} runs: p50 ${quantile(times, 0.5).toFixed(2)} ms, p99 ${quantile(times, 0.99).toFixed(2)} ms, max ${(times.at(-1) ?? 0).toFixed(2)} ms`,
);
