import { addDays, calendarDay, localDateTimeAt } from '@ordo/shared-types';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../tests/web-server.ts';
import { type Account, launchBrowser, newContext, screenshot, signUpAndOnboard, visit } from './browser.ts';

let server: WebServer;
let browser: Browser;
const account: Account = { email: 'quick-add@example.test', password: 'correct horse battery staple', name: 'Quinn' };
// signUpAndOnboard picks this zone.
const ZONE = 'Europe/Paris';

beforeAll(async () => {
  [server, browser] = await Promise.all([startWebServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

interface ApiTask {
  title: string;
  project_id: string | null;
  priority: string | null;
  due_date: string | null;
  start_at: string | null;
  duration_minutes: number | null;
  deadline: string | null;
  labels: string[];
  recurrence: { rrule: string; from_completion: boolean } | null;
}

describe('quick add in a browser', { timeout: 120_000 }, () => {
  it('reads the text into chips while typing, keeps an undone chip as text, creates the new project, and adds the task', async () => {
    const { context, problems } = await newContext(browser, server.origin);
    const page = await context.newPage();
    await signUpAndOnboard(page, account);
    await visit(page, '/tasks');
    await page.locator('.live-live').waitFor();

    await page.locator('body').press('q');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('quick-add');
    await page.keyboard.type('Call mum tomorrow 6pm for 30m p1 #Family @phone every sunday deadline dec 24 2030');

    const chips = page.getByRole('list', { name: 'Recognised in the task' }).getByRole('listitem');
    await expect.poll(() => chips.evaluateAll((items) => items.map((item) => item.getAttribute('data-kind')))).toEqual([
      'date',
      'duration',
      'priority',
      'project',
      'label',
      'recurrence',
      'deadline',
    ]);
    expect(await chips.allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('18:00'), expect.stringContaining('30 min'), expect.stringContaining('High priority')]),
    );
    expect(await chips.filter({ hasText: '#Family (new)' }).count()).toBe(1);
    expect(await chips.filter({ hasText: 'Every week on Sun' }).count()).toBe(1);
    await screenshot(page, 'quick-add-chips');

    // "for 30m" undone: it becomes text, and the chip goes.
    await page.getByRole('button', { name: 'Keep “for 30m” as text' }).click();
    await expect.poll(() => chips.count()).toBe(6);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('quick-add');

    await page.getByLabel('Create project “Family”').check();
    await page.locator('#quick-add').press('Enter');
    await page.getByText('Added “Call mum for 30m”').waitFor();
    await page.getByRole('link', { name: 'Call mum for 30m' }).waitFor();
    expect(await page.locator('#quick-add').inputValue()).toBe('');

    const tasks = ((await (await page.request.get('/api/tasks')).json()) as { tasks: ApiTask[] }).tasks;
    const projects = ((await (await page.request.get('/api/projects')).json()) as { projects: { id: string; name: string }[] }).projects;
    const family = projects.find((project) => project.name === 'Family');
    const tomorrow = addDays(calendarDay(new Date(), ZONE), 1);
    expect(tasks).toHaveLength(1);
    const [task] = tasks;
    expect(task).toMatchObject({
      title: 'Call mum for 30m',
      project_id: family?.id,
      priority: 'high',
      due_date: tomorrow,
      duration_minutes: null,
      deadline: '2030-12-24',
      labels: ['phone'],
      recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=SU', from_completion: false },
    });
    expect(localDateTimeAt(new Date(task?.start_at ?? 0), ZONE)).toBe(`${tomorrow}T18:00`);

    // Elsewhere in the app, q opens quick add in a dialog; "May" stays a name.
    await visit(page, '/calendar');
    await page.locator('.live-live').waitFor();
    await page.locator('body').press('q');
    await page.getByRole('dialog', { name: 'Add a task' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('quick-add-dialog');
    await page.keyboard.type('call May #family');
    await expect.poll(() => page.getByRole('dialog').getByRole('listitem').allTextContents()).toEqual([expect.stringContaining('#Family')]);
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Add a task' }).waitFor({ state: 'hidden' });
    const after = ((await (await page.request.get('/api/tasks')).json()) as { tasks: ApiTask[] }).tasks;
    expect(after.map((row) => [row.title, row.project_id, row.due_date])).toContainEqual(['call May', family?.id, null]);

    await context.close();
    expect(problems).toEqual([]);
  });
});
