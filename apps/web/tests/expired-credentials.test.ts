import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { HttpClient, signedUpClient, TEST_PASSWORD } from './http-client.ts';
import { useWebServer } from './web-server.ts';

// Nothing sweeps these tables on a schedule: each new row of a person deletes that person's expired
// ones, so they stay bounded however often people sign in or ask for links.
const server = useWebServer();
const sql = () => server.database.db.sql;

async function userIdOf(email: string): Promise<string> {
  const [row] = await sql()<{ id: string }[]>`select id from public.users where email = ${email}`;
  if (!row) throw new Error(`no user ${email}`);
  return row.id;
}

describe('expired sessions and links', () => {
  it("a sign-in deletes the person's expired sessions, not their live ones or anyone else's", async () => {
    const person = await signedUpClient(server.origin);
    const other = await signedUpClient(server.origin);
    const [personId, otherId] = [await userIdOf(person.email), await userIdOf(other.email)];
    const live = await sql()<{ id: string }[]>`select id from public.sessions where user_id = ${personId}`;
    expect(live).toHaveLength(1);
    await sql()`
      insert into public.sessions (user_id, token_hash, expires_at)
      select u, decode(md5(random()::text) || md5(random()::text), 'hex'), now() - interval '1 minute' from unnest(${[personId, personId, otherId]}::uuid[]) as u`;

    const signedIn = await new HttpClient(server.origin).post('/api/auth/login', { email: person.email, password: TEST_PASSWORD });
    expect(signedIn.status).toBe(200);

    const left = await sql()<{ user_id: string; expired: boolean }[]>`
      select user_id, expires_at <= now() as expired from public.sessions where user_id in (${personId}, ${otherId})`;
    expect(left.filter((row) => row.user_id === personId && row.expired)).toHaveLength(0);
    expect(left.filter((row) => row.user_id === personId)).toHaveLength(2);
    expect(left.filter((row) => row.user_id === otherId && row.expired)).toHaveLength(1);
    expect((await person.get('/api/me')).status).toBe(200);
  });

  it("a reset request deletes the account's expired reset links and keeps its live one", async () => {
    const person = await signedUpClient(server.origin);
    const personId = await userIdOf(person.email);
    const request = () => new HttpClient(server.origin).request('POST', '/reset-password', { form: { email: person.email } });
    expect((await request()).status).toBe(200);
    await sql()`update public.password_reset_tokens set expires_at = now() - interval '1 second' where user_id = ${personId}`;
    expect((await request()).status).toBe(200);
    expect((await request()).status).toBe(200);
    const rows = await sql()<{ expired: boolean }[]>`
      select expires_at <= now() as expired from public.password_reset_tokens where user_id = ${personId}`;
    expect(rows).toEqual([{ expired: false }, { expired: false }]);
  });

  it("a new verification link deletes the account's expired ones", async () => {
    await signedUpClient(server.origin);
    const email = `user-${randomUUID()}@example.test`;
    expect((await new HttpClient(server.origin).post('/api/auth/signup', { email, password: TEST_PASSWORD })).status).toBe(202);
    const personId = await userIdOf(email);
    await sql()`update public.email_verification_tokens set expires_at = now() - interval '1 second' where user_id = ${personId}`;
    expect((await new HttpClient(server.origin).post('/api/auth/verification', { email })).status).toBe(202);
    const rows = await sql()<{ expired: boolean }[]>`
      select expires_at <= now() as expired from public.email_verification_tokens where user_id = ${personId}`;
    expect(rows).toEqual([{ expired: false }]);
  });
});
