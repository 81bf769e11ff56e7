import { type FakeLlmServer, startFakeOpenAI, textPieces } from '@ordo/ai-pipeline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDump, openDumpStream } from './brain-dumps-sse.ts';
import { HttpClient, signedUpClient } from './http-client.ts';
import { PER_CLIENT_ADDRESS, startWebServer, type WebServer } from './web-server.ts';

// Security finding 10: two web instances behind a plain round-robin proxy. A dump drafting in one
// had no run in the other, which took it for orphaned and drafted it again (double spend, racing
// finishes). Now the drafting instance holds a lease and the other follows the draft through the row.

let first: WebServer;
let second: WebServer;
let openai: FakeLlmServer;

// The model may leave out a task's optional fields; the schema fills them in.
const task = (ref: string, title: string) => ({ op: 'create_task', ref, title });

beforeAll(async () => {
  openai = await startFakeOpenAI();
  const env = { ...PER_CLIENT_ADDRESS, OPENAI_API_KEY: 'sk-test-openai', OPENAI_BASE_URL: openai.url, AI_MAX_RETRIES: '0' };
  first = await startWebServer(env);
  second = await startWebServer(env, { database: first.database });
});

afterAll(async () => {
  await second?.stop();
  await first?.stop();
  await openai?.close();
});

/** The same signed-in person, reaching the other instance. */
function on(server: WebServer, from: HttpClient): HttpClient {
  const client = new HttpClient(server.origin);
  client.cookie = from.cookie;
  client.ip = from.ip;
  return client;
}

const requestsFor = (text: string) => openai.requests.filter((request) => JSON.stringify(request.body).includes(text)).length;

describe('a draft across two web instances', () => {
  it('is followed, not drafted again, by a stream opened on the other instance', async () => {
    const client = await signedUpClient(first.origin);
    const text = 'lease check one: water the roses, call the plumber';
    const id = await createDump(client, text);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    openai.enqueue({
      type: 'stream',
      text: [...textPieces(`{"operations":[${JSON.stringify(task('t1', 'Water the roses'))},`), held, ...textPieces(`${JSON.stringify(task('t2', 'Call the plumber'))}]}`)],
    });

    const drafting = await openDumpStream(client, id);
    const seenFirst = await drafting.until('operation');
    const following = await openDumpStream(on(second, client), id);
    expect(following.response.status).toBe(200);
    // The first operation reaches the other instance through the row while the model is still held.
    const followedFirst = await following.until('operation');
    expect(followedFirst).toEqual(seenFirst);

    release();
    const rest = await drafting.rest();
    expect(await following.rest()).toEqual(rest);
    expect(rest.at(-1)).toMatchObject({ event: 'done', data: { operations: 2 } });
    expect(requestsFor(text)).toBe(1);
    const dump = (await client.get<{ brain_dump: { status: string; operations: unknown[] } }>(`/api/brain-dumps/${id}`)).body.brain_dump;
    expect(dump.status).toBe('drafted');
    expect(dump.operations).toHaveLength(2);
  });

  it('stops, and records nothing, in a process that lost its lease to another', async () => {
    const client = await signedUpClient(first.origin);
    const text = 'lease check three: sweep the yard';
    const id = await createDump(client, text);
    const disconnected = openai.waitForDisconnect();
    openai.enqueue({
      type: 'stream',
      text: [...textPieces(`{"operations":[${JSON.stringify(task('t1', 'Sweep the yard'))},`), new Promise(() => {})],
    });
    const drafting = await openDumpStream(client, id);
    await drafting.until('operation');

    // As if this process had paused past its lease and another had taken the draft over.
    await first.database.db.sql`
      update public.brain_dumps set draft_owner = 'another-process', draft_lease_expires_at = now() + interval '1 minute'
      where id = ${id}
    `;

    const rest = await drafting.rest();
    expect(rest.at(-1)).toMatchObject({ event: 'error', data: { code: 'interrupted', recoverable: true } });
    await disconnected;
    const [row] = await first.database.db.sql<{ status: string; draft_owner: string; events: unknown[] }[]>`
      select status, draft_owner, events from public.brain_dumps where id = ${id}
    `;
    expect(row).toMatchObject({ status: 'drafting', draft_owner: 'another-process' });
    expect(row?.events.some((event) => JSON.stringify(event).includes('interrupted'))).toBe(false);
  });

  it('is taken over once the lease of the instance drafting it has expired, and not before', async () => {
    const client = await signedUpClient(first.origin);
    const text = 'lease check two: book the dentist';
    const id = await createDump(client, text);
    // As a process that claimed the dump and then stopped: its lease runs out in a second.
    await first.database.db.sql`
      update public.brain_dumps
      set status = 'drafting', provider = 'openai', draft_runs = 1, draft_owner = 'a-stopped-process',
          draft_lease_expires_at = now() + interval '1 second'
      where id = ${id}
    `;

    const waiting = await openDumpStream(on(second, client), id);
    const ended = await waiting.rest();
    expect(ended).toEqual([
      { id: '1', event: 'error', data: { code: 'interrupted', message: 'drafting was interrupted (the server stopped)', recoverable: true } },
    ]);
    expect(requestsFor(text)).toBe(0);

    openai.enqueue({ type: 'stream', text: textPieces(`{"operations":[${JSON.stringify(task('t1', 'Book the dentist'))}]}`) });
    const redrafted = await (await openDumpStream(on(second, client), id)).rest();
    expect(redrafted.at(-1)).toMatchObject({ event: 'done', data: { operations: 1 } });
    expect(requestsFor(text)).toBe(1);
  });
});
