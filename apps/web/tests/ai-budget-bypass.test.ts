import { type FakeLlmServer, startFakeOpenAI } from '@ordo/ai-pipeline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDump, openDumpStream } from './brain-dumps-sse.ts';
import { type HttpClient, signedUpClient } from './http-client.ts';
import { PER_CLIENT_ADDRESS, startWebServer, type WebServer } from './web-server.ts';

// Security finding 1, end to end: "open the stream, close it after a second" on a 20,000-character
// dump was recorded as 0 tokens and could be repeated without limit, since the hourly limit
// counted new dumps and a failed dump with no operations drafts again when its stream reopens.

let server: WebServer;
let openai: FakeLlmServer;

beforeAll(async () => {
  // Unless a test queues a reply, the provider refuses the request (a draft that fails at once).
  openai = await startFakeOpenAI({ reply: () => ({ type: 'error', status: 400, message: 'refused by the test' }) });
  server = await startWebServer({ ...PER_CLIENT_ADDRESS, OPENAI_API_KEY: 'sk-test-openai', OPENAI_BASE_URL: openai.url, AI_MAX_RETRIES: '0' });
});

afterAll(async () => {
  await server?.stop();
  await openai?.close();
});

const requestsFor = (text: string) => openai.requests.filter((request) => JSON.stringify(request.body).includes(text)).length;

async function statusOf(client: HttpClient, id: string): Promise<string> {
  return (await client.get<{ brain_dump: { status: string } }>(`/api/brain-dumps/${id}`)).body.brain_dump.status;
}

async function settled(client: HttpClient, id: string): Promise<string> {
  let status = await statusOf(client, id);
  while (status === 'drafting') {
    await new Promise((resolve) => setTimeout(resolve, 20));
    status = await statusOf(client, id);
  }
  return status;
}

describe('a draft stream closed early, again and again', () => {
  it('is charged each time, and the dump drafts at most five times', async () => {
    const client = await signedUpClient(server.origin);
    const text = `closed early: ${'plan the garden and call the plumber. '.repeat(600)}`.slice(0, 20_000);
    const id = await createDump(client, text);

    for (let cycle = 1; cycle <= 5; cycle++) {
      openai.enqueue({ type: 'stream', text: ['{"operations":[{"op"', new Promise(() => {})] });
      const disconnected = openai.waitForDisconnect();
      const stream = await openDumpStream(client, id);
      while (requestsFor(text) < cycle) await new Promise((resolve) => setTimeout(resolve, 10));
      stream.close();
      await disconnected;
      // Nothing was drafted, so the dump may draft again.
      expect(await settled(client, id)).toBe('failed');
    }

    const calls = await server.database.db.sql<{ input_tokens: number; outcome: string }[]>`
      select c.input_tokens, c.outcome
      from public.llm_calls c join public.brain_dumps d on d.user_id = c.user_id
      where d.id = ${id}
    `;
    expect(calls).toHaveLength(5);
    for (const call of calls) {
      expect(call.outcome).toBe('aborted');
      // The provider counts about a token per four characters; the charge is never less. The output
      // charged is what reached the web app before the reader left, which this side cannot see (none,
      // or the first piece): the gateway's own test reads part of a reply and checks that charge.
      expect(call.input_tokens).toBeGreaterThanOrEqual(20_000 / 4);
    }

    const refused = await (await openDumpStream(client, id)).rest();
    expect(refused.at(-1)).toMatchObject({ event: 'error', data: { code: 'redraft_limit', recoverable: false } });
    expect(requestsFor(text)).toBe(5);
    expect(await statusOf(client, id)).toBe('failed');
  });
});

describe('the hourly limit', () => {
  it('counts drafting runs, not only new dumps', async () => {
    const client = await signedUpClient(server.origin);
    // 12 dumps drafted five times each: 60 runs, the hourly limit, from only 12 new dumps.
    for (let dump = 0; dump < 12; dump++) {
      const id = await createDump(client, `runs ${dump}: call the plumber`);
      for (let run = 0; run < 5; run++) {
        const events = await (await openDumpStream(client, id)).rest();
        expect(events.at(-1)).toMatchObject({ event: 'error', data: { code: 'provider_rejected_request' } });
      }
    }

    const text = 'runs 12: call the plumber';
    const id = await createDump(client, text);
    const refused = await (await openDumpStream(client, id)).rest();
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({
      id: '1',
      event: 'error',
      data: { code: 'rate_limited', message: expect.stringMatching(/too many drafts this hour; try again in \d+ min/), recoverable: true },
    });
    expect(requestsFor(text)).toBe(0);
    expect(await statusOf(client, id)).toBe('pending');
  });
});
