import { describe, expect, it } from 'vitest';
import { BoundedQueue, QueueFullError } from './bounded-queue.ts';

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened };
}

describe('BoundedQueue', () => {
  it('runs at most `concurrency` tasks at once, the rest in order', async () => {
    const queue = new BoundedQueue({ concurrency: 2, maxWaiting: 10 });
    const gates = Array.from({ length: 4 }, gate);
    const started: number[] = [];
    const results = gates.map((g, i) =>
      queue.run(async () => {
        started.push(i);
        await g.opened;
        return i;
      }),
    );
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    expect(queue.stats()).toMatchObject({ running: 2, waiting: 2, completed: 0 });
    gates[1]?.open();
    await results[1];
    await Promise.resolve();
    expect(started).toEqual([0, 1, 2]);
    for (const g of gates) g.open();
    expect(await Promise.all(results)).toEqual([0, 1, 2, 3]);
    expect(queue.stats()).toEqual({ running: 0, waiting: 0, completed: 4, refused: 0 });
  });

  it('refuses work beyond the waiting line instead of queueing without limit', async () => {
    const queue = new BoundedQueue({ concurrency: 1, maxWaiting: 1 });
    const g = gate();
    const running = queue.run(() => g.opened);
    const waiting = queue.run(async () => 'waited');
    await expect(queue.run(async () => 'never')).rejects.toBeInstanceOf(QueueFullError);
    expect(queue.stats()).toMatchObject({ running: 1, waiting: 1, refused: 1 });
    g.open();
    await running;
    expect(await waiting).toBe('waited');
  });

  it('frees the slot when a task fails', async () => {
    const queue = new BoundedQueue({ concurrency: 1, maxWaiting: 0 });
    await expect(queue.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await queue.run(async () => 'next')).toBe('next');
    expect(queue.stats()).toMatchObject({ running: 0, completed: 2 });
  });
});
