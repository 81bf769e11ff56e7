import type { HttpClient } from './http-client.ts';

export interface ServerSentEvent {
  id: string | null;
  event: string;
  data: unknown;
}

/** Reads server-sent events from a fetch response one at a time, as they arrive. */
export class EventReader {
  readonly response: Response;
  readonly #reader: ReadableStreamDefaultReader<Uint8Array>;
  readonly #abort: AbortController;
  readonly #decoder = new TextDecoder();
  #buffer = '';

  constructor(response: Response, abort: AbortController) {
    if (!response.body) throw new Error('event stream response has no body');
    this.response = response;
    this.#reader = response.body.getReader();
    this.#abort = abort;
  }

  /** The next event, or null when the server ended the stream. */
  async next(): Promise<ServerSentEvent | null> {
    for (;;) {
      const end = this.#buffer.indexOf('\n\n');
      if (end >= 0) {
        const block = this.#buffer.slice(0, end);
        this.#buffer = this.#buffer.slice(end + 2);
        const parsed = parseBlock(block);
        if (parsed) return parsed;
        continue;
      }
      const { done, value } = await this.#reader.read();
      if (done) return null;
      this.#buffer += this.#decoder.decode(value, { stream: true });
    }
  }

  /** Events up to and including the first of type `event`. */
  async until(event: string): Promise<ServerSentEvent[]> {
    const seen: ServerSentEvent[] = [];
    for (;;) {
      const next = await this.next();
      if (!next) throw new Error(`stream ended before a ${event} event; saw ${JSON.stringify(seen)}`);
      seen.push(next);
      if (next.event === event) return seen;
    }
  }

  /** Every remaining event until the server ends the stream. */
  async rest(): Promise<ServerSentEvent[]> {
    const seen: ServerSentEvent[] = [];
    for (let next = await this.next(); next; next = await this.next()) seen.push(next);
    return seen;
  }

  /** Closes the connection, as a browser closing the page would. */
  close(): void {
    this.#abort.abort();
  }
}

function parseBlock(block: string): ServerSentEvent | null {
  let id: string | null = null;
  let event = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'id') id = value;
    else if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
  }
  if (data.length === 0) return null;
  return { id, event, data: JSON.parse(data.join('\n')) };
}

/** Opens a dump's event stream as the signed-in client, optionally resuming after `lastEventId`. */
export async function openDumpStream(client: HttpClient, dumpId: string, lastEventId?: string): Promise<EventReader> {
  const abort = new AbortController();
  const headers: Record<string, string> = { accept: 'text/event-stream', 'x-forwarded-for': client.ip };
  if (client.cookie) headers.cookie = client.cookie;
  if (lastEventId !== undefined) headers['last-event-id'] = lastEventId;
  const response = await fetch(`${client.origin}/api/brain-dumps/${dumpId}/stream`, { headers, signal: abort.signal });
  return new EventReader(response, abort);
}

/** Stores a dump and returns its id. */
export async function createDump(client: HttpClient, text: string): Promise<string> {
  const created = await client.post<{ id: string }>('/api/brain-dumps', { text });
  if (created.status !== 201) throw new Error(`creating a brain dump failed: ${created.status} ${JSON.stringify(created.body)}`);
  return created.body.id;
}
