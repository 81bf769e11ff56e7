import { z } from 'zod';
import { FieldError } from './field-error.ts';

// Task lists are ordered by (position, id); a cursor is the last row's pair, opaque to clients.
const cursorSchema = z.tuple([z.number(), z.uuid()]);

export interface TaskCursor {
  position: number;
  id: string;
}

export function encodeTaskCursor(cursor: TaskCursor): string {
  return Buffer.from(JSON.stringify([cursor.position, cursor.id])).toString('base64url');
}

export function decodeTaskCursor(value: string): TaskCursor {
  try {
    const [position, id] = cursorSchema.parse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
    return { position, id };
  } catch {
    throw new FieldError('cursor', 'This page link is no longer valid; pass next_cursor from the previous page unchanged');
  }
}
