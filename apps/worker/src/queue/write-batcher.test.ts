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
  it('writes the first item at once and batches those arriving while writes are in flight', async () => {
    const { batches, gates, write } = gatedWrite();
    const batcher = new WriteBatcher(write);
    const outputs = [1, 2, 3, 4, 5].map((input) => batcher.add(input));
    await tick();
    // 1 and 2 each start a write (two in flight); 3, 4 and 5 wait together.
    expect(batches).toEqual([[1], [2]]);
    gates[0]?.();
    await tick();
    expect(batches).toEqual([[1], [2], [3, 4, 5]]);
    for (const gate of gates.slice(1)) gate();
    await tick();
    gates[2]?.();
    expect(await Promise.all(outputs)).toEqual([10, 20, 30, 40, 50]);
  });

  it('with gatherTurn, writes what arrives in one turn of the event loop together, and batches what arrives while writes are in flight', async () => {
    const { batches, gates, write } = gatedWrite();
    const batcher = new WriteBatcher(write, { gatherTurn: true });
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
    }, { maxInFlight: 1 });
    const first = batcher.add('a');
    const second = batcher.add('b');
    const third = batcher.add('c');
    await expect(first).rejects.toThrow('connection lost');
    expect(await Promise.all([second, third])).toEqual(['B', 'C']);
    expect(calls).toBe(2);
  });
});
