import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HttpClient, signedUpClient } from '../../../../tests/http-client.ts';
import { startWebServer, type WebServer } from '../../../../tests/web-server.ts';

let server: WebServer;

beforeAll(async () => {
  server = await startWebServer();
});

afterAll(() => server?.stop());

interface SseEvent {
  id?: string;
  event?: string;
  data?: string;
}

/** An open /api/events stream, parsed into events as they arrive. */
async function openStream(client: HttpClient, lastEventId?: string) {
  const controller = new AbortController();
  const headers: Record<string, string> = { accept: 'text/event-stream', cookie: client.cookie ?? '' };
  if (lastEventId) headers['last-event-id'] = lastEventId;
  const response = await fetch(`${server.origin}/api/events`, { headers, signal: controller.signal });
  const events: SseEvent[] = [];
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const pump = (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end = buffer.indexOf('\n\n');
      while (end !== -1) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event: SseEvent = {};
        for (const line of block.split('\n')) {
          const [field, ...rest] = line.split(': ');
          if (field === 'id' || field === 'event' || field === 'data') event[field] = rest.join(': ');
        }
        if (event.event) events.push(event);
        end = buffer.indexOf('\n\n');
      }
    }
  })();
  return {
    response,
    events,
    async waitFor(predicate: (event: SseEvent) => boolean): Promise<SseEvent> {
      const deadline = Date.now() + 5_000;
      for (;;) {
        const found = events.find(predicate);
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`no matching event; got ${JSON.stringify(events)}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    async close() {
      controller.abort();
      await pump;
    },
  };
}

const aboutRow = (id: string) => (event: SseEvent) => event.event === 'change' && JSON.parse(event.data ?? '{}').id === id;

describe('GET /api/events', () => {
  it('answers 401 in the API error format without a session', async () => {
    const response = await fetch(`${server.origin}/api/events`);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: 'unauthorized' } });
  });

  it("streams the signed-in user's changes made through the API, and never another user's", async () => {
    const [alice, bob] = await Promise.all([signedUpClient(server.origin), signedUpClient(server.origin)]);
    const aliceStream = await openStream(alice);
    const bobStream = await openStream(bob);
    try {
      expect(aliceStream.response.status).toBe(200);
      expect(aliceStream.response.headers.get('content-type')).toMatch(/^text\/event-stream/);
      expect(aliceStream.response.headers.get('cache-control')).toContain('no-cache');

      const created = await alice.post<{ task: { id: string } }>('/api/tasks', { title: 'Seen live' });
      expect(created.status).toBe(201);
      const event = await aliceStream.waitFor(aboutRow(created.body.task.id));
      expect(JSON.parse(event.data ?? '')).toEqual({ table: 'tasks', op: 'insert', id: created.body.task.id });
      expect(event.id).toMatch(/^[0-9a-f]{8}-\d+$/);

      // Bob's own change reaching his stream shows it was live while Alice's went by.
      const bobs = await bob.post<{ task: { id: string } }>('/api/tasks', { title: 'Bob only' });
      await bobStream.waitFor(aboutRow(bobs.body.task.id));
      expect(bobStream.events.map((e) => JSON.parse(e.data ?? '{}').id)).toEqual([bobs.body.task.id]);
    } finally {
      await Promise.all([aliceStream.close(), bobStream.close()]);
    }
  });

  it('refuses more than 20 open streams for one user with 429 and Retry-After', async () => {
    const client = await signedUpClient(server.origin);
    const streams = await Promise.all(Array.from({ length: 20 }, () => openStream(client)));
    try {
      expect(streams.map((stream) => stream.response.status)).toEqual(Array(20).fill(200));
      const refused = await fetch(`${server.origin}/api/events`, { headers: { cookie: client.cookie ?? '' } });
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe('30');
      expect(await refused.json()).toMatchObject({ error: { code: 'rate_limited' } });
    } finally {
      await Promise.all(streams.map((stream) => stream.close()));
    }
  });

  it('replays what a reconnecting stream missed after its Last-Event-ID, and asks an unknown id to resync', async () => {
    const client = await signedUpClient(server.origin);
    const first = await openStream(client);
    const task = await client.post<{ task: { id: string } }>('/api/tasks', { title: 'Before the drop' });
    const seen = await first.waitFor(aboutRow(task.body.task.id));
    await first.close();

    const missed = await client.patch<{ task: { id: string } }>(`/api/tasks/${task.body.task.id}`, { status: 'done' });
    expect(missed.status).toBe(200);

    const resumed = await openStream(client, seen.id);
    try {
      const replayed = await resumed.waitFor(aboutRow(task.body.task.id));
      expect(JSON.parse(replayed.data ?? '')).toEqual({ table: 'tasks', op: 'update', id: task.body.task.id });
    } finally {
      await resumed.close();
    }

    const stranger = await openStream(client, 'feedface-1');
    try {
      await stranger.waitFor((event) => event.event === 'resync');
    } finally {
      await stranger.close();
    }
  });
});
