/** An entry waiting for a handler slot, ordered by priority, then run_at, then arrival. */
export interface SlotWaiter {
  priority: number;
  runAt: number;
  /** Set once the waiter left the queue, woken or withdrawn; the heap drops withdrawn ones when they surface. */
  left: boolean;
  wake: (got: boolean) => void;
}

interface Ranked<T extends SlotWaiter> {
  waiter: T;
  seq: number;
}

function before(a: Ranked<SlotWaiter>, b: Ranked<SlotWaiter>): boolean {
  if (a.waiter.priority !== b.waiter.priority) return a.waiter.priority < b.waiter.priority;
  if (a.waiter.runAt !== b.waiter.runAt) return a.waiter.runAt < b.waiter.runAt;
  return a.seq < b.seq;
}

/**
 * Claimed-ahead jobs waiting for a slot, as a binary heap: O(log n) per job where a sorted array
 * costs O(n), which with a prefetch of hundreds was the runner's largest CPU cost per job.
 */
export class SlotQueue<T extends SlotWaiter> {
  private readonly heap: Ranked<T>[] = [];
  private seq = 0;
  private live = 0;

  get size(): number {
    return this.live;
  }

  push(waiter: T): void {
    const heap = this.heap;
    heap.push({ waiter, seq: this.seq++ });
    this.live++;
    let index = heap.length - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!before(heap[index] as Ranked<T>, heap[parent] as Ranked<T>)) break;
      [heap[index], heap[parent]] = [heap[parent] as Ranked<T>, heap[index] as Ranked<T>];
      index = parent;
    }
  }

  /** Marks the waiter gone; it no longer counts and is skipped when it reaches the top. */
  withdraw(waiter: T): void {
    if (waiter.left) return;
    waiter.left = true;
    this.live--;
  }

  /** The first waiter still waiting, removed from the queue; undefined when none is. */
  shift(): T | undefined {
    while (this.heap.length > 0) {
      const top = this.popTop();
      if (!top.waiter.left) {
        top.waiter.left = true;
        this.live--;
        return top.waiter;
      }
    }
    return undefined;
  }

  /** Every waiter still waiting, in no particular order. */
  waiting(): T[] {
    return this.heap.map((ranked) => ranked.waiter).filter((waiter) => !waiter.left);
  }

  private popTop(): Ranked<T> {
    const heap = this.heap;
    const top = heap[0] as Ranked<T>;
    const last = heap.pop() as Ranked<T>;
    if (heap.length > 0) {
      heap[0] = last;
      let index = 0;
      for (;;) {
        const left = index * 2 + 1;
        const right = left + 1;
        let first = index;
        if (left < heap.length && before(heap[left] as Ranked<T>, heap[first] as Ranked<T>)) first = left;
        if (right < heap.length && before(heap[right] as Ranked<T>, heap[first] as Ranked<T>)) first = right;
        if (first === index) break;
        [heap[index], heap[first]] = [heap[first] as Ranked<T>, heap[index] as Ranked<T>];
        index = first;
      }
    }
    return top;
  }
}
