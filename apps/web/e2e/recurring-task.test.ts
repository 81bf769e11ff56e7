import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../tests/web-server.ts';
import { type Account, launchBrowser, newContext, screenshot, signUpAndOnboard, visit } from './browser.ts';

let server: WebServer;
let browser: Browser;
const account: Account = { email: 'recurring@example.test', password: 'correct horse battery staple', name: 'Rae' };

beforeAll(async () => {
  [server, browser] = await Promise.all([startWebServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

interface ApiTask {
  id: string;
  title: string;
  status: string;
  due_date: string | null;
  deadline: string | null;
  recurrence: { rrule: string; from_completion: boolean } | null;
}

describe('a repeating task in a browser', { timeout: 120_000 }, () => {
  it('is made weekly on the task page, completed from the list, and the next occurrence shows with the right date', async () => {
    const { context, problems } = await newContext(browser, server.origin);
    const page = await context.newPage();
    await signUpAndOnboard(page, account);
    // Monday 10 June 2030.
    const created = await page.request.post('/api/tasks', {
      headers: { origin: server.origin },
      data: { title: 'Plan the week', due_date: '2030-06-10' },
    });
    expect(created.status()).toBe(201);
    const taskId = ((await created.json()) as { task: ApiTask }).task.id;

    await visit(page, `/tasks/${taskId}`);
    await page.locator('.live-live').waitFor();
    await page.getByLabel('Repeats').selectOption({ label: 'Weekly on Monday' });
    await page.getByLabel('Deadline').fill('2030-06-12');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Every week on Mon').first().waitFor();
    await page.getByText('Deadline 2030-06-12').waitFor();

    await page.goto('/tasks');
    await page.locator('.live-live').waitFor();
    const row = page.getByRole('listitem').filter({ hasText: 'Plan the week' });
    await expect(row.getByText('Every week on Mon').isVisible()).resolves.toBe(true);
    await row.getByRole('button', { name: 'Complete “Plan the week”' }).click();
    await page.getByText('Next: 2030-06-17').waitFor();

    const listed = await page.request.get('/api/tasks?status=todo');
    const open = ((await listed.json()) as { tasks: ApiTask[] }).tasks.filter((task) => task.title === 'Plan the week');
    expect(open.map((task) => [task.due_date, task.deadline, task.recurrence?.rrule])).toEqual([['2030-06-17', '2030-06-19', 'FREQ=WEEKLY;BYDAY=MO']]);
    // The new occurrence appears in the list as an open, repeating row.
    const next = page.locator(`[data-sortable-item="${open[0]?.id}"]`);
    await next.waitFor();
    await expect(next.getByText('Every week on Mon').isVisible()).resolves.toBe(true);
    await expect(next.getByText('by 2030-06-19').isVisible()).resolves.toBe(true);
    await screenshot(page, 'recurring-task-next-occurrence');
    expect(problems).toEqual([]);
  });
});
