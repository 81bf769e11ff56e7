import { isoTimestamp } from '../iso-timestamp.ts';

/** A row as JSON carries it: timestamps as ISO strings. */
export type JsonRow<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] };

/**
 * The row with its Dates as ISO strings, as JSON.stringify would write them; it would call each
 * Date's toJSON, which for a page of tasks costs more than the rest of the serialisation.
 */
export function withIsoTimestamps<T extends object>(row: T): JsonRow<T> {
  const fields = row as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  // for…in rather than Object.entries: no array per field. Rows are plain objects.
  for (const key in fields) {
    const value = fields[key];
    copy[key] = value instanceof Date ? isoTimestamp(value) : value;
  }
  return copy as JsonRow<T>;
}

/**
 * SvelteKit's json(), with the body encoded once: json() encodes it a first time only to
 * count its bytes. For responses large enough for that to show (lists).
 */
export function jsonResponse(data: unknown, init: ResponseInit = {}): Response {
  const body = Buffer.from(JSON.stringify(data));
  const headers = new Headers(init.headers);
  headers.set('content-type', 'application/json');
  headers.set('content-length', String(body.byteLength));
  return new Response(body, { ...init, headers });
}
