import type { Operation } from '@ordo/shared-types';
import { parseDump, withProjectConfidence } from '../parse-dump.ts';
import { confidenceOfFeatures, type TaskConfidenceModel } from '../task-confidence.ts';
import type { TaskCandidate } from '../task-features.ts';
import type { EvalCase } from './dumps.ts';
import { type Figures, summarise } from './figures.ts';
import { type CaseScore, closest, contextOf, scoreCase, TITLE_MATCH } from './score.ts';

/** One candidate task the parser emitted for a dump, with whether it is one the dump's reader expects. */
export interface LabelledCandidate {
  ref: string;
  candidate: TaskCandidate;
  features: string[];
  real: boolean;
}

/** One dump parsed once: its operations and its candidate tasks, labelled. */
export interface ParsedCase {
  evalCase: EvalCase;
  operations: Operation[];
  candidates: LabelledCandidate[];
}

/**
 * Parses each dump and labels every new task the parser emits, suggestion or not: real when it is
 * the best match (as `scoreCase` matches titles) of an expected task, invented otherwise.
 */
export function parseCases(cases: readonly EvalCase[], featuresOf: (candidate: TaskCandidate) => string[]): ParsedCase[] {
  return cases.map((evalCase) => {
    const seen = new Map<string, TaskCandidate>();
    const operations = parseDump(evalCase.text, contextOf(evalCase), (ref, candidate) => seen.set(ref, candidate));
    const unused = new Set(operations.flatMap((operation) => (operation.op === 'create_task' ? [operation] : [])));
    const real = new Set<string>();
    for (const task of evalCase.tasks) {
      const { task: best, similarity } = closest(task.title, unused);
      if (best !== undefined && similarity >= TITLE_MATCH) {
        unused.delete(best);
        real.add(best.ref);
      }
    }
    const candidates = [...seen].map(([ref, candidate]) => ({ ref, candidate, features: featuresOf(candidate), real: real.has(ref) }));
    return { evalCase, operations, candidates };
  });
}

export interface FitOptions {
  /** L2 penalty on the weights (not the bias), per example. */
  l2: number;
  iterations: number;
  rate: number;
}

export const FIT_DEFAULTS: FitOptions = { l2: 0.01, iterations: 3000, rate: 0.5 };

/**
 * Logistic regression by full-batch gradient descent from zero weights: no randomness, features in
 * sorted order, so the same examples always give the same weights.
 */
export function fitLogistic(examples: readonly { features: readonly string[]; real: boolean }[], options: FitOptions = FIT_DEFAULTS): { bias: number; weights: Record<string, number> } {
  const names = [...new Set(examples.flatMap((example) => example.features))].sort();
  const index = new Map(names.map((name, at) => [name, at]));
  const rows = examples.map((example) => ({ at: [...new Set(example.features)].map((name) => index.get(name) ?? 0), y: example.real ? 1 : 0 }));
  const weights = new Float64Array(names.length);
  const gradient = new Float64Array(names.length);
  let bias = 0;
  const count = Math.max(1, rows.length);
  for (let iteration = 0; iteration < options.iterations; iteration++) {
    gradient.fill(0);
    let biasGradient = 0;
    for (const row of rows) {
      let score = bias;
      for (const at of row.at) score += weights[at] ?? 0;
      const error = 1 / (1 + Math.exp(-score)) - row.y;
      biasGradient += error;
      for (const at of row.at) gradient[at] = (gradient[at] ?? 0) + error;
    }
    bias -= (options.rate * biasGradient) / count;
    for (let at = 0; at < names.length; at++) {
      weights[at] = (weights[at] ?? 0) - options.rate * ((gradient[at] ?? 0) / count + options.l2 * (weights[at] ?? 0));
    }
  }
  return { bias, weights: Object.fromEntries(names.map((name, at) => [name, weights[at] ?? 0])) };
}

/** The dump's operations with each new task's confidence given by `confidenceOf`, and projects following their tasks. */
export function reweigh(parsed: ParsedCase, confidenceOf: (candidate: LabelledCandidate) => number): Operation[] {
  const byRef = new Map(parsed.candidates.map((candidate) => [candidate.ref, candidate]));
  const operations = parsed.operations.map((operation) => {
    const candidate = operation.op === 'create_task' ? byRef.get(operation.ref) : undefined;
    return candidate ? { ...operation, confidence: confidenceOf(candidate) } : operation;
  });
  return withProjectConfidence(operations);
}

/** The confidence the clause rules alone give: what the parser did before the model. */
export function ruleConfidence(candidate: LabelledCandidate): number {
  return candidate.candidate.ruleConfidence;
}

/** The confidence of a labelled candidate with the model, as `taskConfidence` gives it in the parser. */
export function modelConfidence(model: TaskConfidenceModel): (candidate: LabelledCandidate) => number {
  return (candidate) => confidenceOfFeatures(model, candidate.candidate.ruleConfidence, candidate.features);
}

/** Folds of the cross-validation: dump `i` of the development dumps, in `evalSets` order, is in fold `i % FOLDS`. */
export const FOLDS = 5;
/** Thresholds tried, and L2 penalties: chosen on the cross-validated figures only. */
export const THRESHOLDS = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8];
export const PENALTIES = [0.001, 0.003, 0.01, 0.03];
/** Recall the model may give up, against the rules on the same folds, for fewer invented tasks. */
export const RECALL_LOSS_MAX = 0.01;
/**
 * How far below that bar the penalty and threshold chosen last time may fall and still be chosen:
 * about thirteen of the development dumps' 6,500 tasks, so a change that finds a task more or less
 * cannot flip the choice between two models either side of the bar, as it did on most retrainings.
 */
export const KEPT_RECALL_TOLERANCE = 0.002;

/** A penalty and threshold: what the choosing rule picks. */
export interface Choice {
  l2: number;
  threshold: number;
}

export interface CrossValidated {
  l2: number;
  threshold: number;
  figures: Figures;
}

/**
 * Folds that leave out one writer at a time: dump `i`'s fold is the index of the set it belongs to,
 * for sets of `sizes` dumps in order. Scored so, the model meets each set as it meets a new writer.
 */
export function setFolds(sizes: readonly number[]): number[] {
  return sizes.flatMap((size, set) => Array<number>(size).fill(set));
}

/**
 * Each fold scored, as `pnpm eval:braindump` scores, by a model fitted on the other folds; `folds`
 * gives each dump's fold (by default dump `i` is in fold `i % FOLDS`).
 */
export function crossValidate(
  parsed: readonly ParsedCase[],
  l2: number,
  thresholds: readonly number[] = THRESHOLDS,
  folds: readonly number[] = parsed.map((_, at) => at % FOLDS),
): CrossValidated[] {
  const scores = new Map<number, CaseScore[]>(thresholds.map((threshold) => [threshold, []]));
  for (const fold of new Set(folds)) {
    const training = parsed.filter((_, at) => folds[at] !== fold).flatMap((one) => one.candidates);
    const fitted = fitLogistic(training, { ...FIT_DEFAULTS, l2 });
    for (const threshold of thresholds) {
      const confidenceOf = modelConfidence({ ...fitted, threshold });
      for (const [at, one] of parsed.entries()) if (folds[at] === fold) scores.get(threshold)?.push(scoreCase(one.evalCase, reweigh(one, confidenceOf)));
    }
  }
  return thresholds.map((threshold) => ({ l2, threshold, figures: summarise(scores.get(threshold) ?? []) }));
}

/** The rules' figures on the same dumps: the baseline the model is measured against. */
export function rulesFigures(parsed: readonly ParsedCase[]): Figures {
  return summarise(parsed.map((one) => scoreCase(one.evalCase, reweigh(one, ruleConfidence))));
}

/**
 * The rule stated before any figure was read: the fewest invented tasks whose cross-validated
 * recall is at most RECALL_LOSS_MAX below the rules'; ties go to the higher recall, then the lower
 * threshold and the larger penalty (the simpler model). The choice `kept` from the last training
 * may be up to KEPT_RECALL_TOLERANCE further below.
 */
export function choose(results: readonly CrossValidated[], rules: Figures, kept?: Choice): CrossValidated | undefined {
  const bar = rules.recall - RECALL_LOSS_MAX - 1e-12;
  const isKept = (result: CrossValidated) => kept !== undefined && result.l2 === kept.l2 && result.threshold === kept.threshold;
  const allowed = results.filter((result) => result.figures.recall >= bar || (isKept(result) && result.figures.recall >= bar - KEPT_RECALL_TOLERANCE));
  return allowed.toSorted((a, b) => a.figures.invented - b.figures.invented || b.figures.recall - a.figures.recall || a.threshold - b.threshold || b.l2 - a.l2)[0];
}

/** Cross-validates every penalty and threshold, chooses (keeping `kept`, the last choice, within its tolerance), and fits the chosen penalty on all the dumps. */
export function train(parsed: readonly ParsedCase[], kept?: Choice): { model: TaskConfidenceModel; chosen: CrossValidated; results: CrossValidated[]; rules: Figures } {
  const rules = rulesFigures(parsed);
  const results = PENALTIES.flatMap((l2) => crossValidate(parsed, l2));
  const chosen = choose(results, rules, kept);
  if (!chosen) throw new Error('no threshold keeps recall within bounds');
  const fitted = fitLogistic(
    parsed.flatMap((one) => one.candidates),
    { ...FIT_DEFAULTS, l2: chosen.l2 },
  );
  const round = (value: number) => Math.round(value * 10_000) / 10_000;
  const weights = Object.fromEntries(Object.entries(fitted.weights).map(([name, weight]) => [name, round(weight)]));
  return { model: { threshold: chosen.threshold, bias: round(fitted.bias), weights }, chosen, results, rules };
}
