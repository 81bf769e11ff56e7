/**
 * `pnpm train:task-confidence`: parses the development dumps (never the held-out part), labels each
 * new task the parser emits as real or invented, cross-validates the confidence model over dumps,
 * chooses its penalty and threshold, fits it on all the development dumps and writes
 * `task-confidence-weights.ts`. Deterministic: the same parser and dumps give the same file.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { prepareOfflineParser } from '../prepare.ts';
import { taskFeatures } from '../task-features.ts';
import { describeFigures } from './figures.ts';
import { evalSets } from './sets.ts';
import { parseCases, train } from './task-confidence-training.ts';
import { weightsFile } from './task-confidence-file.ts';

prepareOfflineParser();
const parsed = parseCases(
  evalSets.filter((set) => !set.heldOut).flatMap((set) => set.cases),
  taskFeatures,
);
const { model, chosen, results, rules } = train(parsed);
const candidates = parsed.flatMap((one) => one.candidates);
console.log(`${candidates.length} candidate tasks from ${parsed.length} dumps, ${candidates.filter((one) => one.real).length} real`);
console.log(describeFigures('rules, same dumps', rules));
for (const result of results) console.log(describeFigures(`cross-validated, l2 ${result.l2}, threshold ${result.threshold}`, result.figures));
console.log(`chosen: l2 ${chosen.l2}, threshold ${chosen.threshold}`);
if (!process.argv.includes('--dry-run')) {
  writeFileSync(fileURLToPath(new URL('../task-confidence-weights.ts', import.meta.url)), weightsFile(model));
}
