import { describe, expect, it } from 'vitest';
import { type ErrorBody, HttpClient, signedUpClient } from './http-client.ts';
import { useWebServer } from './web-server.ts';

// PATCH /api/task-blocks/:id against the built app: moves and resizes as the person (RLS), keeps
// the task's start_at and duration_minutes in line with its blocks in the same transaction.

interface Block {
  id: string;
  task_id: string;
  start_at: string;
  end_at: string;
}

const server = useWebServer();

async function taskWithBlocks(client: HttpClient, spans: [string, string][]): Promise<{ taskId: string; blockIds: string[] }> {
  const created = await client.post<{ task: { id: string; user_id: string } }>('/api/tasks', { title: 'Write the report', start_at: spans[0]?.[0] });
  expect(created.status).toBe(201);
  const { id: taskId, user_id: userId } = created.body.task;
  // Blocks are written by auto-scheduling, which has no HTTP API of its own: seeded as the service.
  const rows = await server.database.db.asService(
    (tx) => tx<{ id: string }[]>`
      insert into public.task_blocks (user_id, task_id, start_at, end_at)
      select ${userId}, ${taskId}, s, e from unnest(${spans.map((span) => span[0])}::timestamptz[], ${spans.map((span) => span[1])}::timestamptz[]) as t(s, e)
      returning id
    `,
  );
  return { taskId, blockIds: rows.map((row) => row.id) };
}

const taskOf = async (client: HttpClient, id: string) =>
  (await client.get<{ task: { start_at: string; duration_minutes: number } }>(`/api/tasks/${id}`)).body.task;

describe('PATCH /api/task-blocks/:id', () => {
  it('moves and resizes a block, and the task follows its first block and total length', async () => {
    const client = await signedUpClient(server.origin);
    const { taskId, blockIds } = await taskWithBlocks(client, [
      ['2026-06-10T08:00:00Z', '2026-06-10T09:00:00Z'],
      ['2026-06-10T12:00:00Z', '2026-06-10T12:30:00Z'],
    ]);
    const [first, second] = blockIds as [string, string];

    const moved = await client.patch<{ task_block: Block }>(`/api/task-blocks/${second}`, {
      start_at: '2026-06-10T07:00:00+02:00',
      end_at: '2026-06-10T07:45:00+02:00',
    });
    expect(moved.status).toBe(200);
    expect(moved.body.task_block).toMatchObject({ id: second, task_id: taskId, start_at: '2026-06-10T05:00:00.000Z', end_at: '2026-06-10T05:45:00.000Z' });
    expect(await taskOf(client, taskId)).toMatchObject({ start_at: '2026-06-10T05:00:00.000Z', duration_minutes: 105 });

    // Only the end: a resize of the first block.
    const resized = await client.patch<{ task_block: Block }>(`/api/task-blocks/${first}`, { end_at: '2026-06-10T09:30:00Z' });
    expect(resized.body.task_block).toMatchObject({ start_at: '2026-06-10T08:00:00.000Z', end_at: '2026-06-10T09:30:00.000Z' });
    expect(await taskOf(client, taskId)).toMatchObject({ start_at: '2026-06-10T05:00:00.000Z', duration_minutes: 135 });
  });

  it('answers 400 naming the field, and changes nothing', async () => {
    const client = await signedUpClient(server.origin);
    const { taskId, blockIds } = await taskWithBlocks(client, [['2026-06-10T08:00:00Z', '2026-06-10T09:00:00Z']]);
    const path = `/api/task-blocks/${blockIds[0]}`;
    const fieldsOf = async (body: unknown) => {
      const answer = await client.patch<ErrorBody>(path, body);
      expect(answer.status).toBe(400);
      expect(answer.body.error.code).toBe('validation_failed');
      return answer.body.error.fields;
    };

    expect(await fieldsOf({})).toEqual({ start_at: 'Send start_at, end_at or both' });
    expect(await fieldsOf({ start_at: '2026-06-10T10:00:00Z', end_at: '2026-06-10T09:00:00Z' })).toEqual({ end_at: 'Must be after start_at' });
    expect(Object.keys((await fieldsOf({ start_at: 'at nine' })) ?? {})).toEqual(['start_at']);
    expect(await fieldsOf({ start_at: '2026-06-10T08:00:00Z', task_id: taskId })).toEqual({ task_id: 'unknown field' });
    // Checked against the block's current start when only the end is sent.
    expect(await fieldsOf({ end_at: '2026-06-10T07:00:00Z' })).toEqual({ end_at: 'Must be after start_at' });
    expect(await fieldsOf({ start_at: '2026-06-10T08:00:00Z', end_at: '2026-06-11T08:15:00Z' })).toEqual({ end_at: 'A block lasts at most 24 hours' });

    const notJson = await client.request<ErrorBody>('PATCH', path, { headers: { 'content-type': 'application/json' } });
    expect(notJson.status).toBe(400);
    expect(notJson.body.error.code).toBe('invalid_json');
    expect(await taskOf(client, taskId)).toMatchObject({ start_at: '2026-06-10T08:00:00.000Z' });
  });

  it('refuses blocks whose total would pass 24 hours, in one transaction', async () => {
    const client = await signedUpClient(server.origin);
    const { taskId, blockIds } = await taskWithBlocks(client, [
      ['2026-06-10T00:00:00Z', '2026-06-10T20:00:00Z'],
      ['2026-06-11T00:00:00Z', '2026-06-11T02:00:00Z'],
    ]);
    const refused = await client.patch<ErrorBody>(`/api/task-blocks/${blockIds[1]}`, { end_at: '2026-06-11T05:00:00Z' });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields).toEqual({ end_at: "The task's blocks would add up to more than 24 hours" });
    const [block] = await server.database.db.asService((tx) => tx<{ end_at: Date }[]>`select end_at from public.task_blocks where id = ${blockIds[1] as string}`);
    expect(block?.end_at.toISOString()).toBe('2026-06-11T02:00:00.000Z');
    expect((await taskOf(client, taskId)).start_at).toBe('2026-06-10T00:00:00.000Z');
  });

  it('is 404 for another person’s block or an unknown one, and 401 without a session', async () => {
    const owner = await signedUpClient(server.origin);
    const other = await signedUpClient(server.origin);
    const { blockIds } = await taskWithBlocks(owner, [['2026-06-10T08:00:00Z', '2026-06-10T09:00:00Z']]);
    const path = `/api/task-blocks/${blockIds[0]}`;
    const body = { start_at: '2026-06-10T10:00:00Z', end_at: '2026-06-10T11:00:00Z' };

    const foreign = await other.patch<ErrorBody>(path, body);
    expect(foreign.status).toBe(404);
    expect(foreign.body.error).toEqual({ code: 'not_found', message: 'task block not found' });
    expect((await other.patch('/api/task-blocks/00000000-0000-4000-8000-000000000000', body)).status).toBe(404);
    expect((await new HttpClient(server.origin).patch(path, body)).status).toBe(401);
    const [block] = await server.database.db.asService((tx) => tx<{ start_at: Date }[]>`select start_at from public.task_blocks where id = ${blockIds[0] as string}`);
    expect(block?.start_at.toISOString()).toBe('2026-06-10T08:00:00.000Z');
  });
});
