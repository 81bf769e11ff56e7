import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from './db.ts';
import { isPortFree } from './port.ts';
import { createTestDatabase, findFreePort, type TestDatabase } from './testing/index.ts';

// PgBouncer in transaction mode stands in for Supabase's transaction pooler: consecutive
// transactions of one client land on different server connections, so anything asUser left
// on a connection outside its transaction would leak into someone else's.
function pgbouncerBinary(): string | null {
  try {
    return execFileSync('sh', ['-c', 'command -v pgbouncer'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

const binary = pgbouncerBinary();
if (!binary) {
  const message = 'pgbouncer is not installed (apt-get install pgbouncer): the transaction-pooler test cannot run';
  if (process.env.CI === 'true') throw new Error(message);
  console.warn(`\n!!! ${message}; it is skipped outside CI.\n`);
}

/** Fresh statements through the pooler see the pool's own role and no claims: nothing outlived a transaction. */
async function expectNothingLeftOnServerConnections(pooled: Db): Promise<void> {
  const leftovers = await Promise.all(
    Array.from({ length: 20 }, () =>
      pooled.sql<{ role: string; claims: string | null }[]>`
        select current_user as role, nullif(current_setting('request.jwt.claims', true), '') as claims`,
    ),
  );
  for (const [row] of leftovers) expect(row).toEqual({ role: 'postgres', claims: null });
}

describe.runIf(binary)('asUser through a transaction-mode pooler (PgBouncer)', () => {
  let database: TestDatabase;
  let pooled: Db;
  let bouncer: ChildProcess;
  const dir = mkdtempSync(join(tmpdir(), 'ordo-pgbouncer-'));
  const users: { id: string; projects: number }[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    const target = new URL(database.url);
    const port = await findFreePort();
    writeFileSync(
      join(dir, 'pgbouncer.ini'),
      [
        '[databases]',
        `ordo = host=${target.hostname} port=${target.port || 5432} dbname=${target.pathname.slice(1)} user=${decodeURIComponent(target.username) || 'postgres'}`,
        '[pgbouncer]',
        'listen_addr = 127.0.0.1',
        `listen_port = ${port}`,
        'unix_socket_dir =',
        'auth_type = any',
        'pool_mode = transaction',
        // Two server connections for ten clients: transactions constantly change connections.
        'default_pool_size = 2',
        'max_client_conn = 100',
        '',
      ].join('\n'),
    );
    chmodSync(dir, 0o755);
    const asRoot = process.getuid?.() === 0;
    bouncer = spawn(binary as string, [...(asRoot ? ['-u', 'postgres'] : []), join(dir, 'pgbouncer.ini')], { stdio: 'ignore' });
    const deadline = Date.now() + 10_000;
    while (await isPortFree(port)) {
      if (Date.now() > deadline || bouncer.exitCode !== null) throw new Error('pgbouncer did not start');
      await new Promise((r) => setTimeout(r, 50));
    }
    pooled = createDb({ url: `postgres://postgres@127.0.0.1:${port}/ordo`, max: 10, prepare: false });

    for (const [label, count] of [
      ['a', 3],
      ['b', 5],
    ] as const) {
      const id = await database.db.asService(async (tx) => {
        const [user] = await tx<{ id: string }[]>`insert into users (email) values (${`${label}@pooler.test`}) returning id`;
        const userId = user?.id as string;
        for (let i = 0; i < count; i++) await tx`insert into projects (user_id, name) values (${userId}, ${`p${i}`})`;
        // As many tasks as projects.
        for (let i = 0; i < count; i++) await tx`insert into tasks (user_id, title) values (${userId}, ${`t${i}`})`;
        return userId;
      });
      users.push({ id, projects: count });
    }
  });

  afterAll(async () => {
    await pooled?.close(1);
    bouncer?.kill('SIGTERM');
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps every transaction to its own user, with nothing left on the server connections', async () => {
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => {
        const user = users[i % 2] as { id: string; projects: number };
        return pooled.asUser(user.id, async (tx) => {
          const [row] = await tx<{ uid: string; role: string; visible: number }[]>`
            select auth.uid() as uid, current_user as role, (select count(*)::int from projects) as visible`;
          return { expected: user, row };
        });
      }),
    );
    for (const { expected, row } of results) {
      expect(row).toEqual({ uid: expected.id, role: 'authenticated', visible: expected.projects });
    }

    await expectNothingLeftOnServerConnections(pooled);
  });

  it('keeps every pipelined read (readAsUser) to its own user, with nothing left on the server connections', async () => {
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => {
        const user = users[i % 2] as { id: string; projects: number };
        return pooled
          .readAsUser(user.id, (tx) => [
            tx<{ uid: string; role: string; visible: number }[]>`
              select auth.uid() as uid, current_user as role, (select count(*)::int from projects) as visible`,
          ] as const)
          .then(([rows]) => ({ expected: user, row: rows[0] }));
      }),
    );
    for (const { expected, row } of results) {
      expect(row).toEqual({ uid: expected.id, role: 'authenticated', visible: expected.projects });
    }
    await expectNothingLeftOnServerConnections(pooled);
  });

  it('keeps every as_user function call to its own user, with nothing left on the server connections', async () => {
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => {
        const user = users[i % 2] as { id: string; projects: number };
        return pooled.sql<{ user_id: string }[]>`
          select user_id from as_user.tasks_page(${user.id}, null, false, ${['todo']}, null, null, ${'t%'}, null, null, 100)`
          .then((rows) => ({ expected: user, owners: rows.map((row) => row.user_id) }));
      }),
    );
    for (const { expected, owners } of results) expect(owners).toEqual(Array(expected.projects).fill(expected.id));
    await expectNothingLeftOnServerConnections(pooled);
  });

  it('rolls back a failed asUser transaction without leaving its role behind', async () => {
    const user = users[0] as { id: string; projects: number };
    await expect(
      pooled.asUser(user.id, async (tx) => {
        await tx`insert into projects (user_id, name) values (${user.id}, 'doomed')`;
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    const [row] = await pooled.sql<{ role: string; doomed: number }[]>`
      select current_user as role, (select count(*)::int from projects where name = 'doomed') as doomed`;
    expect(row).toEqual({ role: 'postgres', doomed: 0 });
  });
});
