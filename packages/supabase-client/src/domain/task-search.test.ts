import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, createTestUser, type TestDatabase } from '../testing/database.ts';
import { searchTaskPage, taskSearchQuery } from './task-search.ts';

let database: TestDatabase;
let userId: string;
let otherId: string;
const ids: Record<string, string> = {};

async function insertTask(owner: string, key: string, fields: { title: string; notes?: string; position?: number; status?: string; deleted?: boolean }) {
  const [row] = await database.db.asUser(owner, (tx) => tx<{ id: string }[]>`
    insert into public.tasks (user_id, title, notes, position, status, deleted_at)
    values (${owner}, ${fields.title}, ${fields.notes ?? null}, ${fields.position ?? 0}, ${fields.status ?? 'todo'}, ${fields.deleted ? new Date() : null})
    returning id`);
  ids[key] = row?.id as string;
}

beforeAll(async () => {
  database = await createTestDatabase();
  userId = await createTestUser(database.db);
  otherId = await createTestUser(database.db);
  await insertTask(userId, 'notesOnly', { title: 'Call the plumber', notes: 'about the kitchen sink', position: 1 });
  await insertTask(userId, 'titleMatch', { title: 'Clean the kitchen', position: 2 });
  await insertTask(userId, 'both', { title: 'Kitchen shelves', notes: 'kitchen wall, left of the window', position: 3 });
  await insertTask(userId, 'kitten', { title: 'Feed the kitten', position: 4, status: 'done' });
  await insertTask(userId, 'deleted', { title: 'Kitchen tiles', deleted: true, position: 5 });
  await insertTask(userId, 'accents', { title: 'Café crème für Müller', notes: 'Zürich, naïve résumé', position: 6 });
  await insertTask(userId, 'email', { title: 'Answer e-mail from o\'brien', notes: 'C:\\temp\\notes.txt & 100% done', position: 7 });
  await insertTask(otherId, 'othersKitchen', { title: 'Kitchen renovation', notes: 'kitchen kitchen kitchen' });
});

afterAll(() => database.drop());

const search = (text: string, owner = userId, extra: { statuses?: ('todo' | 'done')[] } = {}) =>
  searchTaskPage(database.db, owner, {
    text,
    projectId: null,
    inbox: false,
    statuses: extra.statuses ?? null,
    dueBefore: null,
    dueAfter: null,
    after: null,
    limit: 50,
  });
const keysOf = (rows: { task: { id: string } }[]) => rows.map(({ task }) => Object.entries(ids).find(([, id]) => id === task.id)?.[0]);

describe('taskSearchQuery', () => {
  it('quotes every word, escapes quotes and backslashes, and makes the last a prefix', () => {
    expect(taskSearchQuery('kitchen sink')).toBe("'kitchen' & 'sink':*");
    expect(taskSearchQuery("o'brien")).toBe("'o\\'brien':*");
    expect(taskSearchQuery('a\\b')).toBe("'a\\\\b':*");
    expect(taskSearchQuery('  & | ! ( ) : * ')).toBeNull();
    expect(taskSearchQuery('')).toBeNull();
  });
});

describe('searchTaskPage', () => {
  it('matches the last word as a prefix as it is typed', async () => {
    expect(keysOf(await search('ki')).toSorted()).toEqual(['both', 'kitten', 'notesOnly', 'titleMatch']);
    expect(keysOf(await search('kitc')).toSorted()).toEqual(['both', 'notesOnly', 'titleMatch']);
    expect(keysOf(await search('kitchen')).toSorted()).toEqual(['both', 'notesOnly', 'titleMatch']);
    expect(keysOf(await search('kitchens'))).toEqual([]);
    // Earlier words are whole words; the last may be a prefix.
    expect(keysOf(await search('kitchen si'))).toEqual(['notesOnly']);
    expect(keysOf(await search('kit sink'))).toEqual([]);
    expect(keysOf(await search('KITCHEN   Sink'))).toEqual(['notesOnly']);
  });

  it('ranks a title match above a notes match, and more matches higher; equal ranks by id', async () => {
    const ranked = await search('kitchen');
    expect(keysOf(ranked)).toEqual(['both', 'titleMatch', 'notesOnly']);
    const [both, title, notes] = ranked.map((row) => row.rank);
    expect(both).toBeGreaterThan(title as number);
    expect(title).toBeGreaterThan(notes as number);
    await insertTask(userId, 'tieFirst', { title: 'Tie breaker', position: -2 });
    await insertTask(userId, 'tieSecond', { title: 'Tie breaker', position: -1 });
    const ties = [ids.tieFirst, ids.tieSecond].toSorted();
    expect((await search('tie')).map(({ task }) => task.id)).toEqual(ties);
  });

  it('leaves out deleted tasks and applies the list filters', async () => {
    expect(keysOf(await search('tiles'))).toEqual([]);
    expect(keysOf(await search('kitten', userId, { statuses: ['todo'] }))).toEqual([]);
    expect(keysOf(await search('kitten', userId, { statuses: ['done'] }))).toEqual(['kitten']);
  });

  it("never finds another person's tasks (RLS as well as the query)", async () => {
    expect(keysOf(await search('renovation'))).toEqual([]);
    expect(keysOf(await search('kitchen', otherId))).toEqual(['othersKitchen']);
    // As the user, the search table holds only their own rows, whatever the query says.
    const [visible] = await database.db.readAsUser(userId, (tx) => [tx<{ count: number }[]>`select count(*)::int from public.task_search where user_id = ${otherId}`] as const);
    expect(visible[0]?.count).toBe(0);
    // The search function answers the caller's rows only.
    const [matched] = await database.db.readAsUser(userId, (tx) => [
      tx<{ task_id: string }[]>`select task_id from public.task_search_matches(to_tsquery('simple', 'kitchen'))`,
    ] as const);
    expect(matched.map((row) => row.task_id)).not.toContain(ids.othersKitchen);
    expect(matched.length).toBeGreaterThan(0);
  });

  it('finds words with accents and other scripts, and words split by punctuation', async () => {
    expect(keysOf(await search('café'))).toEqual(['accents']);
    expect(keysOf(await search('mül'))).toEqual(['accents']);
    expect(keysOf(await search('zürich naï'))).toEqual(['accents']);
    expect(keysOf(await search('e-mail'))).toEqual(['email']);
    expect(keysOf(await search("o'brien"))).toEqual(['email']);
    expect(keysOf(await search('100%'))).toEqual(['email']);
  });

  it('treats odd input as text: quotes, operators, backslashes, unicode never error', async () => {
    const odd = [
      "'",
      "''",
      '"',
      "it's",
      '&',
      'a & b',
      'a|b',
      '!a',
      '!!',
      '(a',
      'a)',
      '():*',
      'kitchen:*',
      'kitchen:A',
      "'kitchen':*",
      '\\',
      '\\\\',
      "\\'",
      'C:\\temp\\notes.txt',
      'a <-> b',
      'a <2> b',
      '%_',
      '🎉',
      'kitchen 🎉',
      '日本語',
      'مرحبا',
      'Ω≈ç√',
      'x'.repeat(200),
      'a '.repeat(100),
      '\u0000kitchen',
      '\u200b',
      'null',
      'select * from tasks; --',
    ];
    for (const text of odd) {
      await expect(search(text), text).resolves.toBeInstanceOf(Array);
    }
    expect(keysOf(await search('kitchen:*')).toSorted()).toEqual(['both', 'notesOnly', 'titleMatch']);
    expect(keysOf(await search("'kitchen' & 'sink'"))).toEqual(['notesOnly']);
    expect(keysOf(await search('C:\\temp\\notes.txt'))).toEqual(['email']);
  });

  it('keeps the search document current when a title or notes change, and drops it with the task', async () => {
    await database.db.asUser(userId, (tx) => tx`update public.tasks set title = 'Water the orchids', notes = null where id = ${ids.titleMatch as string}`);
    expect(keysOf(await search('orchid'))).toEqual(['titleMatch']);
    expect(keysOf(await search('clean'))).toEqual([]);
    await database.db.asService((tx) => tx`delete from public.tasks where id = ${ids.titleMatch as string}`);
    const [left] = await database.db.sql<{ count: number }[]>`select count(*)::int from public.task_search where task_id = ${ids.titleMatch as string}`;
    expect(left?.count).toBe(0);
  });

  it('pages through equal and falling ranks without repeats or gaps', async () => {
    for (let i = 0; i < 7; i++) await insertTask(userId, `page${i}`, { title: i % 2 === 0 ? 'Paging word' : 'Something', notes: i % 2 === 0 ? undefined : 'paging', position: 100 + i });
    const seen: string[] = [];
    let after = null;
    for (;;) {
      const page = await searchTaskPage(database.db, userId, { text: 'paging', projectId: null, inbox: false, statuses: null, dueBefore: null, dueAfter: null, after, limit: 3 });
      seen.push(...page.map(({ task }) => task.id));
      const last = page.at(-1);
      if (page.length < 3 || !last) break;
      after = { rank: last.rank, id: last.task.id };
    }
    // Title matches first, then notes matches, each group by id.
    const group = (numbers: number[]) => numbers.map((i) => ids[`page${i}`] as string).toSorted();
    expect(seen).toEqual([...group([0, 2, 4, 6]), ...group([1, 3, 5])]);
  });
});

// Each word is keyed under its owner's token (32 hex digits of their id) in the search index, so a
// search reads the person's own keys only (migration 20261207400000).
describe('owner keys', () => {
  const tokenOf = (id: string) => id.replaceAll('-', '');

  it('match a query exactly as the plain document does, and never under another owner', async () => {
    const texts = [
      'Kitchen shelves|kitchen wall, left of the window',
      "Answer e-mail from o'brien|C:\\temp\\notes.txt & 100% done",
      'Café crème für Müller|Zürich, naïve résumé',
      'it\'s a back\\slash|quote \' and "double"',
      'Invoice the client|',
      'inbox zero|internet invoice interview',
    ];
    const queries = [
      "'kitchen'",
      "'kit':*",
      "'kitchen':A",
      "'kitchen':B",
      "'kitchen':*B",
      "'e-mail'",
      "'e' <-> 'mail'",
      "'mail' <-> 'e'",
      "'o' <-> 'brien'",
      "'o' <2> 'brien'",
      "'kitchen' & !'wall'",
      "!'kitchen'",
      "'window' | 'zürich'",
      "'in':*",
      "'inv':* & !'interview'",
      "'mü':*",
      "'c:\\\\temp\\\\notes.txt'",
      "'temp\\\\notes.txt':*",
      "'it' <-> 's'",
      "''''",
      "'100'",
      "'a' & 'back'",
    ];
    const rows = await database.db.sql<{ text: string; query: string; plain: boolean; owned: boolean; crossed: boolean }[]>`
      select d.text, q.query,
        d.document @@ q.query::tsquery as plain,
        public.task_search_owned_document(${userId}, d.document) @@ public.task_search_owned_query(${userId}, q.query::tsquery) as owned,
        public.task_search_owned_document(${otherId}, d.document) @@ public.task_search_owned_query(${userId}, q.query::tsquery) as crossed
      from (select t, public.task_search_document(split_part(t, '|', 1), nullif(split_part(t, '|', 2), '')) from unnest(${texts}::text[]) t) as d(text, document),
        unnest(${queries}::text[]) as q(query)`;
    expect(rows).toHaveLength(texts.length * queries.length);
    for (const row of rows) {
      expect(row.owned, `${row.text} @@ ${row.query}`).toBe(row.plain);
      // A negation holds for any document without the word, whoever owns it; it reads no other
      // person's keys, and the rows are held to the caller's own anyway.
      if (!row.query.startsWith('!')) expect(row.crossed, `${row.text} @@ ${row.query} under another owner`).toBe(false);
    }
    expect(rows.filter((row) => row.plain).length).toBeGreaterThan(10);
  });

  it("find nothing of another person's, even by a query naming their token", async () => {
    const other = tokenOf(otherId);
    expect(keysOf(await search('renov'))).toEqual([]);
    expect(keysOf(await search(`${other}kitchen`))).toEqual([]);
    expect(keysOf(await search(other))).toEqual([]);
    expect(keysOf(await search(`${other}kitchen`, otherId))).toEqual([]);
    for (const query of [`'${other}kitchen'`, `'${other}':*`, `'${other}kitchen' | 'renovation'`, `!'${tokenOf(userId)}kitchen'`]) {
      const [matched] = await database.db.readAsUser(userId, (tx) => [
        tx<{ task_id: string }[]>`select task_id from public.task_search_matches(${query}::tsquery)`,
      ] as const);
      expect(matched.map((row) => row.task_id), query).not.toContain(ids.othersKitchen);
    }
  });

  it('leave out only a word too long to key (over 2,014 bytes); the task is written and found by its other words', async () => {
    await insertTask(userId, 'longWords', { title: 'Plumbing estimate', notes: `${'z'.repeat(2030)} ${'y'.repeat(2000)} ${'é'.repeat(1010)}` });
    expect(keysOf(await search('plumbing'))).toEqual(['longWords']);
    expect(keysOf(await search('yyyyy'))).toEqual(['longWords']);
    expect(keysOf(await search('zzzzz'))).toEqual([]);
    expect(keysOf(await search('éééé'))).toEqual([]);
  });

  it('key the tasks a single statement writes (the insert trigger works a statement at a time)', async () => {
    const inserted = await database.db.asUser(userId, (tx) => tx<{ id: string }[]>`
      insert into public.tasks (user_id, title, notes, position)
      select ${userId}, 'Bulk ' || word, 'wrote them at once', 200 + n
      from unnest(array['quokka', 'quince', 'quiver']) with ordinality as w(word, n)
      returning id`);
    const found = await search('qu');
    expect(found.map(({ task }) => task.id).toSorted()).toEqual(inserted.map((row) => row.id).toSorted());
  });

  it('serve the search from the index keyed by owner', async () => {
    const plan = await database.db.sql.begin(async (tx) => {
      await tx`set local enable_seqscan = off`;
      await tx`select set_config('request.jwt.claims', ${JSON.stringify({ sub: userId, role: 'authenticated' })}, true)`;
      return tx<{ 'QUERY PLAN': string }[]>`
        explain select s.task_id from public.task_search s
        where s.user_id = (select auth.uid())
          and public.task_search_owned_document(s.user_id, s.document) @@ public.task_search_owned_query((select auth.uid()), to_tsquery('simple', 'kit:*'))`;
    });
    expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toMatch(/Bitmap Index Scan on task_search_owned_document_idx/);
  });
});
