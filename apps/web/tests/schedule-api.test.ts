import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type ErrorBody, type HttpClient, signedUpClient } from './http-client.ts';
import { useWebServer } from './web-server.ts';

// People are onboarded in Europe/Paris, 09:00–17:00 Monday to Friday (signedUpClient): CEST
// (+02:00) in June. Plans are for Monday 10 June 2030, well after now, so the clock never cuts in.

const server = useWebServer();
const DAY = '2030-06-10';

interface Block {
  task_id: string;
  title: string;
  task_updated_at: string;
  start_at: string;
  end_at: string;
  chunk: number;
  chunks: number;
  reason: string;
}
interface Preview {
  range: { from: string; to: string };
  blocks: Block[];
  unplaced: { task_id: string; title: string; code: string; reason: string; free_minutes: number }[];
  missed: { task_id: string; start_at: string; end_at: string }[];
}
interface Accepted {
  tasks: { id: string; start_at: string | null; duration_minutes: number | null }[];
  blocks: { task_id: string; start_at: string; end_at: string }[];
}

async function newTask(client: HttpClient, fields: Record<string, unknown>): Promise<string> {
  const created = await client.post<{ task: { id: string } }>('/api/tasks', fields);
  expect(created.status).toBe(201);
  return created.body.task.id;
}

async function userIdOf(client: HttpClient): Promise<string> {
  return (await client.get<{ user: { id: string } }>('/api/me')).body.user.id;
}

/** A synced Google calendar with one busy event, as calendar sync would have stored it. */
async function addEvent(userId: string, start: string, end: string): Promise<void> {
  const { sql } = server.database.db;
  const [calendar] = await sql<{ id: string }[]>`
    with connection as (
      insert into public.google_connections (user_id, google_subject, tokens_sealed, token_key_id)
      values (${userId}, ${randomUUID()}, 'sealed', 'k1')
      on conflict (user_id) do update set google_subject = public.google_connections.google_subject
      returning id
    )
    insert into public.calendars (user_id, connection_id, google_calendar_id, sync_mode)
    select ${userId}, id, ${randomUUID()}, 'busy' from connection
    returning id`;
  await sql`
    insert into public.calendar_events (user_id, calendar_id, google_event_id, all_day, start_at, end_at)
    values (${userId}, ${calendar?.id as string}, ${randomUUID()}, false, ${start}, ${end})`;
}

const plan = (client: HttpClient, body: Record<string, unknown> = { range: 'day', date: DAY }) =>
  client.post<{ plan: Preview }>('/api/schedule/plan', body);
const accept = <T = Accepted>(client: HttpClient, blocks: Block[] | Record<string, unknown>[]) =>
  client.post<T>('/api/schedule/accept', {
    blocks: blocks.map(({ task_id, task_updated_at, start_at, end_at }) => ({ task_id, task_updated_at, start_at, end_at })),
  });
const spans = (blocks: Block[]) => blocks.map((block) => [block.title, block.start_at, block.end_at]);

describe('POST /api/schedule/plan', () => {
  it('places tasks by rank around busy time with the default buffer, flags what cannot fit with numbers, and writes nothing', async () => {
    const client = await signedUpClient(server.origin);
    await addEvent(await userIdOf(client), '2030-06-10T08:00:00Z', '2030-06-10T09:00:00Z'); // 10:00–11:00 in Paris
    const report = await newTask(client, { title: 'Report', priority: 'high', due_date: DAY, duration_minutes: 120 });
    await newTask(client, { title: 'Errand', duration_minutes: 60 });
    await newTask(client, { title: 'Migration', due_date: DAY, deadline: DAY, duration_minutes: 480 });
    await newTask(client, { title: 'Already placed', start_at: '2030-06-10T13:00:00Z', duration_minutes: 30 }); // 15:00–15:30

    const response = await plan(client);
    expect(response.status).toBe(200);
    const preview = response.body.plan;
    expect(preview.range).toEqual({ from: DAY, to: DAY });
    // Free: 09:00–09:50, 11:10–14:50 and 15:40–17:00 (10-minute buffers). Report (high, due today)
    // first, in one piece (11:10–13:10); Migration, due today too, needs 8 h and finds 50 + 90 + 80
    // minutes; Errand has no date, so it comes last.
    expect(spans(preview.blocks)).toEqual([
      ['Report', '2030-06-10T09:10:00.000Z', '2030-06-10T11:10:00.000Z'],
      ['Errand', '2030-06-10T11:20:00.000Z', '2030-06-10T12:20:00.000Z'],
    ]);
    expect(preview.blocks[0]).toMatchObject({ chunk: 1, chunks: 1, reason: 'high priority, due Mon 10 Jun 2030' });
    expect(preview.unplaced).toEqual([
      expect.objectContaining({ title: 'Migration', code: 'deadline_too_tight', reason: 'needs 8 h by Mon 10 Jun 2030, 3 h 40 min free', free_minutes: 220 }),
    ]);
    const task = await client.get<{ task: { start_at: string | null; updated_at: string } }>(`/api/tasks/${report}`);
    expect(task.body.task.start_at).toBeNull();
    expect(preview.blocks[0]?.task_updated_at).toBe(task.body.task.updated_at);

    // A due date is the day a task is planned for, not a limit: this one may run past it in a week plan.
    await newTask(client, { title: 'Tidy docs', due_date: DAY, duration_minutes: 300 });
    const week = await plan(client, { range: 'week', date: '2030-06-12' });
    expect(week.body.plan.range).toEqual({ from: '2030-06-10', to: '2030-06-16' });
    // The rest of the week has room, but not before the migration's deadline: it stays flagged.
    expect(week.body.plan.unplaced.map((task) => [task.title, task.code])).toEqual([['Migration', 'deadline_too_tight']]);
    expect(new Set(week.body.plan.blocks.map((block) => block.title))).toEqual(new Set(['Report', 'Errand', 'Tidy docs']));
  });

  it('names bad fields with a 400', async () => {
    const client = await signedUpClient(server.origin);
    const bad = await client.post<ErrorBody>('/api/schedule/plan', { range: 'month', date: '10/06/2030', extra: 1 });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields ?? {}).toSorted()).toEqual(['date', 'extra', 'range']);
  });
});

describe('POST /api/schedule/accept', () => {
  it('writes one block as the start and duration, and a split task as its blocks, in one go', async () => {
    const client = await signedUpClient(server.origin);
    const saved = await client.request('POST', '/settings?/scheduling', {
      form: { buffer_minutes: '0', min_chunk_minutes: '30', allow_split: 'on', default_duration_minutes: '45' },
    });
    expect(saved.status).toBe(200);
    const userId = await userIdOf(client);
    await addEvent(userId, '2030-06-10T08:00:00Z', '2030-06-10T09:00:00Z'); // 10:00–11:00
    await addEvent(userId, '2030-06-10T11:00:00Z', '2030-06-10T12:00:00Z'); // 13:00–14:00
    const essay = await newTask(client, { title: 'Essay', priority: 'high', duration_minutes: 300 });
    const call = await newTask(client, { title: 'Call' });

    const preview = (await plan(client)).body.plan;
    expect(spans(preview.blocks)).toEqual([
      ['Essay', '2030-06-10T07:00:00.000Z', '2030-06-10T08:00:00.000Z'],
      ['Essay', '2030-06-10T09:00:00.000Z', '2030-06-10T11:00:00.000Z'],
      ['Essay', '2030-06-10T12:00:00.000Z', '2030-06-10T14:00:00.000Z'],
      ['Call', '2030-06-10T14:00:00.000Z', '2030-06-10T14:45:00.000Z'],
    ]);
    const accepted = await accept(client, preview.blocks);
    expect(accepted.status).toBe(200);
    expect(accepted.body.tasks).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: essay, start_at: '2030-06-10T07:00:00.000Z', duration_minutes: 300 }),
        expect.objectContaining({ id: call, start_at: '2030-06-10T14:00:00.000Z', duration_minutes: 45 }),
      ]),
    );
    const rows = await server.database.db.sql<{ task_id: string; start_at: Date; end_at: Date }[]>`
      select task_id, start_at, end_at from public.task_blocks where user_id = ${userId} order by start_at`;
    expect(rows.map((row) => [row.task_id, row.start_at.toISOString(), row.end_at.toISOString()])).toEqual([
      [essay, '2030-06-10T07:00:00.000Z', '2030-06-10T08:00:00.000Z'],
      [essay, '2030-06-10T09:00:00.000Z', '2030-06-10T11:00:00.000Z'],
      [essay, '2030-06-10T12:00:00.000Z', '2030-06-10T14:00:00.000Z'],
    ]);
    // Placed tasks are no longer offered; the time they took is busy for the next plan.
    // 16:45–17:00 in Paris is all that is left.
    await newTask(client, { title: 'Next', duration_minutes: 15 });
    expect(spans((await plan(client)).body.plan.blocks)).toEqual([['Next', '2030-06-10T14:45:00.000Z', '2030-06-10T15:00:00.000Z']]);
  });

  it('accepts a plan the person adjusted: a block removed, another moved', async () => {
    const client = await signedUpClient(server.origin);
    await newTask(client, { title: 'First', duration_minutes: 60, position: 1 });
    const second = await newTask(client, { title: 'Second', duration_minutes: 60, position: 2 });
    const preview = (await plan(client)).body.plan;
    const moved = { ...(preview.blocks[1] as Block), start_at: '2030-06-10T13:00:00.000Z', end_at: '2030-06-10T14:00:00.000Z' };
    const accepted = await accept(client, [moved]);
    expect(accepted.status).toBe(200);
    expect(accepted.body.tasks).toEqual([expect.objectContaining({ id: second, start_at: '2030-06-10T13:00:00.000Z', duration_minutes: 60 })]);
    expect(spans((await plan(client)).body.plan.blocks).map(([title]) => title)).toEqual(['First']);
  });

  it('refuses with 409, writing nothing, when a task changed since the preview or a block overlaps time that became busy', async () => {
    const client = await signedUpClient(server.origin);
    const changed = await newTask(client, { title: 'Will change', duration_minutes: 60, position: 1 });
    const steady = await newTask(client, { title: 'Steady', duration_minutes: 60, position: 2 });
    const preview = (await plan(client)).body.plan;
    expect((await client.patch(`/api/tasks/${changed}`, { title: 'Changed' })).status).toBe(200);
    const stale = await accept<ErrorBody>(client, preview.blocks);
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'conflict', message: '"Changed" changed since the plan was made; plan again' });
    const steadyNow = await client.get<{ task: { start_at: string | null } }>(`/api/tasks/${steady}`);
    expect(steadyNow.body.task.start_at).toBeNull();

    const fresh = (await plan(client)).body.plan;
    const block = fresh.blocks.find((candidate) => candidate.task_id === steady) as Block;
    await addEvent(await userIdOf(client), block.start_at, block.end_at);
    const busy = await accept<ErrorBody>(client, fresh.blocks);
    expect(busy.status).toBe(409);
    expect(busy.body.error.message).toContain('overlaps time that is busy now');
    expect((await client.get<{ task: { start_at: string | null } }>(`/api/tasks/${changed}`)).body.task.start_at).toBeNull();
  });

  it('answers 400 naming the block field, and 404 for a task that is not yours', async () => {
    const client = await signedUpClient(server.origin);
    await newTask(client, { title: 'Mine', duration_minutes: 60 });
    const [block] = (await plan(client)).body.plan.blocks as [Block];
    const overlapping = await accept<ErrorBody>(client, [block, { ...block, start_at: block.start_at.replace('T07:00', 'T07:30'), end_at: block.end_at.replace('T08:00', 'T08:30') }]);
    expect(overlapping.status).toBe(400);
    expect(overlapping.body.error.fields).toEqual({ 'blocks.1.start_at': 'Overlaps another block of this plan' });
    const backwards = await accept<ErrorBody>(client, [{ ...block, end_at: block.start_at }]);
    expect(backwards.body.error.fields).toEqual({ 'blocks.0.end_at': 'Choose an end after the start' });
    const over = await accept<ErrorBody>(client, [{ ...block, start_at: '2020-01-01T09:00:00Z', end_at: '2020-01-01T10:00:00Z' }]);
    expect(over.status).toBe(400);
    expect(over.body.error.fields).toEqual({ 'blocks.0.end_at': 'This time is already over' });
    const empty = await client.post<ErrorBody>('/api/schedule/accept', { blocks: [] });
    expect(empty.body.error.fields).toHaveProperty('blocks');

    const stranger = await signedUpClient(server.origin);
    const theirs = await accept<ErrorBody>(stranger, [block]);
    expect(theirs.status).toBe(404);
    expect(theirs.body.error.code).toBe('not_found');
  });
});

describe('missed blocks', () => {
  it('shows blocks that passed undone on the dashboard and plans their tasks again', async () => {
    const client = await signedUpClient(server.origin);
    const hourAgo = new Date(Date.now() - 2 * 3600_000);
    const missed = await newTask(client, { title: 'Missed call', start_at: hourAgo.toISOString(), duration_minutes: 30 });
    await newTask(client, { title: 'Done thing', start_at: hourAgo.toISOString(), duration_minutes: 30, status: 'done' });
    await newTask(client, { title: 'Long ago', start_at: '2020-01-01T09:00:00Z', duration_minutes: 30 });

    const dashboard = await client.request<string>('GET', '/dashboard', { headers: { accept: 'text/html' } });
    expect(dashboard.body).toContain('1 block was missed');
    const preview = (await plan(client)).body.plan;
    expect(preview.missed).toEqual([expect.objectContaining({ task_id: missed, start_at: hourAgo.toISOString() })]);
    expect(preview.blocks.map((block) => block.task_id)).toEqual([missed]);
    const without = (await plan(client, { range: 'day', date: DAY, include_missed: false })).body.plan;
    expect(without.blocks).toEqual([]);

    expect((await accept(client, preview.blocks)).status).toBe(200);
    const after = await client.request<string>('GET', '/dashboard', { headers: { accept: 'text/html' } });
    expect(after.body).not.toContain('was missed');
  });
});

describe('planning settings', () => {
  it('keeps the defaults until saved, refuses a bad value next to its field, and plans with what was saved', async () => {
    const client = await signedUpClient(server.origin);
    const page = await client.request<string>('GET', '/settings', { headers: { accept: 'text/html' } });
    expect(page.body).toContain('Planning');
    expect(page.body).toMatch(/name="buffer_minutes"[^>]*value="10"|value="10"[^>]*name="buffer_minutes"/);
    const refused = await client.request<string>('POST', '/settings?/scheduling', {
      form: { buffer_minutes: '500', min_chunk_minutes: '30', default_duration_minutes: '45' },
    });
    expect(refused.status).toBe(400);
    expect(refused.body).toContain('Enter at most 120 minutes');

    expect((await client.request('POST', '/settings?/scheduling', { form: { buffer_minutes: '0', min_chunk_minutes: '30', default_duration_minutes: '90' } })).status).toBe(200);
    const [row] = await server.database.db.sql<{ buffer_minutes: number; allow_split: boolean; default_duration_minutes: number }[]>`
      select buffer_minutes, allow_split, default_duration_minutes from public.scheduling_preferences where user_id = ${await userIdOf(client)}`;
    expect(row).toEqual({ buffer_minutes: 0, allow_split: false, default_duration_minutes: 90 });
    await newTask(client, { title: 'No duration' });
    expect(spans((await plan(client)).body.plan.blocks)).toEqual([['No duration', '2030-06-10T07:00:00.000Z', '2030-06-10T08:30:00.000Z']]);
  });
});
