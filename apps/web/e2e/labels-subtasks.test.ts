import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../tests/web-server.ts';
import { type Account, launchBrowser, newContext, screenshot, signUpAndOnboard, visit } from './browser.ts';

let server: WebServer;
let browser: Browser;
const account: Account = { email: 'labels-subtasks@example.test', password: 'correct horse battery staple', name: 'Lia' };

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
  labels: string[];
  progress: { done: number; total: number } | null;
}

describe('labels and subtasks in a browser', { timeout: 120_000 }, () => {
  it('adds a label, filters by it, adds and reorders two subtasks, completes one (1/2), then completes the parent after being asked', async () => {
    const { context, problems } = await newContext(browser, server.origin);
    const page = await context.newPage();
    await signUpAndOnboard(page, account);
    const post = (title: string) => page.request.post('/api/tasks', { headers: { origin: server.origin }, data: { title } });
    const created = await post('Plan the trip');
    expect(created.status()).toBe(201);
    const parentId = ((await created.json()) as { task: ApiTask }).task.id;
    expect((await post('Water the plants')).status()).toBe(201);

    await visit(page, `/tasks/${parentId}`);
    await page.locator('.live-live').waitFor();
    await page.getByLabel('Label', { exact: true }).fill('Travel');
    await page.getByLabel('Colour').selectOption('teal');
    await page.getByRole('button', { name: 'Add label' }).click();
    await page.getByRole('list', { name: 'Labels on this task' }).getByText('Travel').waitFor();

    for (const title of ['Book the train', 'Book the hotel']) {
      await page.getByLabel('New subtask').fill(title);
      await page.getByRole('button', { name: 'Add subtask' }).click();
      await page.getByRole('list', { name: 'Subtasks' }).getByRole('link', { name: title }).waitFor();
    }
    // Reordered under the parent: the hotel first.
    await page.getByRole('button', { name: 'Move “Book the hotel” up' }).click();
    const subtaskLinks = page.getByRole('list', { name: 'Subtasks' }).getByRole('link');
    await expect.poll(() => subtaskLinks.allTextContents()).toEqual(['Book the hotel', 'Book the train']);
    const ordered = await page.request.get(`/api/tasks?parent_id=${parentId}`);
    expect(((await ordered.json()) as { tasks: ApiTask[] }).tasks.map((task) => task.title)).toEqual(['Book the hotel', 'Book the train']);

    await page.getByRole('button', { name: 'Complete “Book the train”' }).click();
    await page.getByText('1/2 done').waitFor();
    await screenshot(page, 'labels-subtasks-task-page');

    // The list shows top-level tasks: the parent with its progress and label, not its subtasks.
    await page.goto('/tasks');
    await page.locator('.live-live').waitFor();
    const parentRow = page.locator(`[data-sortable-item="${parentId}"]`);
    await parentRow.getByText('1/2').waitFor();
    await expect(parentRow.getByText('Travel').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: 'Book the hotel' }).count()).resolves.toBe(0);

    await page.getByLabel('Label', { exact: true }).selectOption('Travel');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/label=Travel/);
    await parentRow.waitFor();
    await expect(page.getByRole('link', { name: 'Water the plants' }).count()).resolves.toBe(0);

    // Completing the parent asks about the open subtask first; nothing is done until answered.
    await parentRow.getByRole('button', { name: 'Complete “Plan the trip”' }).click();
    const question = parentRow.getByRole('group').filter({ hasText: 'open subtask' });
    await question.getByText('“Book the hotel”').waitFor();
    await screenshot(page, 'labels-subtasks-complete-parent-question');
    const asked = await page.request.get(`/api/tasks/${parentId}`);
    expect(((await asked.json()) as { task: ApiTask }).task.status).toBe('todo');
    await question.getByRole('button', { name: 'Complete all' }).click();
    await question.waitFor({ state: 'detached' });

    const children = await page.request.get(`/api/tasks?parent_id=${parentId}&status=done`);
    expect(((await children.json()) as { tasks: ApiTask[] }).tasks.map((task) => task.title).sort()).toEqual(['Book the hotel', 'Book the train']);
    const parent = await page.request.get(`/api/tasks/${parentId}`);
    expect(((await parent.json()) as { task: ApiTask }).task).toMatchObject({ status: 'done', labels: ['Travel'], progress: { done: 2, total: 2 } });
    expect(problems).toEqual([]);
  });
});
