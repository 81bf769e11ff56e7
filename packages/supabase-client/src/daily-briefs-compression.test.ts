import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './testing/database.ts';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database.drop();
});

describe('daily_briefs compression', () => {
  it("stores a brief's html, text and markdown with lz4 (the test server is built with it)", async () => {
    const columns = await database.db.sql<{ attname: string; attcompression: string }[]>`
      select attname, attcompression from pg_attribute
      where attrelid = 'public.daily_briefs'::regclass and attname in ('html', 'text', 'markdown')
      order by attname`;
    expect(columns).toEqual([
      { attname: 'html', attcompression: 'l' },
      { attname: 'markdown', attcompression: 'l' },
      { attname: 'text', attcompression: 'l' },
    ]);
  });
});
