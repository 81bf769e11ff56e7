import { randomUUID } from 'node:crypto';
import { calendarDay } from '@ordo/shared-types';
import { claim, complete, reportProgress } from '@ordo/supabase-client';
import { describe, expect, it } from 'vitest';
import { type ErrorBody, HttpClient, signedUpClient } from './http-client.ts';
import { useWebServer } from './web-server.ts';

const server = useWebServer();

type Client = HttpClient & { email: string };

/** A page's HTML without Svelte's hydration markers, as its text reads. */
async function pageHtml(client: HttpClient, path: string): Promise<{ status: number; html: string }> {
  const page = await client.get<string>(path);
  return { status: page.status, html: page.body.replace(/<!--.*?-->/gs, '') };
}

async function userIdOf(client: HttpClient): Promise<string> {
  return (await client.get<{ user: { id: string } }>('/api/me')).body.user.id;
}

/** Today and yesterday in Europe/Paris, the zone signedUpClient onboards with. */
function parisDays(): { today: string; yesterday: string; earlier: string } {
  const now = Date.now();
  return {
    today: calendarDay(new Date(now), 'Europe/Paris'),
    yesterday: calendarDay(new Date(now - 86_400_000), 'Europe/Paris'),
    earlier: calendarDay(new Date(now - 2 * 86_400_000), 'Europe/Paris'),
  };
}

interface SeededBrief {
  status: 'ready' | 'skipped' | 'failed';
  local_date: string;
  markdown?: string;
  headline?: string;
  reason?: string;
  delivery?: { status: 'sent' | 'failed' | 'uncertain'; error?: string };
}

/** Writes a brief (and its email delivery) as the worker would, bypassing RLS. */
async function seedBrief(userId: string, brief: SeededBrief): Promise<string> {
  const { sql } = server.database.db;
  const [row] = await sql<{ id: string }[]>`
    insert into public.daily_briefs (user_id, kind, local_date, timezone, send_at, trigger, status, reason, headline, markdown, provider, model, generated_at)
    values (${userId}, 'daily', ${brief.local_date}, 'Europe/Paris', now(), 'schedule', ${brief.status}, ${brief.reason ?? null},
            ${brief.headline ?? null}, ${brief.markdown ?? null}, ${brief.status === 'ready' ? 'offline' : null},
            ${brief.status === 'ready' ? 'template' : null}, ${brief.status === 'ready' ? new Date() : null})
    returning id`;
  const id = (row as { id: string }).id;
  if (brief.delivery) {
    await sql`
      insert into public.deliveries (user_id, channel, purpose, source_id, brief_id, recipient, status, error, sent_at)
      values (${userId}, 'email', 'brief', ${id}, ${id}, 'someone@example.test', ${brief.delivery.status}, ${brief.delivery.error ?? null},
              ${brief.delivery.status === 'sent' ? new Date() : null})`;
  }
  return id;
}

async function seedThree(client: Client): Promise<{ ready: string; skipped: string; failed: string }> {
  const userId = await userIdOf(client);
  const days = parisDays();
  const ready = await seedBrief(userId, {
    status: 'ready',
    local_date: days.today,
    headline: 'Three things today',
    markdown: '## Wins\n\n- **Filed** the taxes\n\n<script>alert(1)</script>\n\nCall <img src=x onerror=alert(2)> Sam',
    delivery: { status: 'sent' },
  });
  const skipped = await seedBrief(userId, { status: 'skipped', local_date: days.yesterday, reason: 'the worker was down for 4 h, past the 180 min limit' });
  const failed = await seedBrief(userId, {
    status: 'failed',
    local_date: days.earlier,
    reason: 'the check stage found an invented task',
    delivery: { status: 'failed', error: '550 mailbox unavailable' },
  });
  return { ready, skipped, failed };
}

describe('POST /api/me/briefs', () => {
  it('queues one brief.generate job for today in the person’s zone, owned by them, and follows it when pressed again', async () => {
    const client = await signedUpClient(server.origin);
    const userId = await userIdOf(client);
    const before = new Date();
    const answer = await client.post<{ job_id: string; local_date: string }>('/api/me/briefs');
    const after = new Date();
    expect(answer.status).toBe(202);
    expect([calendarDay(before, 'Europe/Paris'), calendarDay(after, 'Europe/Paris')]).toContain(answer.body.local_date);

    const jobs = await server.database.db.sql<{ id: string; user_id: string; job_type: string; payload: Record<string, unknown>; status: string }[]>`
      select id, user_id, job_type, payload, status from public.queue_jobs where user_id = ${userId}`;
    expect(jobs).toHaveLength(1);
    const [job] = jobs;
    expect(job).toMatchObject({ id: answer.body.job_id, user_id: userId, job_type: 'brief.generate', status: 'pending' });
    expect(job?.payload).toEqual({
      user_id: userId,
      kind: 'daily',
      local_date: answer.body.local_date,
      send_at: expect.any(String),
      trigger: 'manual',
      deliver: true,
    });
    const sendAt = new Date(job?.payload.send_at as string).getTime();
    expect(sendAt).toBeGreaterThanOrEqual(before.getTime() - 1000);
    expect(sendAt).toBeLessThanOrEqual(after.getTime() + 1000);

    // While that one is queued, pressing again answers with it rather than paying for a second.
    const again = await client.post<{ job_id: string }>('/api/me/briefs');
    expect(again).toMatchObject({ status: 202, body: { job_id: answer.body.job_id } });
    const [count] = await server.database.db.sql<{ n: number }[]>`select count(*)::int as n from public.queue_jobs where user_id = ${userId}`;
    expect(count?.n).toBe(1);
  });

  it('answers 429 in the API format, with Retry-After, past five an hour', async () => {
    const client = await signedUpClient(server.origin);
    for (let press = 1; press <= 5; press++) expect((await client.post('/api/me/briefs')).status).toBe(202);
    const refused = await client.post<ErrorBody>('/api/me/briefs');
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('rate_limited');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another person is not held back by it.
    expect((await (await signedUpClient(server.origin)).post('/api/me/briefs')).status).toBe(202);
  });
});

describe('GET /api/me/briefs and /api/me/briefs/{id}', () => {
  it('lists the person’s briefs newest first with status, reason and delivery, and reads one with its Markdown', async () => {
    const client = await signedUpClient(server.origin);
    const seeded = await seedThree(client);
    const list = await client.get<{ briefs: { id: string; status: string; reason: string | null; deliveries: { channel: string; status: string; error: string | null }[]; markdown?: unknown }[] }>(
      '/api/me/briefs',
    );
    expect(list.status).toBe(200);
    expect(list.body.briefs.map((brief) => brief.id)).toEqual([seeded.ready, seeded.skipped, seeded.failed]);
    expect(list.body.briefs.map((brief) => brief.status)).toEqual(['ready', 'skipped', 'failed']);
    expect(list.body.briefs[1]?.reason).toContain('past the 180 min limit');
    expect(list.body.briefs[0]?.deliveries).toEqual([{ channel: 'email', status: 'sent', sent_at: expect.any(String), error: null }]);
    expect(list.body.briefs[2]?.deliveries).toEqual([{ channel: 'email', status: 'failed', sent_at: null, error: '550 mailbox unavailable' }]);
    expect(list.body.briefs[0]).not.toHaveProperty('markdown');

    const one = await client.get<{ brief: { id: string; markdown: string; headline: string; provider: string } }>(`/api/me/briefs/${seeded.ready}`);
    expect(one.status).toBe(200);
    expect(one.body.brief).toMatchObject({ id: seeded.ready, headline: 'Three things today', provider: 'offline' });
    expect(one.body.brief.markdown).toContain('**Filed** the taxes');
  });

  it('answers 404 for another person’s brief and for none, and shows nobody else’s in the list', async () => {
    const owner = await signedUpClient(server.origin);
    const other = await signedUpClient(server.origin);
    const { ready } = await seedThree(owner);
    for (const id of [ready, randomUUID()]) {
      const answer = await other.get<ErrorBody>(`/api/me/briefs/${id}`);
      expect(answer.status).toBe(404);
      expect(answer.body.error.code).toBe('not_found');
    }
    expect((await other.get<{ briefs: unknown[] }>('/api/me/briefs')).body.briefs).toEqual([]);
  });

  it('answers 401 without credentials', async () => {
    const anonymous = new HttpClient(server.origin);
    const [list, send, one] = await Promise.all([
      anonymous.get<ErrorBody>('/api/me/briefs'),
      anonymous.post<ErrorBody>('/api/me/briefs'),
      anonymous.get<ErrorBody>(`/api/me/briefs/${randomUUID()}`),
    ]);
    for (const answer of [list, send, one]) {
      expect(answer.status).toBe(401);
      expect(answer.body.error.code).toBe('unauthorized');
    }
  });
});

describe('the Briefs page', () => {
  it('shows today’s brief rendered, with raw HTML from the Markdown as text, and the history with reasons and delivery', async () => {
    const client = await signedUpClient(server.origin);
    await seedThree(client);
    const { status, html } = await pageHtml(client, '/briefs');
    expect(status).toBe(200);
    expect(html).toContain('<li><strong>Filed</strong> the taxes</li>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<script>alert|<img/i);
    expect(html).toContain('Three things today');
    expect(html).toContain('the worker was down for 4 h, past the 180 min limit');
    expect(html).toContain('the check stage found an invented task');
    expect(html).toMatch(/>Ready<\/span>/);
    expect(html).toMatch(/>Skipped<\/span>/);
    expect(html).toMatch(/>Failed<\/span>/);
    expect(html).toContain('Email: Sent');
    expect(html).toContain('Email: Not sent');
    expect(html).toContain('>Send me a brief now</button>');
  });

  it('shows one brief at /briefs/<id>, and 404 for another person’s', async () => {
    const owner = await signedUpClient(server.origin);
    const other = await signedUpClient(server.origin);
    const { ready, skipped } = await seedThree(owner);
    const own = await pageHtml(owner, `/briefs/${ready}`);
    expect(own.status).toBe(200);
    expect(own.html).toContain('<strong>Filed</strong> the taxes');
    expect(own.html).not.toMatch(/<script>alert|<img/i);
    const skippedPage = await pageHtml(owner, `/briefs/${skipped}`);
    expect(skippedPage.html).toContain('This brief was skipped: the worker was down for 4 h');
    const foreign = await pageHtml(other, `/briefs/${ready}`);
    expect(foreign.status).toBe(404);
    expect(foreign.html).not.toContain('Filed');
  });

  it('without JavaScript, the button queues the brief and the page says it is on its way, then shows its stages as they are reported', async () => {
    const client = await signedUpClient(server.origin);
    const sent = await client.request('POST', '/briefs?/send', { form: {} });
    expect(sent.status).toBe(303);
    expect(sent.headers.get('location')).toBe('/briefs');
    const [queued] = await server.database.db.sql<{ id: string }[]>`
      select id from public.queue_jobs where user_id = ${await userIdOf(client)} and job_type = 'brief.generate'`;
    const jobId = queued?.id;
    expect(jobId).toBeDefined();
    const waiting = await pageHtml(client, '/briefs');
    expect(waiting.html).toContain('Your brief is on its way');

    // A worker takes the job and reports what brief.generate reports (briefProgressSchema) as it runs.
    const { sql } = server.database.db;
    const claimed = await claim(sql, { workerId: 'briefs-page-test', types: ['brief.generate'], limit: 100, leaseSeconds: 300 });
    expect(claimed.map((job) => job.id)).toContain(jobId);
    const stages = [{ name: 'gather', state: 'done', ms: 12 }, { name: 'prioritise', state: 'running' }];
    expect(await reportProgress(sql, 'briefs-page-test', jobId as string, { stages })).toBe(true);
    const running = await pageHtml(client, '/briefs');
    expect(running.html).toContain('Your brief is being written');
    expect(running.html).toMatch(/data-state="done"><span class="name[^"]*">Gathering…<\/span> <span class="state[^"]*">done · 12 ms/);
    expect(running.html).toMatch(/data-state="running"><span class="name[^"]*">Prioritising…<\/span>/);
    expect(running.html).toMatch(/data-state="pending"><span class="name[^"]*">Writing…<\/span>/);

    // Someone else's page shows nothing of it.
    const other = await signedUpClient(server.origin);
    const foreign = await pageHtml(other, '/briefs');
    expect(foreign.status).toBe(200);
    expect(foreign.html).not.toContain('Brief stages');

    // Finished, it stays on the page with the link to the brief it wrote.
    const [brief] = await sql<{ id: string }[]>`
      insert into public.daily_briefs (user_id, kind, local_date, timezone, send_at, trigger, status, markdown, job_id)
      values (${await userIdOf(client)}, 'daily', ${parisDays().today}, 'Europe/Paris', now(), 'manual', 'ready', 'Hello', ${jobId as string})
      returning id`;
    expect(await complete(sql, 'briefs-page-test', jobId as string)).toBe(true);
    const done = await pageHtml(client, '/briefs');
    expect(done.html).toContain(`Your brief is ready: <a href="/briefs/${(brief as { id: string }).id}">open the brief</a>`);
  });
});
