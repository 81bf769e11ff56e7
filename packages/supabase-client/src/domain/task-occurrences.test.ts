import type { Task } from '@ordo/shared-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../db.ts';
import { createTestDatabase, createTestUser, type TestDatabase } from '../testing/database.ts';
import {
  applyToFutureOccurrences,
  changeRecurrence,
  closeOccurrence,
  createNextOccurrence,
  findNextOccurrence,
  startSeries,
} from './task-occurrences.ts';

let database: TestDatabase;
let userId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  userId = await createTestUser(database.db);
  await database.db.asService((tx) => tx`update users set timezone = 'America/New_York' where id = ${userId}`);
});

afterAll(() => database.drop());

// Monday 2 March 2026, 15:00 in New York (EST): the week before the DST change.
const NOW = new Date('2026-03-02T20:00:00Z');

async function repeatingTask(
  rrule: string,
  fields: { due_date?: string; start_at?: Date; deadline?: string; title?: string },
  fromCompletion = false,
  db: Db = database.db,
): Promise<Task> {
  return db.asUser(userId, async (tx) => {
    const [row] = await tx`
      insert into tasks (user_id, title, due_date, start_at, deadline, priority, duration_minutes)
      values (${userId}, ${fields.title ?? 'Water the plants'}, ${fields.due_date ?? null}, ${fields.start_at ?? null},
              ${fields.deadline ?? null}, 'high', 20)
      returning *`;
    return startSeries(tx, userId, row as Task, { rrule, from_completion: fromCompletion }, NOW);
  });
}

const occurrencesOf = (seriesId: string | null) =>
  database.db.asService((tx) => tx<Task[]>`select * from tasks where recurrence_series_id = ${seriesId} order by recurrence_anchor, created_at`);

describe('closing an occurrence', () => {
  it('creates the next one with the dates moved and the rest copied, keeping 09:00 local across the DST change', async () => {
    // Mondays at 09:00 EST (14:00Z); the deadline two days after.
    const task = await repeatingTask('FREQ=WEEKLY;BYDAY=MO', { due_date: '2026-03-02', start_at: new Date('2026-03-02T14:00:00Z'), deadline: '2026-03-04' });
    expect(task).toMatchObject({ recurrence_rule: 'FREQ=WEEKLY;BYDAY=MO', recurrence_from_completion: false, recurrence_anchor: '2026-03-02' });
    const closed = await database.db.asUser(userId, (tx) => closeOccurrence(tx, userId, task.id, 'done', NOW));
    expect(closed?.closedNow).toBe(true);
    expect(closed?.task.status).toBe('done');
    expect(closed?.next).toMatchObject({
      title: 'Water the plants',
      priority: 'high',
      duration_minutes: 20,
      status: 'todo',
      due_date: '2026-03-09',
      // 09:00 EDT now: 13:00Z.
      start_at: new Date('2026-03-09T13:00:00Z'),
      deadline: '2026-03-11',
      recurrence_series_id: task.recurrence_series_id,
      recurrence_anchor: '2026-03-09',
      recurrence_previous_id: task.id,
    });
  });

  it('creates exactly one next occurrence when two connections complete it at the same time', async () => {
    const task = await repeatingTask('FREQ=DAILY', { due_date: '2026-03-02' });
    const first = createDb({ url: database.url, max: 1 });
    const second = createDb({ url: database.url, max: 1 });
    try {
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let firstDone = () => {};
      const firstClosed = new Promise<void>((resolve) => {
        firstDone = resolve;
      });
      // The first holds its transaction open after closing, so the second must wait for its lock.
      const one = first.asUser(userId, async (tx) => {
        const result = await closeOccurrence(tx, userId, task.id, 'done', NOW);
        firstDone();
        await held;
        return result;
      });
      await firstClosed;
      const two = second.asUser(userId, (tx) => closeOccurrence(tx, userId, task.id, 'done', NOW));
      // Wait until the second is blocked on the row lock, then let the first commit.
      for (;;) {
        const [waiting] = await database.db.sql`
          select count(*)::int as n from pg_stat_activity
          where datname = current_database() and wait_event_type = 'Lock' and query like '%for update%'`;
        if ((waiting?.n ?? 0) > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      release();
      const [a, b] = await Promise.all([one, two]);
      expect(a?.closedNow).toBe(true);
      expect(b?.closedNow).toBe(false);
      expect(b?.next?.id).toBe(a?.next?.id);
      const occurrences = await occurrencesOf(task.recurrence_series_id);
      expect(occurrences.map((row) => [row.due_date, row.status])).toEqual([
        ['2026-03-02', 'done'],
        ['2026-03-03', 'todo'],
      ]);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });

  it('does not create a second next occurrence when reopened and completed again, and the database refuses a duplicate', async () => {
    const task = await repeatingTask('FREQ=DAILY;INTERVAL=3', { due_date: '2026-03-02' }, true);
    const first = await database.db.asUser(userId, (tx) => closeOccurrence(tx, userId, task.id, 'done', NOW));
    await database.db.asUser(userId, (tx) => tx`update tasks set status = 'todo' where id = ${task.id}`);
    // Completed again two days later: from completion that would be another day, but the next exists.
    const again = await database.db.asUser(userId, (tx) => closeOccurrence(tx, userId, task.id, 'done', new Date('2026-03-04T20:00:00Z')));
    expect(again?.next?.id).toBe(first?.next?.id);
    expect(first?.next?.due_date).toBe('2026-03-05');
    expect(await occurrencesOf(task.recurrence_series_id)).toHaveLength(2);
    const duplicate = database.db.asUser(userId, (tx) =>
      tx`insert into tasks (user_id, title, recurrence_previous_id) values (${userId}, 'copy', ${task.id})`,
    );
    await expect(duplicate).rejects.toMatchObject({ constraint_name: 'tasks_recurrence_previous_id_key' });
  });

  it('skips an occurrence: cancelled, and the next one made', async () => {
    const task = await repeatingTask('FREQ=MONTHLY;BYMONTHDAY=-1', { due_date: '2026-02-28' });
    const skipped = await database.db.asUser(userId, (tx) => closeOccurrence(tx, userId, task.id, 'cancelled', NOW));
    expect(skipped?.task.status).toBe('cancelled');
    expect(skipped?.next?.due_date).toBe('2026-03-31');
  });

  it('ends the series when the rule ends, and leaves tasks that do not repeat alone', async () => {
    const task = await repeatingTask('FREQ=DAILY;COUNT=2', { due_date: '2026-03-02' });
    const second = await database.db.asUser(userId, (tx) => closeOccurrence(tx, userId, task.id, 'done', NOW));
    expect(second?.next?.due_date).toBe('2026-03-03');
    const last = await database.db.asUser(userId, (tx) => closeOccurrence(tx, userId, second?.next?.id as string, 'done', NOW));
    expect(last?.next).toBeNull();
    const plain = await database.db.asUser(userId, async (tx) => {
      const [row] = await tx`insert into tasks (user_id, title, due_date) values (${userId}, 'once', '2026-03-02') returning *`;
      return createNextOccurrence(tx, userId, row as Task, NOW);
    });
    expect(plain).toBeNull();
  });

  it('gives the next occurrence the reminders of the closed one, relative ones moved with it, across the DST change', async () => {
    // Mondays at 09:00 EST (14:00Z); New York springs forward on Sunday 8 March 2026.
    const task = await repeatingTask('FREQ=WEEKLY;BYDAY=MO', { due_date: '2026-03-02', start_at: new Date('2026-03-02T14:00:00Z') });
    await database.db.asUser(
      userId,
      (tx) => tx`
        insert into task_reminders (user_id, task_id, anchor, offset_minutes, days_before, local_time, at, channels) values
          (${userId}, ${task.id}, 'start', 30, 0, null, null, '{sms,push}'),
          (${userId}, ${task.id}, 'due_day', 0, 1, '08:00', null, '{push}'),
          (${userId}, ${task.id}, 'absolute', 0, 0, null, '2026-03-02T13:00:00Z', '{email}')`,
    );
    const closed = await database.db.asUser(userId, (tx) => closeOccurrence(tx, userId, task.id, 'done', NOW));
    const remindersOf = (taskId: string) =>
      database.db.asService(
        (tx) => tx`select anchor, offset_minutes, days_before, local_time, at, channels, fire_at from task_reminders where task_id = ${taskId} order by anchor`,
      );
    expect(await remindersOf(closed?.next?.id as string)).toEqual([
      // 08:00 EST on the 2nd, moved a week: 08:00 EDT on the 9th.
      { anchor: 'absolute', offset_minutes: 0, days_before: 0, local_time: null, at: new Date('2026-03-09T12:00:00Z'), channels: ['email'], fire_at: new Date('2026-03-09T12:00:00Z') },
      // 08:00 the day before the new due date: Sunday the 8th, already EDT.
      { anchor: 'due_day', offset_minutes: 0, days_before: 1, local_time: '08:00', at: null, channels: ['push'], fire_at: new Date('2026-03-08T12:00:00Z') },
      // 30 minutes before the new start, 09:00 EDT.
      { anchor: 'start', offset_minutes: 30, days_before: 0, local_time: null, at: null, channels: ['sms', 'push'], fire_at: new Date('2026-03-09T12:30:00Z') },
    ]);
    // The closed occurrence's own are cancelled, not moved.
    expect((await remindersOf(task.id)).map((reminder) => reminder.fire_at)).toEqual([null, null, null]);
    // A second close of the same occurrence copies nothing again.
    await database.db.asUser(userId, async (tx) => {
      await tx`update tasks set status = 'todo' where id = ${task.id}`;
      await closeOccurrence(tx, userId, task.id, 'done', NOW);
    });
    expect(await remindersOf(closed?.next?.id as string)).toHaveLength(3);
  });
});

describe('editing a repeating task', () => {
  it("'this' edits stay on the occurrence; 'future' edits reach the series and later open occurrences", async () => {
    const task = await repeatingTask('FREQ=WEEKLY;BYDAY=MO', { due_date: '2026-03-02', title: 'Review' });
    // This one only: a new title and a later day, as updateTask writes them.
    await database.db.asUser(userId, (tx) => tx`update tasks set title = 'Review (short week)', due_date = '2026-03-03' where id = ${task.id}`);
    const next = await database.db.asUser(userId, (tx) => closeOccurrence(tx, userId, task.id, 'done', NOW));
    // The series' title, and the rule's next Monday from the anchor (not from the moved day).
    expect(next?.next).toMatchObject({ title: 'Review', due_date: '2026-03-09' });

    // This and future: a new title and priority carried to the series.
    const occurrence = next?.next as Task;
    const edited = await database.db.asUser(userId, async (tx) => {
      const [row] = await tx`update tasks set title = 'Weekly review', priority = 'low' where id = ${occurrence.id} returning *`;
      return applyToFutureOccurrences(tx, userId, row as Task, { title: 'Weekly review', priority: 'low' });
    });
    const after = await database.db.asUser(userId, (tx) => closeOccurrence(tx, userId, edited.id, 'done', NOW));
    expect(after?.next).toMatchObject({ title: 'Weekly review', priority: 'low', due_date: '2026-03-16' });
  });

  it("a 'future' move of the date re-anchors the rule; a new rule applies from this occurrence; null stops it", async () => {
    const task = await repeatingTask('FREQ=WEEKLY', { due_date: '2026-03-02', start_at: new Date('2026-03-02T14:00:00Z') });
    // Moved to Wednesday 10:30 for this and future occurrences.
    const moved = await database.db.asUser(userId, async (tx) => {
      const [row] = await tx`
        update tasks set due_date = '2026-03-04', start_at = '2026-03-04T15:30:00Z' where id = ${task.id} returning *`;
      return applyToFutureOccurrences(tx, userId, row as Task, { due_date: '2026-03-04', start_at: new Date('2026-03-04T15:30:00Z') });
    });
    expect(moved.recurrence_anchor).toBe('2026-03-04');
    const next = await database.db.asUser(userId, (tx) => closeOccurrence(tx, userId, moved.id, 'done', NOW));
    // Wednesday 10:30 EDT.
    expect(next?.next).toMatchObject({ due_date: '2026-03-11', start_at: new Date('2026-03-11T14:30:00Z') });

    const daily = await database.db.asUser(userId, (tx) =>
      changeRecurrence(tx, userId, next?.next as Task, { rrule: 'FREQ=DAILY', from_completion: false }, NOW),
    );
    expect(daily.recurrence_rule).toBe('FREQ=DAILY');
    const afterDaily = await database.db.asUser(userId, (tx) => closeOccurrence(tx, userId, daily.id, 'done', new Date('2026-03-11T20:00:00Z')));
    expect(afterDaily?.next?.due_date).toBe('2026-03-12');

    const stopped = await database.db.asUser(userId, (tx) => changeRecurrence(tx, userId, afterDaily?.next as Task, null, NOW));
    expect(stopped.recurrence_rule).toBeNull();
    const last = await database.db.asUser(userId, (tx) => closeOccurrence(tx, userId, stopped.id, 'done', NOW));
    expect(last?.next).toBeNull();
    expect(await database.db.asUser(userId, (tx) => findNextOccurrence(tx, stopped.id))).toBeNull();
  });

  it("keeps the series to its owner: another user cannot read it", async () => {
    const task = await repeatingTask('FREQ=DAILY', { due_date: '2026-03-02' });
    const otherId = await createTestUser(database.db);
    const seen = await database.db.asUser(otherId, (tx) => tx`select id from task_series where id = ${task.recurrence_series_id}`);
    expect(seen).toHaveLength(0);
  });
});
