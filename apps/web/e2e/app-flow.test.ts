import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../tests/web-server.ts';
import { type Account, launchBrowser, newContext, screenshot, signIn, signUpAndOnboard, untilHydrated, visit } from './browser.ts';

let server: WebServer;
let browser: Browser;
const account: Account = { email: 'flow@example.test', password: 'correct horse battery staple', name: 'Robin' };

beforeAll(async () => {
  [server, browser] = await Promise.all([startWebServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the signed-in app in a browser', { timeout: 120_000 }, () => {
  it('signs up, onboards, creates a project, quick-adds three tasks, completes one live in a second tab, and signs out', async () => {
    const { context, problems } = await newContext(browser, server.origin);
    const page = await context.newPage();
    await signUpAndOnboard(page, account);
    await expect(page.getByRole('heading', { name: 'Hello, Robin' }).isVisible()).resolves.toBe(true);

    await page.getByRole('link', { name: 'Projects', exact: true }).click();
    await page.getByLabel('Name').fill('Garden');
    await page.getByRole('button', { name: 'Create project' }).click();
    await page.getByRole('link', { name: 'Garden' }).click();
    await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
    const projectUrl = page.url();

    // The documented shortcut focuses quick add.
    await page.locator('body').press('q');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('quick-add');
    const titles = ['Prune the roses', 'Order seeds', 'Fix the fence'];
    for (const title of titles) {
      await page.locator('#quick-add').fill(title);
      await page.locator('#quick-add').press('Enter');
      await page.getByRole('link', { name: title }).waitFor();
    }
    const openTasks = page.getByRole('list', { name: 'Open tasks' });
    expect(await openTasks.getByRole('link').allTextContents()).toEqual(titles);

    // A second tab of the same user, signed in separately, is live on the same project.
    const second = await newContext(browser, server.origin);
    const other = await second.context.newPage();
    await signIn(other, account);
    await other.goto(projectUrl);
    await other.locator('.live-live').waitFor();
    await other.evaluate(() => {
      (window as unknown as { notReloaded: boolean }).notReloaded = true;
    });

    await page.getByRole('button', { name: 'Complete “Order seeds”' }).click();
    await page.getByRole('button', { name: 'Mark “Order seeds” as not done' }).waitFor({ state: 'attached' });

    // The other tab shows the completion without a reload.
    await other.getByRole('list', { name: 'Done tasks' }).getByRole('link', { name: 'Order seeds' }).waitFor({ state: 'attached', timeout: 5_000 });
    expect(await other.getByRole('list', { name: 'Open tasks' }).getByRole('link').allTextContents()).toEqual(['Prune the roses', 'Fix the fence']);
    expect(await other.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);

    await screenshot(page, 'project-light');
    await page.goto('/dashboard');
    await screenshot(page, 'dashboard-light');
    await page.goto('/projects');
    await screenshot(page, 'projects-light');
    await page.goto('/tasks');
    await screenshot(page, 'tasks-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'tasks-dark');
    // The theme picker overrides the OS setting, at once and on later pages.
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await background()).toBe('rgb(19, 20, 25)');
    const remembered = page.waitForResponse((response) => new URL(response.url()).pathname === '/theme');
    await page.getByLabel('Theme').selectOption('light');
    expect(await background()).toBe('rgb(246, 247, 251)');
    await remembered;
    await page.reload();
    await untilHydrated(page);
    expect(await background()).toBe('rgb(246, 247, 251)');
    await page.getByLabel('Theme').selectOption('system');
    expect(await background()).toBe('rgb(19, 20, 25)');
    await page.goto('/dashboard');
    await screenshot(page, 'dashboard-dark');
    await page.goto(projectUrl);
    await screenshot(page, 'project-dark');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/dashboard');
    await screenshot(page, 'dashboard-phone-dark');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/login');
    await page.goto('/dashboard');
    expect(new URL(page.url()).pathname).toBe('/login');

    await second.context.close();
    await context.close();
    expect([...problems, ...second.problems]).toEqual([]);
  });

  it('shows a task titled with HTML as text, and strips handlers from its notes', async () => {
    const { context, problems } = await newContext(browser, server.origin);
    const page = await context.newPage();
    await signIn(page, account);
    // Signed in, the home page leads to the dashboard.
    await visit(page, '/');
    expect(new URL(page.url()).pathname).toBe('/dashboard');
    const payload = '<img src=x onerror=alert(1)>';
    await page.locator('#quick-add').fill(payload);
    await page.locator('#quick-add').press('Enter');
    const link = page.getByRole('link', { name: payload });
    await link.first().waitFor();
    expect(await page.locator('main img').count()).toBe(0);

    await link.first().click();
    await page.waitForURL(/\/tasks\/[0-9a-f-]{36}$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(payload);
    await page.getByRole('textbox', { name: 'Notes' }).fill(`**Bold** note\n\n${payload} <a href="javascript:alert(2)" onclick="alert(3)">link</a>`);
    await page.getByRole('button', { name: 'Save' }).click();
    const notes = page.locator('.prose');
    await notes.locator('strong').waitFor();
    const html = await notes.innerHTML();
    expect(html).toContain('<strong>Bold</strong>');
    expect(html).not.toMatch(/<img|onerror|onclick|javascript:/i);
    await screenshot(page, 'task-light');

    // Bulk complete with JavaScript: ticking rows counts them, and the selection clears after.
    await visit(page, '/tasks');
    await page.getByLabel('Select “Prune the roses”').check();
    await page.getByLabel(`Select “${payload}”`).check();
    await page.getByText('2 selected').waitFor();
    await page.getByRole('button', { name: 'Complete', exact: true }).click();
    await page.getByRole('status').getByText('Completed 2 tasks').waitFor();
    await page.getByText('0 selected').waitFor();
    expect(await page.getByRole('list', { name: 'Tasks' }).getByRole('link').allTextContents()).toEqual(['Fix the fence']);

    // "?" lists the shortcuts.
    await page.locator('body').press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();

    await context.close();
    expect(problems).toEqual([]);
  });

  it('works without JavaScript: quick add with a field error, completing, bulk actions, reordering and delete with undo', async () => {
    const { context, problems } = await newContext(browser, server.origin, { javaScriptEnabled: false });
    const page = await context.newPage();
    await signIn(page, account);
    await page.goto('/tasks');

    // Spaces pass the browser's `required` but not the server, which answers next to the field.
    await page.locator('#quick-add').fill('   ');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    const error = page.locator('#quick-add-error');
    await error.waitFor();
    expect(await page.locator('#quick-add').getAttribute('aria-invalid')).toBe('true');

    await page.locator('#quick-add').fill('Written without scripts');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('link', { name: 'Written without scripts' }).waitFor();
    expect(await page.getByRole('status').textContent()).toContain('Added “Written without scripts”');

    await page.getByRole('button', { name: 'Complete “Written without scripts”' }).click();
    await page.waitForLoadState();
    await page.goto('/tasks?status=done');
    await page.getByRole('button', { name: 'Mark “Written without scripts” as not done' }).waitFor();

    // Bulk: reopen the done tasks ticked with plain checkboxes.
    await page.getByLabel('Select “Written without scripts”').check();
    await page.getByLabel('Select “Order seeds”').check();
    await page.getByRole('button', { name: 'Reopen' }).click();
    await page.waitForLoadState();
    expect(await page.getByRole('status').textContent()).toContain('Reopened 2 tasks');

    // Reorder with plain buttons: a project, then a task within its project.
    await page.goto('/projects');
    await page.getByLabel('Name').fill('Kitchen');
    await page.getByRole('button', { name: 'Create project' }).click();
    await page.waitForLoadState();
    expect(await page.locator('ol.projects .name').allTextContents()).toEqual(['Garden', 'Kitchen']);
    await page.getByRole('button', { name: 'Move “Kitchen” up' }).click();
    await page.waitForLoadState();
    expect(await page.locator('ol.projects .name').allTextContents()).toEqual(['Kitchen', 'Garden']);
    // Delete a project with its undo offered in the status region.
    await page.getByRole('button', { name: 'Delete “Kitchen”' }).click();
    await page.waitForLoadState();
    expect(await page.getByRole('status').textContent()).toContain('Deleted “Kitchen” and its tasks');
    expect(await page.locator('ol.projects .name').allTextContents()).toEqual(['Garden']);
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.waitForLoadState();
    expect(await page.locator('ol.projects .name').allTextContents()).toEqual(['Kitchen', 'Garden']);

    await page.getByRole('link', { name: 'Garden' }).click();
    const open = page.getByRole('list', { name: 'Open tasks' }).locator('a');
    expect(await open.allTextContents()).toEqual(['Order seeds', 'Fix the fence']);
    await page.getByRole('button', { name: 'Move “Fix the fence” up' }).click();
    await page.waitForLoadState();
    expect(await open.allTextContents()).toEqual(['Fix the fence', 'Order seeds']);

    // Delete from the task's page, then undo from the list it lands on.
    await page.goto('/tasks?q=without+scripts');
    await page.getByRole('link', { name: 'Written without scripts' }).click();
    await page.getByRole('button', { name: 'Delete' }).click();
    await page.waitForURL(/\/tasks\?deleted=/);
    expect(await page.getByRole('link', { name: 'Written without scripts' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.waitForLoadState();
    await page.goto('/tasks?q=without+scripts');
    await page.getByRole('link', { name: 'Written without scripts' }).waitFor();

    await context.close();
    expect(problems).toEqual([]);
  });
});
