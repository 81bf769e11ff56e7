/**
 * `pnpm eval:braindump`: scores the offline parser on every evaluation set, each on its own and
 * together, then times it on dumps of about 2,000 characters: first on text the process has not
 * parsed yet (the parser's memos start cold), then warm. `--misses` lists every miss outside the
 * held-out sets; `--development` leaves the held-out sets out altogether (for work on the rules).
 */
import { performance } from 'node:perf_hooks';
import type { DraftContext } from '../../drafter.ts';
import { parseDump } from '../parse-dump.ts';
import { PARSER_NODE_OPTION } from '../node-option.ts';
import { prepareOfflineParser } from '../prepare.ts';
import { describeFigures, type Figures, summarise } from './figures.ts';
import { contextOf, scoreCase } from './score.ts';
import { evalSets, originalSets } from './sets.ts';

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

/** The texts one after another, cut at text ends into dumps of at least 2,000 characters: each text in one dump only. */
function consecutiveDumps(texts: string[]): string[] {
  const dumps: string[] = [];
  let current: string[] = [];
  let length = 0;
  for (const text of texts) {
    current.push(text);
    length += text.length + 2;
    if (length >= TIMED_LENGTH) {
      dumps.push(current.join('\n\n'));
      [current, length] = [[], 0];
    }
  }
  return dumps;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

function describeTimes(label: string, times: number[]): string {
  times.sort((a, b) => a - b);
  return `${label}: p50 ${quantile(times, 0.5).toFixed(2)} ms, p99 ${quantile(times, 0.99).toFixed(2)} ms, max ${(times.at(-1) ?? 0).toFixed(2)} ms`;
}

const showMisses = process.argv.includes('--misses');
const reportedSets = process.argv.includes('--development') ? evalSets.filter((set) => !set.heldOut) : evalSets;

const cases = reportedSets.flatMap((set) => set.cases);
// A context with open tasks, so the timing includes matching updates against them.
const withOpenTasks = cases.find((evalCase) => (evalCase.open?.length ?? 0) > 0);
const context: DraftContext = withOpenTasks ? contextOf(withOpenTasks) : { today: '2026-11-23', timezone: 'UTC', projects: [], tasks: [] };

// As a server that drafts offline does at start (not parse time, so timed apart).
const preparing = performance.now();
prepareOfflineParser();
const preparedMs = performance.now() - preparing;

// Cold first: once the sets are scored, every word and clause of the timed dumps is in the
// parser's memos. The code is warmed on the older sets, then the newer sets' texts, cut into
// dumps that share no text, are each timed on their first parse, as a server meets a new dump.
for (let run = 0; run < WARM_UP_RUNS; run++) for (const set of originalSets) for (const evalCase of set.cases) parseDump(evalCase.text, contextOf(evalCase));
const coldDumps = consecutiveDumps(reportedSets.filter((set) => !originalSets.includes(set)).flatMap((set) => set.cases.map((evalCase) => evalCase.text)));
const coldTimes = coldDumps.map((dump) => {
  const start = performance.now();
  parseDump(dump, context);
  return performance.now() - start;
});

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
const averageLength = Math.round(dumps.reduce((sum, dump) => sum + dump.length, 0) / dumps.length);
// The web app runs with this option (docs/performance.md); without it the times below are V8's defaults.
const tierUp = process.execArgv.includes(PARSER_NODE_OPTION) ? 'patterns compiled on their first run' : "V8's pattern tier-up on (the web app turns it off)";
console.log(`\nprepared at start (word lists, date readers, a sample dump; ${tierUp}): ${preparedMs.toFixed(0)} ms`);
console.log(describeTimes(`parse time, first parse of ${coldDumps.length} unseen dumps of ~${Math.round(coldDumps.reduce((sum, dump) => sum + dump.length, 0) / coldDumps.length)} characters`, coldTimes));
console.log(describeTimes(`parse time, ${dumps.length} dumps of ~${averageLength} characters × ${TIMED_RUNS} runs`, times));
