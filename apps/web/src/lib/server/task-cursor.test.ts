import { describe, expect, it } from 'vitest';
import { FieldError } from './field-error.ts';
import { decodeListCursor, decodeSearchCursor, decodeTaskCursor, encodeTaskCursor } from './task-cursor.ts';

describe('task cursors', () => {
  it('round-trip a position and id', () => {
    const cursor = { position: 2.5, id: '6a0f3c52-3f43-4e6b-9a4b-0d3c1f6e2a10' };
    expect(decodeTaskCursor(encodeTaskCursor(cursor))).toEqual(cursor);
    expect(decodeListCursor(encodeTaskCursor(cursor))).toEqual(cursor);
  });

  it('round-trip a search rank with them, and keep list and search cursors apart', () => {
    const cursor = { position: -1, id: '6a0f3c52-3f43-4e6b-9a4b-0d3c1f6e2a10', rank: 0.0607927 };
    expect(decodeSearchCursor(encodeTaskCursor(cursor))).toEqual(cursor);
    expect(() => decodeListCursor(encodeTaskCursor(cursor))).toThrow(FieldError);
    expect(() => decodeSearchCursor(encodeTaskCursor({ position: 1, id: cursor.id }))).toThrow(FieldError);
  });

  it('reject tampered values as a field error on cursor', () => {
    for (const bad of ['abc', Buffer.from('[1,"x"]').toString('base64url'), Buffer.from('{}').toString('base64url')]) {
      expect(() => decodeTaskCursor(bad)).toThrow(FieldError);
    }
  });
});
