import type { Stage, StageReport, StageRunContext } from './stage.ts';
import type { CallUsage } from '../gateway/gateway.ts';

/** Runs `fn` once per job and returns its stored output ever after (the worker's `step`). */
export type RunStep = <T>(name: string, fn: () => Promise<T>) => Promise<T>;

export type StageState = 'running' | 'retrying' | 'done' | 'fallback' | 'failed';

export interface StageEvent {
  stage: string;
  state: StageState;
  /** With `done` and `fallback`: the stage's report. */
  report?: StageReport;
  /** A gate's first finding (retrying), why it fell back, or the error (failed). */
  note?: string;
}

export interface RunPipelineOptions {
  runStep?: RunStep;
  /** Called at every stage change, awaited (the worker reports it as the job's progress). */
  onStage?: (event: StageEvent) => void | Promise<void>;
  /**
   * Whether an error thrown by a stage's run or gate makes it fall back (when it has a fallback)
   * rather than fail the pipeline. Default: never, so a transient failure fails the run and a
   * retry resumes at the stage that failed.
   */
  fallBackOn?: (error: Error, stage: string) => boolean;
  signal?: AbortSignal;
}

export interface PipelineResult {
  /** The initial input and each stage's output under its name. */
  state: Record<string, unknown>;
  reports: StageReport[];
}

/** What a stage's step stores: its gated output and its report. */
interface StageCheckpoint {
  output: unknown;
  report: StageReport;
}

const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));

/** Accumulates a stage's model calls for its report. */
class StageMeter {
  calls = 0;
  inputTokens = 0;
  outputTokens = 0;
  costUsd = 0;
  provider: string | null = null;
  model: string | null = null;

  charge(usage: CallUsage | readonly CallUsage[]): void {
    for (const call of Array.isArray(usage) ? (usage as readonly CallUsage[]) : [usage as CallUsage]) {
      this.calls += 1;
      this.inputTokens += call.inputTokens;
      this.outputTokens += call.outputTokens;
      this.costUsd += call.costUsd ?? 0;
      this.provider = call.provider;
      this.model = call.model;
    }
  }
}

/**
 * Runs `stages` in order. Each stage runs inside `runStep(stage.name, …)` together with its gate,
 * its one retry and its fallback, so the step's stored output is the gated output: a job retried
 * after a later stage failed restores the finished stages from their checkpoints and never runs
 * (or pays for) them again. Outputs are parsed with the stage's output schema both when made and
 * when restored, since a checkpoint may have been written by older code.
 */
export async function runPipeline(
  stages: readonly Stage[],
  initial: Record<string, unknown>,
  options: RunPipelineOptions = {},
): Promise<PipelineResult> {
  const runStep: RunStep = options.runStep ?? ((_name, fn) => fn());
  const emit = async (event: StageEvent) => options.onStage?.(event);
  const names = new Set<string>();
  for (const stage of stages) {
    if (names.has(stage.name) || Object.hasOwn(initial, stage.name)) throw new Error(`pipeline stage name ${stage.name} is used twice`);
    names.add(stage.name);
  }

  const state: Record<string, unknown> = { ...initial };
  const reports: StageReport[] = [];
  for (const stage of stages) {
    const input = stage.input.parse(state);
    const checkpoint = await runStep<StageCheckpoint>(stage.name, async () => {
      await emit({ stage: stage.name, state: 'running' });
      try {
        return await runStage(stage, input, options, emit);
      } catch (error) {
        await emit({ stage: stage.name, state: 'failed', note: asError(error).message });
        throw error;
      }
    });
    const output = stage.output.parse(checkpoint.output);
    state[stage.name] = output;
    reports.push(checkpoint.report);
    await emit({
      stage: stage.name,
      state: checkpoint.report.gate === 'fallback' ? 'fallback' : 'done',
      report: checkpoint.report,
      ...(checkpoint.report.fallback_reason ? { note: checkpoint.report.fallback_reason } : {}),
    });
  }
  return { state, reports };
}

async function runStage(
  stage: Stage,
  input: unknown,
  options: RunPipelineOptions,
  emit: (event: StageEvent) => Promise<void>,
): Promise<StageCheckpoint> {
  const started = performance.now();
  const meter = new StageMeter();
  const allFindings: string[] = [];
  const context = (findings: readonly string[]): StageRunContext => ({
    findings,
    signal: options.signal,
    charge: (usage) => meter.charge(usage),
  });
  const finish = (output: unknown, gate: StageReport['gate'], fallbackReason: string | null): StageCheckpoint => ({
    output: stage.output.parse(output),
    report: {
      name: stage.name,
      ms: Math.round(performance.now() - started),
      gate,
      findings: allFindings,
      fallback_reason: fallbackReason,
      provider: meter.provider,
      model: meter.model,
      calls: meter.calls,
      input_tokens: meter.inputTokens,
      output_tokens: meter.outputTokens,
      cost_usd: meter.costUsd,
    },
  });

  let findings: readonly string[] = [];
  try {
    for (let round = 0; round < 2; round++) {
      const runContext = context(findings);
      const output = stage.output.parse(await stage.run(input, runContext));
      if (!stage.gate) return finish(output, 'none', null);
      findings = await stage.gate(output, input, runContext);
      if (findings.length === 0) return finish(output, round === 0 ? 'pass' : 'repaired', null);
      allFindings.push(...findings);
      if (round === 0) await emit({ stage: stage.name, state: 'retrying', note: findings[0] ?? '' });
    }
  } catch (error) {
    const failure = asError(error);
    if (!stage.fallback || !options.fallBackOn?.(failure, stage.name)) throw failure;
    return finish(await stage.fallback(input, { reason: 'error', error: failure, findings: [...allFindings] }), 'fallback', failure.message);
  }
  if (!stage.fallback) throw new StageGateError(stage.name, findings);
  const reason = `the gate failed twice: ${findings.join('; ')}`;
  return finish(await stage.fallback(input, { reason: 'gate', findings }), 'fallback', reason);
}

/** A stage without a fallback whose gate failed on its retry too. */
export class StageGateError extends Error {
  override name = 'StageGateError';

  constructor(
    readonly stage: string,
    readonly findings: readonly string[],
  ) {
    super(`${stage}: the output failed its check twice: ${findings.join('; ')}`);
  }
}
