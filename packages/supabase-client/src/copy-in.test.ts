import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from './db.ts';
import { copyField, copyIn } from './copy-in.ts';
import { CopyRows } from './copy-rows.ts';
import { createTestDatabase, type TestDatabase } from './testing/database.ts';

let database: TestDatabase;
// One connection: a COPY that left it mid-protocol or in an aborted transaction would fail the next test.
let single: Db;

beforeAll(async () => {
  database = await createTestDatabase({ migrated: false });
  single = createDb({ url: database.url, max: 1 });
  await single.sql`create table copied (id int primary key, label text, flag boolean, constraint copied_label_short check (char_length(label) <= 20))`;
});

afterAll(async () => {
  await single?.close();
  await database?.drop();
});

const line = (...fields: Parameters<typeof copyField>[0][]) => `${fields.map(copyField).join('\t')}\n`;

describe('copyField', () => {
  it('writes null, booleans and escapes', () => {
    expect([null, true, false, '', 'plain'].map(copyField)).toEqual(['\\N', 't', 'f', '', 'plain']);
    expect(copyField('a\tb\nc\rd\\e')).toBe('a\\tb\\nc\\rd\\\\e');
  });
});

describe('copyIn', () => {
  it('stores every row exactly as given, whatever the text holds', async () => {
    const labels = ['tab\there', 'two\nlines', 'cr\rlf', 'back\\slash', '\\N', '\\.', '', 'ünïcødé 🗓', null];
    await single.sql.begin(async (tx) => {
      await copyIn(tx`copy copied (id, label, flag) from stdin`, labels.map((label, index) => line(String(index), label, index % 2 === 0)).join(''));
    });
    const rows = await single.sql<{ id: number; label: string | null; flag: boolean }[]>`select id, label, flag from copied order by id`;
    expect(rows.map((row) => row.label)).toEqual(labels);
    expect(rows.map((row) => row.flag)).toEqual(labels.map((_, index) => index % 2 === 0));
  });

  it('stores rows given as bytes (CopyRows) exactly as given', async () => {
    await single.sql`truncate copied`;
    const labels = ['ünïcødé 🗓', 'tab\there', null, '€'.repeat(20)];
    const data = new CopyRows(8);
    for (const [index, label] of labels.entries()) data.add([String(index), label, index % 2 === 0].map(copyField).join('\t'));
    await single.sql.begin(async (tx) => {
      await copyIn(tx`copy copied (id, label, flag) from stdin`, data.data());
    });
    const rows = await single.sql<{ label: string | null }[]>`select label from copied order by id`;
    expect(rows.map((row) => row.label)).toEqual(labels);
  });

  it('rejects with the server error when a row breaks a constraint, and the connection goes on working', async () => {
    await single.sql`truncate copied`;
    await expect(
      single.sql.begin(async (tx) => {
        await copyIn(tx`copy copied (id, label, flag) from stdin`, line('1', 'fine', true) + line('2', 'x'.repeat(21), false));
      }),
    ).rejects.toMatchObject({ code: '23514', constraint_name: 'copied_label_short' });
    // Rolled back, nothing half-written.
    expect(await single.sql`select id from copied`).toHaveLength(0);
  });

  it('rejects a duplicate key inside a savepoint, after which the transaction carries on', async () => {
    await single.sql`truncate copied`;
    await single.sql.begin(async (tx) => {
      await tx`insert into copied (id, label) values (1, 'first')`;
      const refused = await tx
        .savepoint((savepoint) => copyIn(savepoint`copy copied (id, label, flag) from stdin`, line('2', 'second', null) + line('1', 'again', null)))
        .then(
          () => null,
          (error: unknown) => error,
        );
      expect(refused).toMatchObject({ code: '23505' });
      await tx`insert into copied (id, label) values (3, 'third')`;
    });
    const rows = await single.sql<{ id: number; label: string }[]>`select id, label from copied order by id`;
    expect(rows).toEqual([
      { id: 1, label: 'first' },
      { id: 3, label: 'third' },
    ]);
  });
});
