import { describe, expect, it } from 'vitest';
import { FieldError } from './field-error.ts';
import { decodeTaskCursor, encodeTaskCursor } from './task-cursor.ts';

describe('task cursors', () => {
  it('round-trip a position and id', () => {
    const cursor = { position: 2.5, id: '6a0f3c52-3f43-4e6b-9a4b-0d3c1f6e2a10' };
    expect(decodeTaskCursor(encodeTaskCursor(cursor))).toEqual(cursor);
  });

  it('reject tampered values as a field error on cursor', () => {
    for (const bad of ['abc', Buffer.from('[1,"x"]').toString('base64url'), Buffer.from('{}').toString('base64url')]) {
      expect(() => decodeTaskCursor(bad)).toThrow(FieldError);
    }
  });
});
