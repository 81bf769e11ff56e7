import { z } from 'zod';
import { FieldError } from './field-error.ts';

// Task lists are ordered by (position, id); search results by rank, then id. A cursor is the last
// row's key, opaque to clients.
const cursorSchema = z.union([z.tuple([z.number(), z.uuid()]), z.tuple([z.number(), z.uuid(), z.number()])]);

export interface TaskCursor {
  position: number;
  id: string;
  /** The search rank of the row, for a page of search results. */
  rank?: number;
}

export function encodeTaskCursor(cursor: TaskCursor): string {
  const key = cursor.rank === undefined ? [cursor.position, cursor.id] : [cursor.position, cursor.id, cursor.rank];
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

const invalid = () => new FieldError('cursor', 'This page link is no longer valid; pass next_cursor from the previous page unchanged');

export function decodeTaskCursor(value: string): TaskCursor {
  try {
    const [position, id, rank] = cursorSchema.parse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
    return rank === undefined ? { position, id } : { position, id, rank };
  } catch {
    throw invalid();
  }
}

/** A cursor of a page of search results (with its rank); any other is refused like a tampered one. */
export function decodeSearchCursor(value: string): Required<TaskCursor> {
  const cursor = decodeTaskCursor(value);
  if (cursor.rank === undefined) throw invalid();
  return cursor as Required<TaskCursor>;
}

/** A cursor of a list in (position, id) order; a search result's cursor is refused. */
export function decodeListCursor(value: string): TaskCursor {
  const cursor = decodeTaskCursor(value);
  if (cursor.rank !== undefined) throw invalid();
  return cursor;
}
