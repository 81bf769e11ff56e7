import type { Tx } from '@ordo/supabase-client';

/**
 * A kind of write that commits in the same transaction as the completion of the job that asked for
 * it (JobContext.completeWith), batched with the writes of that kind of the jobs completing
 * together: a handler whose last act is recording what it did needs no commit of its own. `write`
 * gets every item of the batch, in completion order, and makes one statement, awaited before
 * anything else (it goes out then, the COMMIT right behind it). It must be safe to run again (a
 * batch is retried through connection loss), and it runs whether or not each job was still held
 * (what a handler did stays true when its lease ran out).
 */
export interface CompletionWriteKind<T> {
  write(tx: Tx, items: readonly T[]): Promise<unknown>;
}

export interface CompletionWrite<T = unknown> {
  kind: CompletionWriteKind<T>;
  item: T;
}

/** Runs each kind's writes of a batch as one statement each, sent together (not awaited one by one). */
export function writeAlongCompletions(tx: Tx, writes: readonly CompletionWrite[]): Promise<unknown>[] {
  const byKind = new Map<CompletionWriteKind<unknown>, unknown[]>();
  for (const { kind, item } of writes) {
    const items = byKind.get(kind);
    if (items) items.push(item);
    else byKind.set(kind, [item]);
  }
  return [...byKind].map(([kind, items]) => kind.write(tx, items));
}
