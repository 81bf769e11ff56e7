import { TASK_CONFIDENCE_MODEL } from './task-confidence-weights.ts';
import { type TaskCandidate, taskFeatures } from './task-features.ts';

/** A logistic regression over binary features, and the probability at which a task stops being only a suggestion. */
export interface TaskConfidenceModel {
  /** Probability of being a real task above which the task is created rather than offered. */
  threshold: number;
  bias: number;
  weights: Readonly<Record<string, number>>;
}

/** Probability, by the model, that a candidate with these features is a task the writer meant. */
export function taskProbability(model: TaskConfidenceModel, features: readonly string[]): number {
  let score = model.bias;
  for (const feature of features) score += model.weights[feature] ?? 0;
  return 1 / (1 + Math.exp(-score));
}

function logit(probability: number): number {
  return Math.log(probability / (1 - probability));
}

/**
 * The probability moved on the log-odds scale so that the model's threshold falls at one half,
 * where the review draws the line between created and offered (`isSuggestion`), rounded to keep
 * operations readable.
 */
export function asConfidence(model: TaskConfidenceModel, probability: number): number {
  const clamped = Math.min(1 - 1e-9, Math.max(1e-9, probability));
  const shifted = 1 / (1 + Math.exp(-(logit(clamped) - logit(model.threshold))));
  const rounded = Math.round(shifted * 1000) / 1000;
  // Rounding must not carry a task across the line.
  return shifted < 0.5 ? Math.min(rounded, 0.499) : Math.max(rounded, 0.5);
}

/**
 * The confidence of a new task: the rules' confidence, lowered to the committed model's when that is
 * less sure, so the model can turn a task into a suggestion but never make a suggestion a task.
 */
export function taskConfidence(candidate: TaskCandidate, model: TaskConfidenceModel = TASK_CONFIDENCE_MODEL): number {
  return confidenceOfFeatures(model, candidate.ruleConfidence, taskFeatures(candidate));
}

/** taskConfidence for features already read (training reads each candidate's once). */
export function confidenceOfFeatures(model: TaskConfidenceModel, ruleConfidence: number, features: readonly string[]): number {
  return combined(ruleConfidence, asConfidence(model, taskProbability(model, features)));
}

/** The rules' confidence and the model's, taken together: the lower. */
export function combined(ruleConfidence: number, modelConfidence: number): number {
  return Math.min(ruleConfidence, modelConfidence);
}
