import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './testing/database.ts';
import { socketOnLocalPort } from './testing/local-socket.ts';

// What patches/postgres@3.4.9.patch makes of a connection the server or the network drops: the
// next connection starts clean, and a transaction or reservation cut off stays cut off. Each test
// drives the patched driver directly, with a short connect timeout so that a connection that never
// finishes starting fails the test in seconds.

let database: TestDatabase;
let admin: postgres.Sql;
const pools: postgres.Sql[] = [];

beforeAll(async () => {
  database = await createTestDatabase({ migrated: false });
  admin = postgres(database.url, { max: 1, onnotice: () => undefined });
});

afterAll(async () => {
  await Promise.all(pools.map((pool) => pool.end({ timeout: 1 })));
  await admin?.end();
  await database?.drop();
});

/** A pool under test, and a wait for its next closed connection. */
function pool(max: number) {
  let closing: (() => void) | null = null;
  const onClose: (() => void)[] = [];
  const sql = postgres(database.url, {
    max,
    connect_timeout: 2,
    onnotice: () => undefined,
    onclose: () => {
      closing?.();
      closing = null;
      for (const fn of onClose.splice(0)) fn();
    },
  });
  pools.push(sql);
  return {
    sql,
    nextClose: () => new Promise<void>((resolve) => (closing = resolve)),
    /** Runs fn (once) from inside the next connection's close. */
    duringNextClose: (fn: () => void) => onClose.push(fn),
  };
}

const terminate = (pid: number) => admin`select pg_terminate_backend(${pid})`;

describe('a dropped database connection (patched postgres.js)', () => {
  it('starts the next connection clean when a write was waiting to go out as its socket closed', async () => {
    const { sql, duringNextClose } = pool(2);
    const ports = await Promise.all([1, 2].map(async () => (await sql<{ port: number }[]>`select inet_client_port() as port, pg_sleep(0.05)`)[0]?.port));
    const sockets = ports.map((port) => socketOnLocalPort(Number(port)));
    expect(sockets).toHaveLength(2);
    // Both sockets close in the same turn of the event loop, as when the server drops them all. A
    // query sent from the first close lands on the second connection, still open, and waits to be
    // written until the next turn: the second close comes first.
    let caught: Promise<unknown> | null = null;
    duringNextClose(() => {
      caught = sql`select 'cut off' as said`.execute().catch((error: unknown) => error);
    });
    for (const socket of sockets) socket.destroy();
    await expect.poll(() => caught).not.toBeNull();
    expect(String(await caught)).toMatch(/CONNECTION_CLOSED/);
    // Both connections start again and answer; without the patch the second one's startup message
    // sat behind the cut-off query and was never sent (CONNECT_TIMEOUT).
    const answers = await Promise.all([1, 2].map(async (n) => (await sql<{ n: number }[]>`select ${n}::int as n, pg_sleep(0.05)`)[0]?.n));
    expect(answers).toEqual([1, 2]);
  });

  it("does not hand the terminated backend's error to the next query", async () => {
    const { sql } = pool(1);
    const [backend] = await sql<{ pid: number }[]>`select pg_backend_pid() as pid`;
    const sleeping = sql`select pg_sleep(30)`.execute().catch((error: unknown) => error);
    await expect.poll(async () => (await admin`select 1 from pg_stat_activity where pid = ${Number(backend?.pid)} and wait_event = 'PgSleep'`).length).toBe(1);
    await terminate(Number(backend?.pid));
    expect(String(await sleeping)).toMatch(/terminating connection|CONNECTION_CLOSED/);
    // Without the patch this failed with "terminating connection due to administrator command".
    const [after] = await sql<{ pid: number }[]>`select pg_backend_pid() as pid`;
    expect(after?.pid).not.toBe(backend?.pid);
  });

  it('rejects what a reservation sends after its connection closed, and its release leaves the pool working', async () => {
    const { sql, nextClose } = pool(1);
    const reserved = await sql.reserve();
    const [backend] = await reserved<{ pid: number }[]>`select pg_backend_pid() as pid`;
    const closed = nextClose();
    await terminate(Number(backend?.pid));
    await closed;
    // Without the patch the query was written to a socket that no longer existed: an uncaught
    // TypeError from the driver's write timer, and a query that never settled.
    await expect(reserved`select 1`).rejects.toThrow(/CONNECTION_CLOSED/);
    reserved.release();
    const [after] = await sql<{ pid: number }[]>`select pg_backend_pid() as pid`;
    expect(after?.pid).not.toBe(backend?.pid);
    // The released connection did not come back as a second, broken copy of itself.
    const answers = await Promise.all([1, 2, 3].map(async (n) => (await sql<{ n: number }[]>`select ${n}::int as n`)[0]?.n));
    expect(answers).toEqual([1, 2, 3]);
  });

  it('rejects what waited behind a reservation\'s busy connection when that connection closes', async () => {
    const { sql, nextClose } = pool(1);
    const reserved = await sql.reserve();
    const [backend] = await reserved<{ pid: number }[]>`select pg_backend_pid() as pid`;
    // A statement with parameters the connection has not prepared yet is described first, and the
    // reservation holds what follows until it is answered.
    const sleeping = reserved`select pg_sleep(${30})`.execute().catch((error: unknown) => error);
    const waiting = reserved`select ${'after'}::text as said`.execute().catch((error: unknown) => error);
    await expect.poll(async () => (await admin`select 1 from pg_stat_activity where pid = ${Number(backend?.pid)} and wait_event = 'PgSleep'`).length).toBe(1);
    const closed = nextClose();
    await terminate(Number(backend?.pid));
    await closed;
    expect(String(await sleeping)).toMatch(/terminating connection|CONNECTION_CLOSED/);
    // Without the patch this one never settled.
    expect(String(await waiting)).toMatch(/CONNECTION_CLOSED [^ ]+:\d+$/);
    reserved.release();
    expect(await sql`select 1 as one`).toEqual([{ one: 1 }]);
  });

  it('rejects what waited behind a transaction\'s busy connection when that connection closes', async () => {
    const { sql } = pool(1);
    let pid = 0;
    let answers: Promise<unknown[]> | null = null;
    const attempt = sql
      .begin(async (tx) => {
        const [backend] = await tx<{ pid: number }[]>`select pg_backend_pid() as pid`;
        pid = Number(backend?.pid);
        const sleeping = tx`select pg_sleep(${30})`.execute();
        const waiting = tx`select ${'after'}::text as said`.execute();
        answers = Promise.all([sleeping, waiting].map((query) => query.catch((error: unknown) => error)));
        await answers;
      })
      .catch((error: unknown) => error);
    await expect.poll(async () => (pid ? (await admin`select 1 from pg_stat_activity where pid = ${pid} and wait_event = 'PgSleep'`).length : 0)).toBe(1);
    await terminate(pid);
    expect(String(await attempt)).toMatch(/CONNECTION_CLOSED|terminating connection/);
    const [sleeping, waiting] = (await answers) ?? [];
    expect(String(sleeping)).toMatch(/terminating connection|CONNECTION_CLOSED/);
    // Without the patch this one never settled.
    expect(String(waiting)).toMatch(/CONNECTION_CLOSED [^ ]+:\d+$/);
  });

  it("runs none of a transaction's statements after its connection closed, even once the pool reconnected it", async () => {
    const { sql, nextClose } = pool(1);
    await sql`create table if not exists cut_off (n int)`;
    let second: Promise<unknown> = Promise.resolve('not sent');
    const attempt = sql
      .begin(async (tx) => {
        await tx`insert into cut_off values (1)`;
        const [backend] = await tx<{ pid: number }[]>`select pg_backend_pid() as pid`;
        const closed = nextClose();
        await terminate(Number(backend?.pid));
        await closed;
        // The pool's only connection starts again for a query outside the transaction ...
        await sql`select 1`;
        // ... and the transaction's next statement must not run there, on its own, committed.
        second = tx`insert into cut_off values (2)`.execute().then(
          () => 'inserted',
          (error: unknown) => error,
        );
        await second;
      })
      .catch((error: unknown) => error);
    expect(String(await attempt)).toMatch(/CONNECTION_CLOSED|terminating connection/);
    await expect.poll(() => second).not.toBe('not sent');
    expect(String(await second)).toMatch(/CONNECTION_CLOSED [^ ]+:\d+$/);
    expect(await sql`select n from cut_off`).toEqual([]);
  });
});
