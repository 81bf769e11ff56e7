import { createTestDatabase, type TestDatabase } from '@ordo/supabase-client/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listTaskGoogleEvents, listTaskHistory } from './task-history.ts';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(() => database.drop());

/** A person with a task, a Google connection and task calendar, the task's event and one history entry. */
async function seed(email: string, htmlLink: string) {
  return database.db.asService(async (tx) => {
    const [user] = await tx<{ id: string }[]>`insert into users (email) values (${email}) returning id`;
    const userId = user?.id as string;
    const [task] = await tx<{ id: string }[]>`insert into tasks (user_id, title) values (${userId}, 'Call the bank') returning id`;
    const taskId = task?.id as string;
    const [connection] = await tx<{ id: string }[]>`
      insert into google_connections (user_id, google_subject, tokens_sealed, token_key_id) values (${userId}, ${email}, 'sealed', 'k1') returning id`;
    const [calendar] = await tx<{ id: string }[]>`
      insert into calendars (user_id, connection_id, google_calendar_id, sync_mode) values (${userId}, ${connection?.id as string}, 'tasks', 'busy') returning id`;
    const calendarId = calendar?.id as string;
    await tx`
      insert into task_event_links (user_id, task_id, calendar_id, google_event_id, pushed_start_at, pushed_end_at, pushed_title, pushed_task_updated_at)
      values (${userId}, ${taskId}, ${calendarId}, 'ordotevent', '2026-12-08T09:00:00Z', '2026-12-08T09:30:00Z', 'Call the bank', now())`;
    await tx`
      insert into calendar_events (user_id, calendar_id, google_event_id, all_day, start_at, end_at, task_id, html_link)
      values (${userId}, ${calendarId}, 'ordotevent', false, '2026-12-08T09:00:00Z', '2026-12-08T09:30:00Z', ${taskId}, ${htmlLink})`;
    await tx`
      insert into task_history (user_id, task_id, at, source, kind, version)
      values (${userId}, ${taskId}, '2026-12-08T10:04:00Z', 'google', 'moved_in_google',
        ${tx.json({ title: 'Call the bank', start_at: '2026-12-07T09:00:00.000Z', end_at: '2026-12-07T09:30:00.000Z', duration_minutes: 30 })})`;
    return { userId, taskId };
  });
}

describe('task history and Google events on the task page', () => {
  it('reads a person’s own history and event link (from a busy-only calendar too), and nobody else’s', async () => {
    const ada = await seed('ada-history@example.test', 'https://www.google.com/calendar/event?eid=abc');
    const bob = await seed('bob-history@example.test', 'https://www.google.com/calendar/event?eid=def');

    expect(await listTaskHistory(database.db, ada.userId, ada.taskId)).toEqual([
      expect.objectContaining({ kind: 'moved_in_google', source: 'google', at: new Date('2026-12-08T10:04:00Z'), version: expect.objectContaining({ start_at: '2026-12-07T09:00:00.000Z' }) }),
    ]);
    expect(await listTaskGoogleEvents(database.db, ada.userId, ada.taskId)).toEqual([
      { block_id: null, start_at: new Date('2026-12-08T09:00:00Z'), end_at: new Date('2026-12-08T09:30:00Z'), html_link: 'https://www.google.com/calendar/event?eid=abc' },
    ]);
    expect(await listTaskHistory(database.db, ada.userId, bob.taskId)).toEqual([]);
    expect(await listTaskGoogleEvents(database.db, ada.userId, bob.taskId)).toEqual([]);
  });

  it('never offers an address other than http(s) as a link', async () => {
    const eve = await seed('eve-history@example.test', 'javascript:alert(1)');
    expect((await listTaskGoogleEvents(database.db, eve.userId, eve.taskId)).map((event) => event.html_link)).toEqual([null]);
  });

  it('keeps links out of the browser role’s reach: only the function reads them', async () => {
    const ada = await seed('ada-links@example.test', 'https://www.google.com/calendar/event?eid=ghi');
    const denied = await database.db.asUser(ada.userId, (tx) => tx`select etag from task_event_links`).catch((error: Error) => error);
    expect(denied).toBeInstanceOf(Error);
    expect((denied as Error).message).toMatch(/permission denied/);
  });
});
