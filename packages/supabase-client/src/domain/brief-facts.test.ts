import { briefFactsSchema } from '@ordo/shared-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, createTestUser, type TestDatabase } from '../testing/database.ts';
import { readBriefFacts } from './brief-facts.ts';
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
});
