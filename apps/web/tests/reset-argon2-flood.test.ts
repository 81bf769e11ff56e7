import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HttpClient, signedUpClient } from './http-client.ts';
import { waitForMail } from './outbox.ts';
import { useWebServer } from './web-server.ts';

const server = useWebServer();
const RESET_LINK_POSTS_PER_CLIENT = 10;
const NEW_PASSWORD = 'a brand new password';

/** argon2 hashes and verifications the server has finished, from the queue every one goes through. */
async function argon2Completed(): Promise<number> {
  const health = (await (await fetch(`${server.origin}/health`)).json()) as { password_hashing: { completed: number } };
  return health.password_hashing.completed;
}

const postNewPassword = (client: HttpClient, path: string, password = NEW_PASSWORD) =>
  client.request<string>('POST', path, { form: { password, confirm_password: password } });

const madeUpLink = () => `/reset-password/${randomBytes(32).toString('base64url')}`;

async function mailedResetLink(email: string): Promise<string> {
  await new HttpClient(server.origin).request('POST', '/reset-password', { form: { email } });
  // The outbox writes a .tmp file and renames it: only finished .eml files are read.
  const mail = await waitForMail(join(server.dataDir, 'outbox'), { to: email, subject: 'Reset your Ordo password' });
  const path = /\/reset-password\/[A-Za-z0-9_-]{43}/.exec(mail.text)?.[0];
  if (!path) throw new Error('the reset mail holds no reset link');
  return path;
}

describe('posting a new password to a reset link', () => {
  it('does no argon2 work for a link that does not exist', async () => {
    const before = await argon2Completed();
    const posts = await Promise.all(Array.from({ length: 20 }, () => postNewPassword(new HttpClient(server.origin), madeUpLink())));
    expect(posts.map((post) => post.status)).toEqual(Array(20).fill(410));
    expect(await argon2Completed()).toBe(before);

    // The counter does see argon2 work: a real link hashes the new password once.
    const user = await signedUpClient(server.origin, { onboard: false });
    const link = await mailedResetLink(user.email);
    const beforeReal = await argon2Completed();
    expect((await postNewPassword(new HttpClient(server.origin), link)).status).toBe(303);
    expect(await argon2Completed()).toBe(beforeReal + 1);
  });

  it('is rate limited per client, before the link is looked at', async () => {
    const flooder = new HttpClient(server.origin);
    for (let i = 0; i < RESET_LINK_POSTS_PER_CLIENT; i++) expect((await postNewPassword(flooder, madeUpLink())).status).toBe(410);
    const refused = await postNewPassword(flooder, madeUpLink());
    expect(refused.status).toBe(429);
    expect(refused.body).toContain('Too many attempts');
    expect((await postNewPassword(new HttpClient(server.origin), madeUpLink())).status).toBe(410);
  });
});
