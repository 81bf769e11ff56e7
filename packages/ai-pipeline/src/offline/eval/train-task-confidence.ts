/**
 * `pnpm train:task-confidence`: parses the development dumps (never the held-out part), labels each
 * new task the parser emits as real or invented, cross-validates the confidence model over dumps,
 * chooses its penalty and threshold (the committed ones kept within a tolerance), fits it on all the
 * development dumps and writes `task-confidence-weights.ts`. Deterministic: the same parser, dumps
 * and committed choice give the same file.
 * `--by-set` also prints the chosen penalty's figures with each set left out of the fitting in
 * turn: how the model does on a writer it has not seen.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { prepareOfflineParser } from '../prepare.ts';
import { taskFeatures } from '../task-features.ts';
import { TASK_CONFIDENCE_MODEL, TASK_CONFIDENCE_PENALTY } from '../task-confidence-weights.ts';
import { describeFigures } from './figures.ts';
import { evalSets } from './sets.ts';
import { crossValidate, parseCases, setFolds, THRESHOLDS, train } from './task-confidence-training.ts';
import { weightsFile } from './task-confidence-file.ts';

prepareOfflineParser();
const developmentSets = evalSets.filter((set) => !set.heldOut);
const parsed = parseCases(
  developmentSets.flatMap((set) => set.cases),
  taskFeatures,
);
// The committed model's penalty and threshold are kept while they stay within their tolerance of the recall bar.
const { model, chosen, results, rules } = train(parsed, { l2: TASK_CONFIDENCE_PENALTY, threshold: TASK_CONFIDENCE_MODEL.threshold });
const candidates = parsed.flatMap((one) => one.candidates);
console.log(`${candidates.length} candidate tasks from ${parsed.length} dumps, ${candidates.filter((one) => one.real).length} real`);
console.log(describeFigures('rules, same dumps', rules));
for (const result of results) console.log(describeFigures(`cross-validated, l2 ${result.l2}, threshold ${result.threshold}`, result.figures));
console.log(`chosen: l2 ${chosen.l2}, threshold ${chosen.threshold}`);
if (process.argv.includes('--by-set')) {
  const folds = setFolds(developmentSets.map((set) => set.cases.length));
  for (const result of crossValidate(parsed, chosen.l2, THRESHOLDS, folds)) {
    console.log(describeFigures(`each set left out in turn, l2 ${result.l2}, threshold ${result.threshold}`, result.figures));
  }
}
if (!process.argv.includes('--dry-run')) {
  writeFileSync(fileURLToPath(new URL('../task-confidence-weights.ts', import.meta.url)), weightsFile(model, chosen.l2));
}
