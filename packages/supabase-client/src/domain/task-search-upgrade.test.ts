import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { migrate } from '../migrate.ts';
import { defaultMigrationsDir } from '../paths.ts';
import { createTestDatabase, createTestUser, type TestDatabase } from '../testing/database.ts';
import { searchTaskPage } from './task-search.ts';

// Tasks written before the search index was keyed by owner (20261207400000) are found after it,
// whatever their words: the index is built over the rows as they are.
const OWNER_KEYS = '20261207400000';

let database: TestDatabase;
let migrationsDir: string;

beforeAll(async () => {
  database = await createTestDatabase({ migrated: false });
  migrationsDir = await mkdtemp(join(tmpdir(), 'ordo-migrations-'));
  const files = (await readdir(defaultMigrationsDir())).filter((name) => name.endsWith('.sql'));
  for (const name of files.filter((file) => file < OWNER_KEYS)) await cp(join(defaultMigrationsDir(), name), join(migrationsDir, name));
  await migrate(database.db.sql, { migrationsDir });
});

afterAll(async () => {
  await database?.drop();
  await rm(migrationsDir, { recursive: true, force: true });
});

it("finds the tasks written before the migration, the person's own only", async () => {
  const userId = await createTestUser(database.db);
  const otherId = await createTestUser(database.db);
  await database.db.asService(
    (tx) => tx`
      insert into public.tasks (user_id, title, notes, position)
      values (${userId}, 'Kitchen shelves', ${`${'z'.repeat(2030)} measure the wall`}, 1),
             (${userId}, 'Call the plumber', 'about the kitchen sink', 2),
             (${otherId}, 'Kitchen renovation', null, 1)`,
  );
  await cp(defaultMigrationsDir(), migrationsDir, { recursive: true });
  expect((await migrate(database.db.sql, { migrationsDir })).applied).toContain(`${OWNER_KEYS}_task_search_owner_keys.sql`);

  const search = async (owner: string, text: string) =>
    (await searchTaskPage(database.db, owner, { text, projectId: null, inbox: false, statuses: null, dueBefore: null, dueAfter: null, after: null, limit: 10 })).map(
      ({ task }) => task.title,
    );
  expect(await search(userId, 'kit')).toEqual(['Kitchen shelves', 'Call the plumber']);
  expect(await search(userId, 'wall')).toEqual(['Kitchen shelves']);
  expect(await search(otherId, 'kit')).toEqual(['Kitchen renovation']);
  const indexes = await database.db.sql<{ name: string }[]>`select indexname as name from pg_indexes where tablename = 'task_search' order by 1`;
  expect(indexes.map((index) => index.name)).toEqual(['task_search_owned_document_idx', 'task_search_pkey']);
});
