import { createDb, type Db } from '@ordo/supabase-client';
import { createTestDatabase, type TestDatabase } from '@ordo/supabase-client/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SendSlots } from './send-slots.ts';

let database: TestDatabase;
let otherWorker: Db;

beforeAll(async () => {
  database = await createTestDatabase();
  // A second pool, as a second worker process has.
  otherWorker = createDb({ url: database.url, max: 4, prepare: true });
});

afterAll(async () => {
  await otherWorker?.close();
  await database?.drop();
});

const forever = () => new AbortController().signal;

describe('SendSlots (send_rate_buckets)', () => {
  it('spaces sends at least 1/rate apart across workers, waiting instead of failing', async () => {
    const perSecond = 4;
    const workers = [new SendSlots(database.db, 'test-spacing', perSecond), new SendSlots(otherWorker, 'test-spacing', perSecond)];
    const taken: number[] = [];
    const started = performance.now();
    // Eight senders at once, half on each worker.
    await Promise.all(
      Array.from({ length: 8 }, async (_, i) => {
        await workers[i % 2]?.take(forever());
        taken.push(performance.now());
      }),
    );

    taken.sort((a, b) => a - b);
    // The k-th slot cannot come before k intervals have passed (the bucket holds one token). A busy
    // machine only delays when we see a slot, never advances it, so each is checked against its own
    // lower bound rather than as a gap to the one before (two delayed sightings can land close together).
    // The database's clock and ours can differ by a few ms.
    taken.forEach((at, k) => {
      expect(at - started).toBeGreaterThan((k * 1000) / perSecond - 40);
    });
  });

  it('keeps buckets apart and refills while idle, up to one token', async () => {
    const [a, b] = [new SendSlots(database.db, 'test-a', 1), new SendSlots(database.db, 'test-b', 1)];
    await a.take(forever());
    const start = performance.now();
    await b.take(forever());
    expect(performance.now() - start).toBeLessThan(500);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    // Idle for over a second at 1/s: one token, not more.
    const refilled = performance.now();
    await a.take(forever());
    expect(performance.now() - refilled).toBeLessThan(500);
    await a.take(forever());
    expect(performance.now() - refilled).toBeGreaterThan(900);
  });

  it('shares the spacing with take_send_token, which workers of the previous version call', async () => {
    const slots = new SendSlots(database.db, 'test-mixed', 2);
    await Promise.all([slots.take(forever()), slots.take(forever())]);
    // Two slots were granted at once, 0.5 s apart: a token comes 0.5 s after the second.
    const [row] = await database.db.sql<{ wait: number }[]>`select public.take_send_token('test-mixed', 2) as wait`;
    expect(row?.wait).toBeGreaterThan(0.3);
  });

  it('stops waiting when the send is aborted, and its turn goes to the next', async () => {
    const slots = new SendSlots(database.db, 'test-abort', 0.5);
    await slots.take(forever());
    const controller = new AbortController();
    const waiting = slots.take(controller.signal);
    setTimeout(() => controller.abort(new Error('job timed out')), 100);
    const start = performance.now();
    await expect(waiting).rejects.toThrow('job timed out');
    expect(performance.now() - start).toBeLessThan(1_000);
    // The aborted send never held a slot: the next send's comes two seconds after the first.
    await slots.take(forever());
    expect(performance.now() - start).toBeLessThan(2_500);
  });

  it('reserves slots in a caller’s transaction: kept when it commits, given back when it rolls back', async () => {
    const slots = new SendSlots(database.db, 'test-in-claim', 2);
    const before = performance.now();
    const rolledBack = database.db.asService(async (tx) => {
      expect(await slots.reserveIn(tx, 3)).toHaveLength(1);
      throw new Error('claim failed');
    });
    await expect(rolledBack).rejects.toThrow('claim failed');
    // The rolled-back slot is still there: granted at once.
    const [at] = await database.db.asService((tx) => slots.reserveIn(tx, 1));
    expect((at ?? Number.POSITIVE_INFINITY) - before).toBeLessThan(500);
    await slots.until(at as number, forever());
    // That committed one was the bucket's token: the next send waits half a second for its own.
    const start = performance.now();
    await slots.take(forever());
    expect(performance.now() - start).toBeGreaterThan(350);
    const controller = new AbortController();
    controller.abort(new Error('shutting down'));
    await expect(slots.until(performance.now() + 10_000, controller.signal)).rejects.toThrow('shutting down');
  });

  it('creates a new bucket once when two workers reserve its first slots at once', async () => {
    // One token every 100 s: the bucket's one token goes to whichever reservation sees it first.
    const first = new SendSlots(database.db, 'test-first-use', 0.01);
    const second = new SendSlots(otherWorker, 'test-first-use', 0.01);
    let secondSlots: Promise<number[]> | undefined;
    const firstSlots = await database.db.asService(async (tx) => {
      const granted = await first.reserveIn(tx, 1);
      // Asked while the first transaction holds the new, uncommitted row: it waits for that commit.
      secondSlots = otherWorker.asService((other) => second.reserveIn(other, 1));
      await new Promise((resolve) => setTimeout(resolve, 200));
      return granted;
    });
    expect(firstSlots).toHaveLength(1);
    // The token was the first's: the second sees it taken, not a bucket of its own.
    expect(await secondSlots).toEqual([]);
    const rows = await database.db.sql`select tokens from public.send_rate_buckets where name = 'test-first-use'`;
    expect(rows).toHaveLength(1);
  });

  it('is the workers’ alone: people can neither read the buckets nor take slots', async () => {
    const [user] = await database.db.asService((tx) => tx<{ id: string }[]>`insert into users (email) values ('bucket@example.test') returning id`);
    const asPerson = (query: string) => database.db.asUser(user?.id ?? '', (tx) => tx.unsafe(query));
    await expect(asPerson('select * from public.send_rate_buckets')).rejects.toMatchObject({ code: '42501' });
    await expect(asPerson("select public.take_send_token('sms', 1000)")).rejects.toMatchObject({ code: '42501' });
    await expect(asPerson("select * from public.reserve_send_slots('sms', 1000, 10, 1)")).rejects.toMatchObject({ code: '42501' });
  });

  it('refuses a rate that is not positive', async () => {
    await expect(new SendSlots(database.db, 'test-zero', 0).take(forever())).rejects.toThrow(/rate must be positive/);
  });
});
