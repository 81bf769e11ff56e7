import { briefFactsSchema } from '@ordo/shared-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, createTestUser, type TestDatabase } from '../testing/database.ts';
import { readBriefFacts, readBriefFactsOfMany } from './brief-facts.ts';
import { findBriefPerson } from './brief-person.ts';

let database: TestDatabase;
let userId: string;
let ids: Record<string, string>;

// A person in Kolkata (+05:30): their 3 December runs from 2 Dec 18:30Z to 3 Dec 18:30Z.
beforeAll(async () => {
  database = await createTestDatabase();
  userId = await createTestUser(database.db);
  const otherId = await createTestUser(database.db);
  ids = await database.db.asService(async (tx) => {
    await tx`update users set name = 'Priya', timezone = 'Asia/Kolkata' where id = ${userId}`;
    await tx`update brief_preferences set sections = '{wins,overdue}' where user_id = ${userId}`;
    const [garden] = await tx<{ id: string }[]>`insert into projects (user_id, name) values (${userId}, 'Garden') returning id`;
    const insert = async (title: string, fields: { due?: string; start?: string; status?: string; completedAt?: string; project?: boolean }) => {
      const [row] = await tx<{ id: string }[]>`
        insert into tasks (user_id, title, due_date, start_at, status, completed_at, project_id, priority)
        values (${userId}, ${title}, ${fields.due ?? null}, ${fields.start ?? null}, ${fields.status ?? 'todo'},
                ${fields.completedAt ?? null}, ${fields.project ? (garden?.id as string) : null}, 'high')
        returning id`;
      return row?.id as string;
    };
    await tx`insert into tasks (user_id, title, due_date) values (${otherId}, 'not mine', '2026-12-03')`;
    return {
      garden: garden?.id as string,
      // 2 Dec 19:00Z is 3 Dec 00:30 in Kolkata: today there, so not yesterday's win.
      doneToday: await insert('done just after midnight', { status: 'done', completedAt: '2026-12-02T19:00:00Z' }),
      // 2 Dec 18:00Z is 2 Dec 23:30 in Kolkata: yesterday.
      doneYesterday: await insert('done late yesterday', { status: 'done', completedAt: '2026-12-02T18:00:00Z', project: true }),
      doneBefore: await insert('done two days ago', { status: 'done', completedAt: '2026-12-01T12:00:00Z' }),
      // 3 Dec 03:30Z is 09:00 in Kolkata.
      scheduled: await insert('standup', { start: '2026-12-03T03:30:00Z' }),
      scheduledTomorrow: await insert('tomorrow early', { start: '2026-12-03T19:00:00Z' }),
      due: await insert('due today', { due: '2026-12-03', project: true }),
      overdue: await insert('overdue', { due: '2026-11-28' }),
      upcoming: await insert('in a week', { due: '2026-12-10' }),
      later: await insert('later', { due: '2026-12-11' }),
    };
  });
});

afterAll(async () => {
  await database.drop();
});

describe('readBriefFacts', () => {
  it("reads one person's day by their own calendar: yesterday's wins, today, overdue with its age, the week ahead, projects", async () => {
    const person = await findBriefPerson(database.db.sql, userId);
    expect(person).toMatchObject({ name: 'Priya', timezone: 'Asia/Kolkata', sections: ['wins', 'overdue'], email_enabled: true });
    const facts = await readBriefFacts(database.db.sql, person as NonNullable<typeof person>, { kind: 'daily', localDate: '2026-12-03' });
    // What the pipeline's gather stage checks its output against.
    expect(briefFactsSchema.parse(facts)).toEqual(facts);
    expect(facts).toMatchObject({
      name: 'Priya',
      local_date: '2026-12-03',
      kind: 'daily',
      sections: ['wins', 'overdue'],
      completed_from: '2026-12-02',
      completed_to: '2026-12-02',
      calendar_events: [],
    });
    expect(facts.completed).toEqual([
      { id: ids.doneYesterday, title: 'done late yesterday', project_name: 'Garden', priority: 'high', due_date: null, start_at: null, deadline: null, at_risk: false, completed_on: '2026-12-02' },
    ]);
    expect(facts.scheduled_today.map((task) => [task.title, task.start_at])).toEqual([['standup', '2026-12-03T09:00:00+05:30']]);
    expect(facts.due_today.map((task) => task.id)).toEqual([ids.due]);
    expect(facts.overdue.map((task) => [task.title, task.due_date, task.age_days])).toEqual([['overdue', '2026-11-28', 5]]);
    expect(facts.upcoming.map((task) => task.title)).toEqual(['in a week']);
    expect(facts.projects).toEqual([{ id: ids.garden, name: 'Garden', open: 1, done: 1 }]);
  });

  it('covers the last 7 days of completions for a weekly review', async () => {
    const person = await findBriefPerson(database.db.sql, userId);
    const facts = await readBriefFacts(database.db.sql, person as NonNullable<typeof person>, { kind: 'weekly', localDate: '2026-12-03' });
    expect(facts.completed_from).toBe('2026-11-26');
    expect(facts.completed.map((task) => [task.title, task.completed_on])).toEqual([
      ['done two days ago', '2026-12-01'],
      ['done late yesterday', '2026-12-02'],
    ]);
  });

  it("lists the day's synced events: shown calendars in detail, busy-only ones as Busy, all-day events by their days", async () => {
    const db = database.db;
    await db.asService(async (tx) => {
      const [connection] = await tx<{ id: string }[]>`
        insert into google_connections (user_id, google_subject, tokens_sealed, token_key_id)
        values (${userId}, 'sub-1', 'sealed', 'key') returning id`;
      const calendar = async (mode: string) => {
        const [row] = await tx<{ id: string }[]>`
          insert into calendars (user_id, connection_id, google_calendar_id, sync_mode)
          values (${userId}, ${connection?.id as string}, ${`${mode}@example.test`}, ${mode}) returning id`;
        return row?.id as string;
      };
      const [shown, busy, off] = [await calendar('show'), await calendar('busy'), await calendar('off')];
      const timed = (calendarId: string, id: string, title: string, start: string, end: string, isBusy = true) => tx`
        insert into calendar_events (user_id, calendar_id, google_event_id, title, all_day, start_at, end_at, busy)
        values (${userId}, ${calendarId}, ${id}, ${title}, false, ${start}, ${end}, ${isBusy})`;
      const allDay = (calendarId: string, id: string, title: string, start: string, end: string) => tx`
        insert into calendar_events (user_id, calendar_id, google_event_id, title, all_day, start_date, end_date)
        values (${userId}, ${calendarId}, ${id}, ${title}, true, ${start}, ${end})`;
      // 09:00–10:00 and 23:30–00:30 in Kolkata on 3 December; the second runs past midnight.
      await timed(shown, 'standup', 'Standup', '2026-12-03T03:30:00Z', '2026-12-03T04:30:00Z');
      await timed(shown, 'late', 'Late call', '2026-12-03T18:00:00Z', '2026-12-03T19:00:00Z');
      await timed(shown, 'tomorrow', 'Tomorrow', '2026-12-03T18:30:00Z', '2026-12-03T19:30:00Z');
      await timed(busy, 'private', 'Doctor', '2026-12-03T08:30:00Z', '2026-12-03T09:00:00Z');
      await timed(busy, 'free', 'Reading', '2026-12-03T10:30:00Z', '2026-12-03T11:00:00Z', false);
      await timed(off, 'ignored', 'Not synced', '2026-12-03T05:30:00Z', '2026-12-03T06:00:00Z');
      await allDay(shown, 'conference', 'Conference', '2026-12-02', '2026-12-04');
      await allDay(shown, 'yesterday', 'Yesterday only', '2026-12-02', '2026-12-03');
    });
    const person = await findBriefPerson(db.sql, userId);
    const facts = await readBriefFacts(db.sql, person as NonNullable<typeof person>, { kind: 'daily', localDate: '2026-12-03' });
    expect(briefFactsSchema.parse(facts)).toEqual(facts);
    expect(facts.calendar_events).toEqual([
      { title: 'Conference', start: '2026-12-02', end: '2026-12-04', all_day: true },
      { title: 'Standup', start: '2026-12-03T09:00:00+05:30', end: '2026-12-03T10:00:00+05:30', all_day: false },
      { title: 'Busy', start: '2026-12-03T14:00:00+05:30', end: '2026-12-03T14:30:00+05:30', all_day: false },
      { title: 'Late call', start: '2026-12-03T23:30:00+05:30', end: '2026-12-04T00:30:00+05:30', all_day: false },
    ]);
  });
});

describe('readBriefFactsOfMany', () => {
  it("reads a batch's people in one go: each their own tasks, by their own calendar and list limits, in the order asked", async () => {
    const db = database.db;
    const busyId = await createTestUser(db);
    // 30 overdue tasks, a day apart, in New York: the brief lists the oldest 25.
    await db.asService(async (tx) => {
      await tx`update users set timezone = 'America/New_York' where id = ${busyId}`;
      await tx`
        insert into tasks (user_id, title, due_date)
        select ${busyId}, 'overdue ' || n, date '2026-12-02' - n from generate_series(1, 30) as n`;
      await tx`insert into tasks (user_id, title, due_date) values (${busyId}, 'due in New York', '2026-12-03')`;
    });
    const busy = await findBriefPerson(db.sql, busyId);
    const priya = await findBriefPerson(db.sql, userId);
    const asked = [
      { person: priya as NonNullable<typeof priya>, brief: { kind: 'daily' as const, localDate: '2026-12-03' } },
      { person: busy as NonNullable<typeof busy>, brief: { kind: 'daily' as const, localDate: '2026-12-03' } },
      { person: priya as NonNullable<typeof priya>, brief: { kind: 'weekly' as const, localDate: '2026-12-03' } },
    ];
    const [first, second, third] = await readBriefFactsOfMany(db.sql, asked);

    expect(first).toEqual(await readBriefFacts(db.sql, asked[0]?.person as NonNullable<typeof priya>, asked[0]?.brief as never));
    expect(first?.overdue.map((task) => task.title)).toEqual(['overdue']);
    expect(second?.timezone).toBe('America/New_York');
    expect(second?.overdue.map((task) => task.title)).toEqual(Array.from({ length: 25 }, (_, index) => `overdue ${30 - index}`));
    expect(second?.overdue[0]).toMatchObject({ due_date: '2026-11-02', age_days: 31 });
    expect(second?.due_today.map((task) => task.title)).toEqual(['due in New York']);
    expect(second?.projects).toEqual([]);
    expect(second?.calendar_events).toEqual([]);
    expect(third?.kind).toBe('weekly');
    expect(third?.completed.map((task) => task.title)).toEqual(['done two days ago', 'done late yesterday']);
    expect(await readBriefFactsOfMany(db.sql, [])).toEqual([]);
  });
});
