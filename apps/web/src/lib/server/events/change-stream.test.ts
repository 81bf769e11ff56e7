import { createTestDatabase, type TestDatabase } from '@ordo/supabase-client/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChangeHub } from './change-hub.ts';
import { changeStream, formatEvent } from './change-stream.ts';

let database: TestDatabase;
let hub: ChangeHub;
let userId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  hub = new ChangeHub(database.db.sql);
  await hub.start();
  const [row] = await database.db.asService((tx) => tx<{ id: string }[]>`insert into users (email) values ('stream@example.test') returning id`);
  userId = row?.id as string;
});

afterAll(async () => {
  await hub.stop();
  await database.drop();
});

/** Reads the stream until its text contains `needle`. */
async function readUntil(reader: ReadableStreamDefaultReader<Uint8Array>, needle: string, sofar = ''): Promise<string> {
  const decoder = new TextDecoder();
  let text = sofar;
  while (!text.includes(needle)) {
    const { value, done } = await reader.read();
    if (done) throw new Error(`stream ended before ${JSON.stringify(needle)}; got ${JSON.stringify(text)}`);
    text += decoder.decode(value);
  }
  return text;
}

describe('formatEvent', () => {
  it('writes a change with its id and a resync without one', () => {
    expect(formatEvent({ kind: 'change', eventId: 'ab-3', change: { table: 'tasks', op: 'update', id: 'x' } })).toBe(
      'id: ab-3\nevent: change\ndata: {"table":"tasks","op":"update","id":"x"}\n\n',
    );
    expect(formatEvent({ kind: 'resync' })).toBe('event: resync\ndata: {}\n\n');
  });
});

describe('changeStream', () => {
  it('announces the retry delay, streams committed changes, sends heartbeats and unsubscribes on cancel', async () => {
    const reader = changeStream(hub, userId, null, { heartbeatMs: 50, retryMs: 1500 }).getReader();
    let text = await readUntil(reader, ': connected\n\n');
    expect(text.startsWith('retry: 1500\n')).toBe(true);
    expect(hub.streamCount(userId)).toBe(1);

    const [task] = await database.db.asUser(userId, (tx) => tx<{ id: string }[]>`insert into tasks (user_id, title) values (${userId}, 'Live') returning id`);
    text = await readUntil(reader, `"id":"${task?.id}"`, text);
    expect(text).toMatch(new RegExp(`id: [0-9a-f]{8}-\\d+\\nevent: change\\ndata: \\{"table":"tasks","op":"insert","id":"${task?.id}"\\}\\n\\n`));
    await readUntil(reader, ': heartbeat\n\n', text);

    await reader.cancel();
    expect(hub.streamCount(userId)).toBe(0);
  });

  it('starts a reconnect from an unknown Last-Event-ID with a resync event', async () => {
    const reader = changeStream(hub, userId, 'feedface-12').getReader();
    const text = await readUntil(reader, 'event: resync\n');
    expect(text).toContain('event: resync\ndata: {}\n\n');
    await reader.cancel();
  });
});
