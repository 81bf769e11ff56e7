import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../tests/web-server.ts';
import { type Account, launchBrowser, newContext, screenshot, signUpAndOnboard } from './browser.ts';

let server: WebServer;
let browser: Browser;
const account: Account = { email: 'planner@example.test', password: 'correct horse battery staple', name: 'Pat' };

beforeAll(async () => {
  [server, browser] = await Promise.all([startWebServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('Plan my day in a browser', { timeout: 120_000 }, () => {
  it('shows the proposed blocks around an event, lets a block be removed and another moved, and schedules the rest on accept', async () => {
    const { context, problems } = await newContext(browser, server.origin);
    const page = await context.newPage();
    // Onboarding sets Europe/Paris, 09:00–17:00 on weekdays; Monday 10 June 2030 is CEST (+02:00).
    await signUpAndOnboard(page, account);
    const headers = { origin: server.origin };
    const create = async (data: Record<string, unknown>) => {
      const response = await page.request.post('/api/tasks', { headers, data });
      expect(response.status()).toBe(201);
      return ((await response.json()) as { task: { id: string } }).task.id;
    };
    const report = await create({ title: 'Write report', priority: 'high', due_date: '2030-06-10', duration_minutes: 60, position: 1 });
    const bank = await create({ title: 'Call the bank', duration_minutes: 30, position: 2 });
    const desk = await create({ title: 'Tidy desk', duration_minutes: 45, position: 3 });
    const userId = ((await (await page.request.get('/api/me')).json()) as { user: { id: string } }).user.id;
    // A meeting 10:00–11:00 in Paris on a synced calendar.
    const { sql } = server.database.db;
    await sql`
      with connection as (
        insert into public.google_connections (user_id, google_subject, tokens_sealed, token_key_id)
        values (${userId}, 'subject', 'sealed', 'k1') returning id
      ), calendar as (
        insert into public.calendars (user_id, connection_id, google_calendar_id, sync_mode)
        select ${userId}, id, 'primary', 'show' from connection returning id
      )
      insert into public.calendar_events (user_id, calendar_id, google_event_id, title, all_day, start_at, end_at)
      select ${userId}, id, ${randomUUID()}, 'Team meeting', false, '2030-06-10T08:00:00Z', '2030-06-10T09:00:00Z' from calendar`;

    await page.goto('/plan?range=day&date=2030-06-10');
    await page.getByRole('heading', { name: 'Plan my day' }).waitFor();
    const blocks = page.getByTestId('plan-block');
    await expect(blocks.allTextContents()).resolves.toHaveLength(3);
    // The high-priority report waits for the meeting to end (plus the 10-minute buffer); the others follow in order.
    await expect(page.getByLabel('Start of Write report').inputValue()).resolves.toBe('11:10');
    await expect(page.getByLabel('Start of Call the bank').inputValue()).resolves.toBe('09:00');
    await expect(page.getByLabel('Start of Tidy desk').inputValue()).resolves.toBe('12:20');
    expect(await blocks.filter({ hasText: 'Write report' }).textContent()).toContain('high priority, due Mon 10 Jun 2030');

    await page.getByLabel('Remove Tidy desk').check();
    await page.getByLabel('Start of Call the bank').fill('15:00');
    await screenshot(page, 'plan-day');
    await page.getByRole('button', { name: 'Accept plan' }).click();
    await page.getByText('Plan accepted: 2 tasks scheduled.').waitFor();

    const rows = await sql<{ id: string; start_at: Date | null; duration_minutes: number | null }[]>`
      select id, start_at, duration_minutes from public.tasks where user_id = ${userId} order by position`;
    expect(rows.map((row) => [row.id, row.start_at?.toISOString() ?? null, row.duration_minutes])).toEqual([
      [report, '2030-06-10T09:10:00.000Z', 60],
      [bank, '2030-06-10T13:00:00.000Z', 30],
      [desk, null, 45],
    ]);
    // The accepted tasks are no longer proposed; the removed one is, in the time that is left.
    await blocks.filter({ hasText: 'Write report' }).waitFor({ state: 'detached' });
    await expect(blocks.allTextContents()).resolves.toHaveLength(1);
    expect(await blocks.first().textContent()).toContain('Tidy desk');
    expect(problems).toEqual([]);
  });
});
