import type { JobStateWrite } from '@ordo/supabase-client';
import { createLogger, loadConfig } from '@ordo/config';
import { describe, expect, it } from 'vitest';
import { JobStateWriter } from './job-state-writer.ts';

const log = createLogger(loadConfig({ LOG_LEVEL: 'silent' }, { localSecrets: { SUPABASE_JWT_SECRET: 's'.repeat(40), ENCRYPTION_KEY: 'cd'.repeat(32) } }), 'test');
const tick = () => new Promise((resolve) => setImmediate(resolve));
const farOff = () => Date.now() + 60_000;

/** A database stand-in for the statement: each call waits until released, answering with the ids `held` holds. */
function gatedWrites(held: (id: string) => boolean = () => true) {
  const batches: JobStateWrite[][] = [];
  const gates: (() => void)[] = [];
  const write = (states: JobStateWrite[]) => {
    batches.push(states);
    return new Promise<string[]>((resolve) => gates.push(() => resolve(states.map((state) => state.id).filter(held))));
  };
  return { batches, gates, write };
}

describe('JobStateWriter', () => {
  it("writes every job's steps and latest progress of a turn in one statement, and what arrives meanwhile in the next", async () => {
    const { batches, gates, write } = gatedWrites();
    const writer = new JobStateWriter({ write, onLeaseLost: () => undefined, log });
    writer.checkpoint('a', 'gather', { n: 1 }, farOff);
    writer.progress('a', { stage: 'gather' }, farOff);
    writer.progress('a', { stage: 'plan' }, farOff);
    writer.checkpoint('b', 'gather', { n: 2 }, farOff);
    await tick();
    expect(batches).toEqual([
      [
        { id: 'a', checkpoints: { gather: { n: 1 } }, progress: { value: { stage: 'plan' } } },
        { id: 'b', checkpoints: { gather: { n: 2 } } },
      ],
    ]);
    // One statement at a time: these wait for the first to commit, then go together.
    writer.checkpoint('a', 'plan', 'p', farOff);
    writer.progress('b', null, farOff);
    await tick();
    expect(batches).toHaveLength(1);
    gates[0]?.();
    await tick();
    await tick();
    expect(batches[1]).toEqual([
      { id: 'a', checkpoints: { plan: 'p' } },
      { id: 'b', checkpoints: null, progress: { value: null } },
    ]);
  });

  it("take waits for the job's statement in flight, then hands over what is left, which the next statement leaves out", async () => {
    const { batches, gates, write } = gatedWrites();
    const writer = new JobStateWriter({ write, onLeaseLost: () => undefined, log });
    writer.checkpoint('a', 'one', 1, farOff);
    await tick();
    writer.checkpoint('a', 'two', 2, farOff);
    writer.checkpoint('b', 'one', 1, farOff);
    let taken: unknown = 'waiting';
    const taking = writer.take('a').then((state) => {
      taken = state;
    });
    await tick();
    expect(taken).toBe('waiting');
    gates[0]?.();
    await tick();
    // Statement 2 started when statement 1 committed, with a's "two" in it: take waits for it too.
    expect(batches[1]?.map((state) => state.id)).toEqual(['a', 'b']);
    expect(taken).toBe('waiting');
    gates[1]?.();
    await taking;
    expect(taken).toBeUndefined();
    writer.progress('c', { half: true }, farOff);
    expect(await writer.take('c')).toEqual({ checkpoints: null, progress: { value: { half: true } } });
    await tick();
    expect(batches).toHaveLength(2);
  });

  it('reports each job whose lease a statement found gone, and flush says whether the job was still held', async () => {
    const lost: string[] = [];
    const { gates, write } = gatedWrites((id) => id !== 'gone');
    const writer = new JobStateWriter({ write, onLeaseLost: (id) => lost.push(id), log });
    writer.checkpoint('kept', 'one', 1, farOff);
    writer.checkpoint('gone', 'one', 1, farOff);
    await tick();
    gates[0]?.();
    await tick();
    await tick();
    expect(lost).toEqual(['gone']);
    writer.checkpoint('gone', 'two', 2, farOff);
    const flushed = writer.flush('gone', farOff());
    await tick();
    gates[1]?.();
    expect(await flushed).toBe(false);
    expect(await writer.flush('nothing-pending', farOff())).toBe(true);
  });

  it('retries a failed statement; a job whose lease ran out meanwhile is lost, the others go again under their newer writes', async () => {
    const lost: string[] = [];
    const attempts: JobStateWrite[][] = [];
    let failing = true;
    const write = async (states: JobStateWrite[]) => {
      attempts.push(states);
      if (failing) throw new Error('connection lost');
      return states.map((state) => state.id);
    };
    const writer = new JobStateWriter({ write, onLeaseLost: (id) => lost.push(id), log });
    const soon = Date.now() + 150;
    writer.checkpoint('short', 'one', 1, () => soon);
    writer.checkpoint('long', 'one', 1, farOff);
    writer.progress('long', 'old', farOff);
    await tick();
    writer.progress('long', 'new', farOff);
    writer.checkpoint('long', 'two', 2, farOff);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(lost).toEqual(['short']);
    failing = false;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(attempts.at(-1)).toEqual([{ id: 'long', checkpoints: { one: 1, two: 2 }, progress: { value: 'new' } }]);
  });
});
