import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type RunStep, runPipeline, StageGateError, type StageEvent } from './run-pipeline.ts';
import { defineStage, type Stage } from './stage.ts';

const numberOut = z.object({ value: z.number() });

/** A stage that doubles `seed.value`, whose runs are counted and whose gate is scripted. */
function doubler(options: { gate?: (value: number, round: number) => string[]; fallback?: boolean; fail?: Error } = {}) {
  const calls: { findings: readonly string[] }[] = [];
  const stage = defineStage({
    name: 'double',
    purpose: 'plan',
    input: z.object({ seed: numberOut }),
    output: numberOut,
    async run({ seed }, context) {
      calls.push({ findings: context.findings });
      if (options.fail) throw options.fail;
      return { value: seed.value * 2 + calls.length - 1 };
    },
    ...(options.gate ? { gate: ({ value }: { value: number }) => options.gate?.(value, calls.length) ?? [] } : {}),
    ...(options.fallback ? { fallback: () => ({ value: -1 }) } : {}),
  });
  return { stage: stage as Stage, calls };
}

const addOne = defineStage({
  name: 'add',
  purpose: null,
  input: z.object({ double: numberOut }),
  output: numberOut,
  run: async ({ double }) => ({ value: double.value + 1 }),
}) as Stage;

/** A job's step, with its checkpoints kept across "attempts" in `store`. */
function stepWith(store: Map<string, unknown>, ran: string[]): RunStep {
  return async <T>(name: string, fn: () => Promise<T>) => {
    if (store.has(name)) return JSON.parse(JSON.stringify(store.get(name))) as T;
    ran.push(name);
    const output = await fn();
    store.set(name, output);
    return output;
  };
}

describe('runPipeline', () => {
  it('passes each stage the state it names and returns every output with a report per stage', async () => {
    const { stage } = doubler({ gate: () => [] });
    const { state, reports } = await runPipeline([stage, addOne], { seed: { value: 5 } });
    expect(state).toEqual({ seed: { value: 5 }, double: { value: 10 }, add: { value: 11 } });
    expect(reports.map((report) => [report.name, report.gate, report.findings])).toEqual([
      ['double', 'pass', []],
      ['add', 'none', []],
    ]);
  });

  it('reruns a stage once with its failed gate findings, and keeps the repaired output', async () => {
    const { stage, calls } = doubler({ gate: (_value, round) => (round === 1 ? ['too small', 'odd'] : []) });
    const events: StageEvent[] = [];
    const { state, reports } = await runPipeline([stage], { seed: { value: 1 } }, { onStage: (event) => void events.push(event) });
    expect(calls).toEqual([{ findings: [] }, { findings: ['too small', 'odd'] }]);
    expect(state.double).toEqual({ value: 3 });
    expect(reports[0]).toMatchObject({ gate: 'repaired', findings: ['too small', 'odd'], fallback_reason: null });
    expect(events.map((event) => [event.state, event.note])).toEqual([
      ['running', undefined],
      ['retrying', 'too small'],
      ['done', undefined],
    ]);
  });

  it('falls back after the retry fails its gate too, and says why', async () => {
    const { stage, calls } = doubler({ gate: (value) => [`${value} is wrong`], fallback: true });
    const { state, reports } = await runPipeline([stage, addOne], { seed: { value: 1 } });
    expect(calls).toHaveLength(2);
    expect(state.double).toEqual({ value: -1 });
    expect(state.add).toEqual({ value: 0 });
    expect(reports[0]).toMatchObject({ gate: 'fallback', findings: ['2 is wrong', '3 is wrong'] });
    expect(reports[0]?.fallback_reason).toContain('3 is wrong');
  });

  it('fails with the findings when a stage without a fallback fails its gate twice', async () => {
    const { stage } = doubler({ gate: () => ['never right'] });
    await expect(runPipeline([stage], { seed: { value: 1 } })).rejects.toThrow(StageGateError);
  });

  it('falls back on an error only when fallBackOn allows it; otherwise the error fails the run', async () => {
    const budget = new Error('budget spent');
    const { stage } = doubler({ fail: budget, fallback: true });
    const allowed = await runPipeline([stage], { seed: { value: 1 } }, { fallBackOn: (error) => error === budget });
    expect(allowed.state.double).toEqual({ value: -1 });
    expect(allowed.reports[0]).toMatchObject({ gate: 'fallback', fallback_reason: 'budget spent' });

    const events: StageEvent[] = [];
    const refused = runPipeline([stage, addOne], { seed: { value: 1 } }, { onStage: (event) => void events.push(event) });
    await expect(refused).rejects.toBe(budget);
    expect(events.map((event) => `${event.stage}:${event.state}`)).toEqual(['double:running', 'double:failed']);
  });

  it('runs each stage in one step of its own name; a retried run restores finished stages instead of running them', async () => {
    const store = new Map<string, unknown>();
    const ran: string[] = [];
    let addRuns = 0;
    let failAdd = true;
    const flakyAdd = defineStage({
      ...(addOne as Stage<{ double: { value: number } }, { value: number }>),
      run: async ({ double }) => {
        addRuns += 1;
        if (failAdd) throw new Error('provider down');
        return { value: double.value + 1 };
      },
    }) as Stage;
    const { stage, calls } = doubler({ gate: (_value, round) => (round === 1 ? ['again'] : []) });

    await expect(runPipeline([stage, flakyAdd], { seed: { value: 4 } }, { runStep: stepWith(store, ran) })).rejects.toThrow('provider down');
    failAdd = false;
    const events: StageEvent[] = [];
    const second = await runPipeline([stage, flakyAdd], { seed: { value: 4 } }, {
      runStep: stepWith(store, ran),
      onStage: (event) => void events.push(event),
    });

    // The gated, retried stage ran (twice, inside its one step) on the first attempt only.
    expect(calls).toHaveLength(2);
    expect(ran).toEqual(['double', 'add', 'add']);
    expect(addRuns).toBe(2);
    expect(second.state).toMatchObject({ double: { value: 9 }, add: { value: 10 } });
    expect(second.reports[0]).toMatchObject({ name: 'double', gate: 'repaired', findings: ['again'] });
    // A restored stage reports done without running; only the stage that runs reports running.
    expect(events.map((event) => `${event.stage}:${event.state}`)).toEqual(['double:done', 'add:running', 'add:done']);
  });

  it('checks a restored checkpoint against the stage output schema', async () => {
    const store = new Map<string, unknown>([['double', { output: { value: 'not a number' }, report: {} }]]);
    const { stage } = doubler();
    await expect(runPipeline([stage], { seed: { value: 1 } }, { runStep: stepWith(store, []) })).rejects.toThrow(z.ZodError);
  });

  it('refuses two stages with one name', async () => {
    await expect(runPipeline([addOne, addOne], { double: { value: 1 } })).rejects.toThrow('used twice');
  });
});
