import type { z } from 'zod';
import type { CallUsage } from '../gateway/gateway.ts';
import type { Purpose } from '../models.ts';

/** What a stage's run is given besides its input. */
export interface StageRunContext {
  /** The failed gate's findings when this is the stage's one retry; empty on the first run. */
  readonly findings: readonly string[];
  readonly signal?: AbortSignal | undefined;
  /** Adds a model call to the stage's usage (tokens, cost, provider and model in its report). */
  charge(usage: CallUsage | readonly CallUsage[]): void;
}

/**
 * Why a stage fell back: its gate failed twice, or its run or gate threw an error the run allows to
 * fall back on. `findings` are those of every gate run that failed before.
 */
export type FallbackCause = { reason: 'gate'; findings: readonly string[] } | { reason: 'error'; error: Error; findings: readonly string[] };

/**
 * One named step of a pipeline. Its input is parsed from the pipeline's state (the initial input
 * and every earlier stage's output, each under its stage's name), so a stage names what it reads
 * and the pipeline checks it at every boundary.
 */
export interface Stage<I = unknown, O = unknown> {
  readonly name: string;
  /** The model tier it calls, or null for a stage of code alone. */
  readonly purpose: Purpose | null;
  readonly input: z.ZodType<I, unknown>;
  readonly output: z.ZodType<O, unknown>;
  run(input: I, context: StageRunContext): Promise<O>;
  /** What is wrong with the output (empty: it passes). A failure reruns the stage once with the findings. */
  gate?(output: O, input: I, context: StageRunContext): readonly string[] | Promise<readonly string[]>;
  /** The output when the stage cannot produce a passing one (e.g. the offline writer). */
  fallback?(input: I, cause: FallbackCause): O | Promise<O>;
}

/** Typed identity: checks a stage's parts against each other. */
export function defineStage<I, O>(stage: Stage<I, O>): Stage<I, O> {
  return stage;
}

/** How a stage's output came about. */
export type GateOutcome = 'pass' | 'repaired' | 'fallback' | 'none';

/** What a pipeline records about each stage (stored with its checkpoint, so a retry keeps it). */
export interface StageReport {
  name: string;
  ms: number;
  gate: GateOutcome;
  /** The findings of each failed gate run, in order. */
  findings: string[];
  /** Why it fell back, when it did. */
  fallback_reason: string | null;
  /** The provider and model of its last model call, when it made any. */
  provider: string | null;
  model: string | null;
  calls: number;
  input_tokens: number;
  output_tokens: number;
  cost_usd: number;
}
