import { createHash } from 'node:crypto';
import { appendFile, cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb } from './db.ts';
import { migrate } from './migrate.ts';
import { MigrationChecksumError, MigrationError } from './migration-errors.ts';
import { defaultMigrationsDir } from './paths.ts';
import { splitStatements } from './split-statements.ts';
import { createTestDatabase, type TestDatabase } from './testing/database.ts';

const realFiles = (await readdir(defaultMigrationsDir())).filter((name) => name.endsWith('.sql')).sort();

let database: TestDatabase;
let migrationsDir: string;

beforeEach(async () => {
  database = await createTestDatabase({ migrated: false });
  // A scratch copy, so tests can edit and add files.
  migrationsDir = await mkdtemp(join(tmpdir(), 'ordo-migrations-'));
  await cp(defaultMigrationsDir(), migrationsDir, { recursive: true });
});

afterEach(async () => {
  await database.drop();
  await rm(migrationsDir, { recursive: true, force: true });
});

const run = (sql = database.db.sql) => migrate(sql, { migrationsDir });

async function tableExists(name: string): Promise<boolean> {
  const [row] = await database.db.sql<{ exists: boolean }[]>`select to_regclass(${name}) is not null as exists`;
  return row?.exists === true;
}

describe('migrate', () => {
  it('applies every file to an empty database, then does nothing the second time', async () => {
    expect(realFiles.length).toBeGreaterThan(0);
    expect(await run()).toEqual({ applied: realFiles });
    expect(await tableExists('public.tasks')).toBe(true);
    expect(await run()).toEqual({ applied: [] });
  });

  it('records each file like the Supabase CLI: version, name, statements, plus our checksum', async () => {
    await run();
    const rows = await database.db.sql<{ version: string; name: string; statements: string[]; checksum: string }[]>`
      select version, name, statements, checksum from supabase_migrations.schema_migrations order by version
    `;
    const expected = await Promise.all(
      realFiles.map(async (fileName) => {
        const bytes = await readFile(join(migrationsDir, fileName));
        const [, version, name] = /^(\d+)_(.*)\.sql$/.exec(fileName) ?? [];
        return {
          version,
          name,
          statements: splitStatements(bytes.toString('utf8')),
          checksum: createHash('sha256').update(bytes).digest('hex'),
        };
      }),
    );
    expect(rows).toEqual(expected);
    expect(rows.every((row) => row.statements.length > 0)).toBe(true);
  });

  it('refuses to run when an applied file was edited, naming the file, before applying anything new', async () => {
    await run();
    const edited = realFiles[1] as string;
    await appendFile(join(migrationsDir, edited), '\n-- an innocent-looking edit\n');
    await writeFile(join(migrationsDir, '20261231000000_later.sql'), 'create table public.later (id int);\n');

    const failure = run();
    await expect(failure).rejects.toBeInstanceOf(MigrationChecksumError);
    await expect(failure).rejects.toMatchObject({ file: edited, message: expect.stringContaining(edited) });
    expect(await tableExists('public.later')).toBe(false);
  });

  it('adopts a row without a checksum, as the Supabase CLI writes them', async () => {
    await run();
    await database.db.sql`update supabase_migrations.schema_migrations set checksum = null`;
    expect(await run()).toEqual({ applied: [] });
    const [row] = await database.db.sql<{ missing: number }[]>`
      select count(*)::int as missing from supabase_migrations.schema_migrations where checksum is null
    `;
    expect(row?.missing).toBe(0);
  });

  it('rolls a failing migration back completely, leaves no record and names the file and line', async () => {
    const broken = '20261231000000_broken.sql';
    await writeFile(
      join(migrationsDir, broken),
      'create table public.half_done (id int);\nselect * from public.no_such_table;\n',
    );

    const failure = run();
    await expect(failure).rejects.toBeInstanceOf(MigrationError);
    await expect(failure).rejects.toMatchObject({
      file: broken,
      message: expect.stringMatching(/20261231000000_broken\.sql failed at line 2: .*no_such_table/),
    });
    expect(await tableExists('public.half_done')).toBe(false);
    const versions = await database.db.sql<{ version: string }[]>`
      select version from supabase_migrations.schema_migrations order by version
    `;
    expect(versions.map((row) => row.version)).toEqual(realFiles.map((name) => name.slice(0, 14)));
  });

  it('refuses a file that manages its own transaction', async () => {
    const file = '20261231000000_own_transaction.sql';
    await writeFile(join(migrationsDir, file), 'begin;\ncreate table public.sneaky (id int);\ncommit;\n');
    await expect(run()).rejects.toMatchObject({ file });
    expect(await tableExists('public.sneaky')).toBe(false);
    expect(await tableExists('public.tasks')).toBe(false);
  });

  it('lets two concurrent migrators share one database, applying each file once', async () => {
    const first = createDb({ url: database.url, max: 1 });
    const second = createDb({ url: database.url, max: 1 });
    try {
      const results = await Promise.all([run(first.sql), run(second.sql)]);
      expect(results.flatMap((result) => result.applied).sort()).toEqual(realFiles);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
    const [row] = await database.db.sql<{ rows: number; versions: number }[]>`
      select count(*)::int as rows, count(distinct version)::int as versions from supabase_migrations.schema_migrations
    `;
    expect(row).toEqual({ rows: realFiles.length, versions: realFiles.length });
  });
});
