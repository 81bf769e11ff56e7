import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { createTestDatabase, createTestUser, type TestDatabase } from '@ordo/supabase-client/testing';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startExpiredRowsSweeper } from './expired-rows-sweeper.ts';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(() => database.drop());

describe('expired rows sweeper', () => {
  it('deletes an expired session on its own schedule and logs what it swept', async () => {
    const { db } = database;
    const userId = await createTestUser(db);
    await db.sql`insert into public.sessions (user_id, token_hash, expires_at) values (${userId}, ${randomBytes(32)}, now() - interval '1 day')`;
    await db.sql`insert into public.sessions (user_id, token_hash, expires_at) values (${userId}, ${randomBytes(32)}, now() + interval '1 day')`;
    const lines: { msg: string; swept?: Record<string, number> }[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    });
    const sweeper = startExpiredRowsSweeper(db, pino({ level: 'info' }, sink), 20);
    try {
      for (let i = 0; i < 100 && lines.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    } finally {
      await sweeper.stop();
    }
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ msg: 'swept expired rows', swept: { sessions: 1, password_reset_tokens: 0 } });
    const [left] = await db.sql<{ live: number }[]>`select count(*)::int as live from public.sessions where expires_at > now()`;
    const [all] = await db.sql<{ total: number }[]>`select count(*)::int as total from public.sessions`;
    expect([left?.live, all?.total]).toEqual([1, 1]);
  });
});
