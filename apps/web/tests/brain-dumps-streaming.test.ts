import { type FakeLlmServer, startFakeOpenAI, textPieces } from '@ordo/ai-pipeline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDump, openDumpStream } from './brain-dumps-sse.ts';
import { type HttpClient, signedUpClient } from './http-client.ts';
import { PER_CLIENT_ADDRESS, startWebServer, type WebServer } from './web-server.ts';

// The built app drafting through the real OpenAI SDK against a loopback server.

let server: WebServer;
let openai: FakeLlmServer;

const project = { op: 'create_project', ref: 'p1', name: 'Garden', description: null };
const task = {
  op: 'create_task',
  ref: 't1',
  title: 'Water the roses',
  project_ref: 'p1',
  project_id: null,
  due_date: '2026-11-24',
  start_at: null,
  duration_minutes: null,
  priority: null,
  notes: null,
};
const head = `{"operations":[${JSON.stringify(project)},`;
const tail = `${JSON.stringify(task)}]}`;

/** A reply that streams the first operation, waits for `release`, then streams the rest. */
function heldReply(release: Promise<unknown>) {
  return { type: 'stream' as const, text: [...textPieces(head), release, ...textPieces(tail)] };
}

interface DumpBody {
  brain_dump: { status: string; provider: string; operations: unknown[]; error: string | null; usage: unknown };
}

async function dumpOf(client: HttpClient, id: string) {
  return (await client.get<DumpBody>(`/api/brain-dumps/${id}`)).body.brain_dump;
}

beforeAll(async () => {
  openai = await startFakeOpenAI();
  server = await startWebServer({
    ...PER_CLIENT_ADDRESS,
    OPENAI_API_KEY: 'sk-test-openai',
    OPENAI_BASE_URL: openai.url,
    AI_MAX_RETRIES: '0',
  });
});

afterAll(async () => {
  await server?.stop();
  await openai?.close();
});

describe('brain dump drafting over SSE', () => {
  it('streams each operation before the model has finished, then usage and done, with ids', async () => {
    const client = await signedUpClient(server.origin);
    const id = await createDump(client, 'garden: water the roses tomorrow');
    let release = () => {};
    openai.enqueue(heldReply(new Promise<void>((resolve) => (release = resolve))));

    const stream = await openDumpStream(client, id);
    expect(stream.response.status).toBe(200);
    expect(stream.response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const first = await stream.until('operation');
    // The model's reply is still held open here: the operation came out of a partial reply.
    expect(first.at(-1)?.data).toEqual({ index: 0, operation: project });
    expect(first.filter((event) => event.event === 'status').map((event) => event.data)).toContainEqual({ phase: 'drafting' });
    release();
    const rest = await stream.rest();
    const events = [...first, ...rest];
    expect(events.map((event) => event.event)).toEqual([...first.map((event) => event.event), 'operation', 'usage', 'done']);
    expect(rest[0]?.data).toEqual({ index: 1, operation: task });
    expect(rest.at(-1)?.data).toEqual({ operations: 2 });
    expect(events.map((event) => event.id)).toEqual(events.map((_, index) => String(index + 1)));

    const dump = await dumpOf(client, id);
    expect(dump.status).toBe('drafted');
    expect(dump.provider).toBe('openai');
    expect(dump.operations).toEqual([project, task]);
    expect(dump.usage).toMatchObject({ provider: 'openai' });
  });

  it('replays from Last-Event-ID, for a finished dump and for one still drafting', async () => {
    const client = await signedUpClient(server.origin);
    const id = await createDump(client, 'garden: water the roses tomorrow');
    let release = () => {};
    openai.enqueue(heldReply(new Promise<void>((resolve) => (release = resolve))));

    const firstStream = await openDumpStream(client, id);
    const seen = await firstStream.until('operation');
    // A second connection that had seen only the first event joins the running draft.
    const rejoined = await openDumpStream(client, id, '1');
    release();
    const all = [...seen, ...(await firstStream.rest())];
    expect(await rejoined.rest()).toEqual(all.slice(1));

    const replayed = await openDumpStream(client, id, '2');
    expect(await replayed.rest()).toEqual(all.slice(2));
    const fromStart = await openDumpStream(client, id);
    expect(await fromStart.rest()).toEqual(all);
    expect(openai.requests.filter((request) => JSON.stringify(request.body).includes('water the roses'))).toHaveLength(2);
  });

  it('sends an error event saying whether it is recoverable, and drafts again when reopened', async () => {
    const client = await signedUpClient(server.origin);
    const id = await createDump(client, 'call the plumber');
    openai.enqueue({ type: 'error', status: 503, message: 'overloaded' });
    const failed = await (await openDumpStream(client, id)).rest();
    const error = failed.at(-1);
    expect(error?.event).toBe('error');
    expect(error?.data).toMatchObject({ code: 'providers_unavailable', recoverable: true });
    expect(await dumpOf(client, id)).toMatchObject({ status: 'failed', operations: [] });

    openai.enqueue({ type: 'stream', text: textPieces(`{"operations":[${JSON.stringify(project)}]}`) });
    const retried = await (await openDumpStream(client, id, failed.at(-1)?.id ?? undefined)).rest();
    expect(retried.map((event) => event.event)).toContain('operation');
    expect(retried.at(-1)?.event).toBe('done');
    expect(retried[0]?.id).toBe('1');

    const rejectedId = await createDump(client, 'call the plumber');
    openai.enqueue({ type: 'error', status: 400, message: 'unknown model' });
    const rejected = await (await openDumpStream(client, rejectedId)).rest();
    expect(rejected.at(-1)?.data).toMatchObject({ code: 'provider_rejected_request', recoverable: false });
  });

  it('aborts the model call when the client closes the stream, and marks the draft failed but recoverable', async () => {
    const client = await signedUpClient(server.origin);
    const id = await createDump(client, 'garden: water the roses tomorrow');
    const disconnected = openai.waitForDisconnect();
    openai.enqueue(heldReply(new Promise(() => {})));
    const stream = await openDumpStream(client, id);
    await stream.until('operation');
    stream.close();
    await disconnected;

    let dump = await dumpOf(client, id);
    while (dump.status === 'drafting') dump = await dumpOf(client, id);
    expect(dump.status).toBe('failed');
    expect(dump.operations).toEqual([project]);
    // Something was drafted, so reopening replays it rather than drafting again.
    const replay = await (await openDumpStream(client, id)).rest();
    expect(replay.filter((event) => event.event === 'operation').map((event) => event.data)).toEqual([
      { index: 0, operation: project },
    ]);
    expect(replay.at(-1)).toMatchObject({ event: 'error', data: { code: 'aborted', recoverable: true } });
  });

  it('refuses a dump over 20,000 characters with 413 naming the limit, and an empty one with 400', async () => {
    const client = await signedUpClient(server.origin);
    const tooLong = await client.post<{ error: { code: string; message: string } }>('/api/brain-dumps', { text: 'x'.repeat(20_001) });
    expect(tooLong.status).toBe(413);
    expect(tooLong.body.error.message).toContain('20,000 characters');
    const atLimit = await client.post('/api/brain-dumps', { text: 'x'.repeat(20_000) });
    expect(atLimit.status).toBe(201);
    const empty = await client.post<{ error: { fields: Record<string, string> } }>('/api/brain-dumps', { text: '   ' });
    expect(empty.status).toBe(400);
    expect(Object.keys(empty.body.error.fields)).toEqual(['text']);
  });

  it("answers 404 for another user's dump on every route, and 401 without a session", async () => {
    const owner = await signedUpClient(server.origin);
    const other = await signedUpClient(server.origin);
    const id = await createDump(owner, 'private plans');
    expect((await other.get(`/api/brain-dumps/${id}`)).status).toBe(404);
    expect((await openDumpStream(other, id)).response.status).toBe(404);
    expect((await other.post(`/api/brain-dumps/${id}/apply`, { operations: [project] })).status).toBe(404);
    expect((await other.post(`/api/brain-dumps/${id}/undo`)).status).toBe(404);
    expect((await other.get<{ brain_dumps: unknown[] }>('/api/brain-dumps')).body.brain_dumps).toEqual([]);
    const anonymous = await fetch(`${server.origin}/api/brain-dumps/${id}/stream`);
    expect(anonymous.status).toBe(401);
    // The owner's dump was never started by those attempts.
    expect((await owner.get<DumpBody>(`/api/brain-dumps/${id}`)).body.brain_dump.status).toBe('pending');
  });
});
