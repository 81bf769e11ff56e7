import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyField, copyIn } from './copy-in.ts';
import { createDb, type Db } from './db.ts';
import { createTestDatabase, createTestUser, type TestDatabase } from './testing/database.ts';

// 20261206400000_calendar_events_calendar_check_per_statement.sql: the rule the composite key
// calendar_events (calendar_id, user_id) → calendars (id, user_id) kept, now kept once per
// statement, for every way rows are written (insert, COPY, update) and for the calendar's side.

let database: TestDatabase;
// A second pool: the other side of a race needs a connection of its own.
let other: Db;

beforeAll(async () => {
  database = await createTestDatabase();
  other = createDb({ url: database.url, max: 2 });
});

afterAll(async () => {
  await other?.close();
  await database?.drop();
});

async function calendar(userId: string): Promise<string> {
  const [connection] = await database.db.sql<{ id: string }[]>`
    insert into public.google_connections (user_id, google_subject, tokens_sealed, token_key_id)
    values (${userId}, ${randomUUID()}, 'sealed', 'k1')
    on conflict (user_id) do update set google_subject = excluded.google_subject returning id`;
  const [row] = await database.db.sql<{ id: string }[]>`
    insert into public.calendars (user_id, connection_id, google_calendar_id, sync_mode)
    values (${userId}, ${connection?.id as string}, ${`${randomUUID()}@group.calendar.google.test`}, 'show') returning id`;
  return row?.id as string;
}

const insertEvents = (db: Db, userId: string, calendarId: string, ids: string[]) =>
  db.sql`
    insert into public.calendar_events (user_id, calendar_id, google_event_id, all_day, start_at, end_at)
    select ${userId}, ${calendarId}, id, false, '2026-12-11T09:00:00Z', '2026-12-11T10:00:00Z' from unnest(${ids}::text[]) as id`;

const eventCount = async (calendarId: string) =>
  (await database.db.sql<{ n: number }[]>`select count(*)::int as n from public.calendar_events where calendar_id = ${calendarId}`)[0]?.n;

describe('calendar_events belong to a calendar of their owner', () => {
  it('refuses events naming a calendar that is missing or another person’s, by insert, COPY or update', async () => {
    const ann = await createTestUser(database.db);
    const bob = await createTestUser(database.db);
    const anns = await calendar(ann);
    const bobs = await calendar(bob);
    const refusal = { code: '23503', constraint_name: 'calendar_events_calendar_same_user' };

    await expect(insertEvents(database.db, ann, bobs, ['a1'])).rejects.toMatchObject(refusal);
    await expect(insertEvents(database.db, ann, randomUUID(), ['a2'])).rejects.toMatchObject(refusal);
    // One wrong row among right ones fails the whole statement.
    await expect(
      database.db.sql.begin(async (tx) => {
        const line = (calendarId: string, id: string) =>
          `${[randomUUID(), ann, calendarId, id, 'f', '2026-12-11T09:00:00Z', '2026-12-11T10:00:00Z'].map(copyField).join('\t')}\n`;
        await copyIn(tx`copy public.calendar_events (id, user_id, calendar_id, google_event_id, all_day, start_at, end_at) from stdin`, line(anns, 'a3') + line(bobs, 'a4'));
      }),
    ).rejects.toMatchObject(refusal);
    expect(await eventCount(anns)).toBe(0);

    await insertEvents(database.db, ann, anns, ['a5', 'a6']);
    await expect(database.db.sql`update public.calendar_events set calendar_id = ${bobs} where calendar_id = ${anns}`).rejects.toMatchObject(refusal);
    await expect(database.db.sql`update public.calendar_events set user_id = ${bob} where calendar_id = ${anns}`).rejects.toMatchObject(refusal);
    // Another calendar of the same person is a calendar of the owner.
    const annsSecond = await calendar(ann);
    await database.db.sql`update public.calendar_events set calendar_id = ${annsSecond} where google_event_id = 'a5' and calendar_id = ${anns}`;
    expect([await eventCount(anns), await eventCount(annsSecond)]).toEqual([1, 1]);
  });

  it('deletes a calendar’s events with it, whether the calendar, its connection or its owner goes', async () => {
    const ann = await createTestUser(database.db);
    const [first, second, third] = [await calendar(ann), await calendar(ann), await calendar(ann)];
    for (const id of [first, second, third]) await insertEvents(database.db, ann, id as string, ['e1', 'e2']);

    await database.db.sql`delete from public.calendars where id = ${first as string}`;
    expect([await eventCount(first as string), await eventCount(second as string)]).toEqual([0, 2]);
    await database.db.sql`delete from public.google_connections where user_id = ${ann}`;
    expect([await eventCount(second as string), await eventCount(third as string)]).toEqual([0, 0]);

    const bob = await createTestUser(database.db);
    const bobs = await calendar(bob);
    await insertEvents(database.db, bob, bobs, ['e1']);
    await database.db.sql`delete from public.users where id = ${bob}`;
    expect(await eventCount(bobs)).toBe(0);
  });

  it('keeps the id and owner of a calendar that has events', async () => {
    const ann = await createTestUser(database.db);
    const bob = await createTestUser(database.db);
    const anns = await calendar(ann);
    await insertEvents(database.db, ann, anns, ['e1']);
    await expect(database.db.sql`update public.calendars set user_id = ${bob} where id = ${anns}`).rejects.toMatchObject({
      code: '23503',
      constraint_name: 'calendar_events_calendar_same_user',
    });
    await database.db.sql`delete from public.calendar_events where calendar_id = ${anns}`;
    await database.db.sql`update public.calendars set sync_mode = 'busy' where id = ${anns}`;
  });

  it('makes a calendar deletion wait for a transaction writing its events, then deletes them too', async () => {
    const ann = await createTestUser(database.db);
    const anns = await calendar(ann);
    let deletion: Promise<unknown> | undefined;
    await database.db.sql.begin(async (tx) => {
      await tx`
        insert into public.calendar_events (user_id, calendar_id, google_event_id, all_day, start_at, end_at)
        values (${ann}, ${anns}, 'written', false, '2026-12-11T09:00:00Z', '2026-12-11T10:00:00Z')`;
      deletion = other.sql`delete from public.calendars where id = ${anns}`.execute();
      // The deletion waits on the calendar row the insert's check locked.
      for (let look = 0; look < 200; look++) {
        const [waiting] = await database.db.sql<{ n: number }[]>`
          select count(*)::int as n from pg_stat_activity
          where datname = current_database() and wait_event_type = 'Lock' and query like 'delete from public.calendars%'`;
        if (waiting?.n === 1) return;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      throw new Error('the deletion did not wait for the writing transaction');
    });
    await deletion;
    expect(await eventCount(anns)).toBe(0);
  });

  it('refuses events whose calendar was deleted while they were being written', async () => {
    const ann = await createTestUser(database.db);
    const anns = await calendar(ann);
    await expect(
      database.db.sql.begin(async (tx) => {
        await tx`select 1`;
        await other.sql`delete from public.calendars where id = ${anns}`;
        await tx`
          insert into public.calendar_events (user_id, calendar_id, google_event_id, all_day, start_at, end_at)
          values (${ann}, ${anns}, 'late', false, '2026-12-11T09:00:00Z', '2026-12-11T10:00:00Z')`;
      }),
    ).rejects.toMatchObject({ code: '23503' });
    expect(await eventCount(anns)).toBe(0);
  });
});
