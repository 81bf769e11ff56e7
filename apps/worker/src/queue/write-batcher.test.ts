import { describe, expect, it } from 'vitest';
import { WriteBatcher } from './write-batcher.ts';

/** A write that waits until released, recording each batch it was given. */
function gatedWrite() {
  const batches: number[][] = [];
  const gates: (() => void)[] = [];
  const write = (inputs: number[]) => {
    batches.push(inputs);
    return new Promise<number[]>((resolve) => gates.push(() => resolve(inputs.map((input) => input * 10))));
  };
  return { batches, gates, write };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('WriteBatcher', () => {
  it('writes what arrives in one turn of the event loop together, and batches what arrives while writes are in flight', async () => {
    const { batches, gates, write } = gatedWrite();
    const batcher = new WriteBatcher(write, 2);
    const outputs = [1, 2, 3].map((input) => batcher.add(input));
    expect(batches).toEqual([]);
    await tick();
    expect(batches).toEqual([[1, 2, 3]]);
    // A second write may go while the first is in flight; then 6 and 7 wait for one to finish.
    outputs.push(batcher.add(4), batcher.add(5));
    await tick();
    expect(batches).toEqual([[1, 2, 3], [4, 5]]);
    outputs.push(batcher.add(6), batcher.add(7));
    await tick();
    expect(batches).toHaveLength(2);
    gates[0]?.();
    await tick();
    expect(batches).toEqual([[1, 2, 3], [4, 5], [6, 7]]);
    gates[1]?.();
    gates[2]?.();
    expect(await Promise.all(outputs)).toEqual([10, 20, 30, 40, 50, 60, 70]);
  });

  it('rejects every item of a failed batch and goes on with the next', async () => {
    let calls = 0;
    const batcher = new WriteBatcher(async (inputs: string[]) => {
      calls++;
      if (calls === 1) throw new Error('connection lost');
      return inputs.map((input) => input.toUpperCase());
    }, 1);
    const firstFails = expect(batcher.add('a')).rejects.toThrow('connection lost');
    await tick();
    const second = batcher.add('b');
    const third = batcher.add('c');
    await firstFails;
    expect(await Promise.all([second, third])).toEqual(['B', 'C']);
    expect(calls).toBe(2);
  });
});
