import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../testing/database.ts';
import { newJobId } from './job-id.ts';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const millisOf = (id: string) => Number.parseInt(id.replace(/-/g, '').slice(0, 12), 16);

describe('job ids', () => {
  it('are version 7 UUIDs carrying the time, distinct within one millisecond', () => {
    const at = Date.UTC(2026, 10, 23, 12, 0, 0, 123);
    const ids = Array.from({ length: 1000 }, () => newJobId(at));
    for (const id of ids) expect(id).toMatch(UUID_V7);
    expect(new Set(ids).size).toBe(1000);
    expect(millisOf(ids[0] as string)).toBe(at);
  });

  it('sort by creation time, in Node and in the database default alike', async () => {
    const earlier = newJobId(Date.now() - 1000);
    const database = await createTestDatabase();
    try {
      const [row] = await database.db.sql<{ id: string; millis: number }[]>`
        select id::text as id, (extract(epoch from clock_timestamp()) * 1000)::bigint as millis from (select public.uuid_v7() as id) as generated`;
      const { id, millis } = row as { id: string; millis: number };
      expect(id).toMatch(UUID_V7);
      expect(Math.abs(millisOf(id) - Number(millis))).toBeLessThan(1000);
      const later = newJobId(Date.now() + 1000);
      expect([later, id, earlier].sort()).toEqual([earlier, id, later]);
    } finally {
      await database.drop();
    }
  });
});
