import { describe, expect, it } from 'vitest';
import { SlotQueue, type SlotWaiter } from './slot-queue.ts';

interface Named extends SlotWaiter {
  name: string;
}

const waiter = (name: string, priority: number, runAt: number): Named => ({ name, priority, runAt, left: false, wake: () => undefined });

function drain(queue: SlotQueue<Named>): string[] {
  const names: string[] = [];
  for (let next = queue.shift(); next; next = queue.shift()) names.push(next.name);
  return names;
}

describe('SlotQueue', () => {
  it('hands out waiters by priority, then run_at, then arrival', () => {
    const queue = new SlotQueue<Named>();
    for (const entry of [waiter('late', 0, 30), waiter('urgent', -5, 50), waiter('early', 0, 10), waiter('tie-first', 0, 20), waiter('tie-second', 0, 20), waiter('low', 3, 0)]) {
      queue.push(entry);
    }
    expect(queue.size).toBe(6);
    expect(drain(queue)).toEqual(['urgent', 'early', 'tie-first', 'tie-second', 'late', 'low']);
    expect(queue.size).toBe(0);
  });

  it('keeps the order over many random pushes', () => {
    const queue = new SlotQueue<Named>();
    const entries = Array.from({ length: 500 }, (_, i) => waiter(String(i), Math.floor(Math.random() * 5), Math.floor(Math.random() * 50)));
    for (const entry of entries) queue.push(entry);
    const expected = entries
      .map((entry, seq) => ({ entry, seq }))
      .sort((a, b) => a.entry.priority - b.entry.priority || a.entry.runAt - b.entry.runAt || a.seq - b.seq)
      .map(({ entry }) => entry.name);
    expect(drain(queue)).toEqual(expected);
  });

  it('skips withdrawn waiters and counts only those still waiting', () => {
    const queue = new SlotQueue<Named>();
    const first = waiter('first', 0, 1);
    const second = waiter('second', 0, 2);
    const third = waiter('third', 0, 3);
    for (const entry of [first, second, third]) queue.push(entry);
    queue.withdraw(first);
    queue.withdraw(first);
    expect(queue.size).toBe(2);
    expect(queue.waiting().map((entry) => entry.name).sort()).toEqual(['second', 'third']);
    const next = queue.shift();
    expect(next?.name).toBe('second');
    expect(next?.left).toBe(true);
    // A woken waiter cannot be withdrawn again (its job may be aborted while running).
    queue.withdraw(second);
    expect(queue.size).toBe(1);
    expect(drain(queue)).toEqual(['third']);
  });
});
