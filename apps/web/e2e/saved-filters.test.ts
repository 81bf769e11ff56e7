import { calendarDay } from '@ordo/shared-types';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../tests/web-server.ts';
import { type Account, launchBrowser, newContext, screenshot, signUpAndOnboard, visit } from './browser.ts';

let server: WebServer;
let browser: Browser;
const account: Account = { email: 'saved-filters@example.test', password: 'correct horse battery staple', name: 'Fil' };

beforeAll(async () => {
  [server, browser] = await Promise.all([startWebServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('filters and search in a browser', { timeout: 120_000 }, () => {
  it('shows a bad filter live, saves a good one, opens it from the sidebar, and searches with /', async () => {
    const { context, problems } = await newContext(browser, server.origin);
    const page = await context.newPage();
    await signUpAndOnboard(page, account);
    const today = calendarDay(new Date(), 'Europe/Paris');
    const post = async (task: Record<string, unknown>) => {
      const created = await page.request.post('/api/tasks', { headers: { origin: server.origin }, data: task });
      expect(created.status()).toBe(201);
    };
    await post({ title: 'Fix the kitchen sink', priority: 'high', due_date: today });
    await post({ title: 'Buy paint', priority: 'low', due_date: today });
    await post({ title: 'Water the plants', priority: 'high' });
    await post({ title: 'Kitchen shelves', notes: 'measure the wall', status: 'done' });

    await visit(page, '/filters');
    await page.locator('.live-live').waitFor();
    const filterField = page.getByLabel('Filter', { exact: true });
    await filterField.fill('p1 & deadline before');
    const liveError = page.getByTestId('filter-error');
    await expect.poll(() => liveError.textContent()).toBe("Expected a date after 'deadline before' at 20");
    await expect(filterField.getAttribute('aria-invalid')).resolves.toBe('true');
    await screenshot(page, 'saved-filters-live-error');
    // Typing '/' in a field types it; it does not jump to the search.
    await filterField.fill('');
    await filterField.pressSequentially('today & p1 /');
    await expect(filterField.inputValue()).resolves.toBe('today & p1 /');
    await expect.poll(() => liveError.textContent()).toBe("Expected '&' or '|' before '/' at 11");
    await filterField.fill('today & p1');
    await liveError.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Show tasks' }).click();
    const preview = page.getByRole('list', { name: 'Matching tasks' });
    await expect.poll(() => preview.getByRole('link').allTextContents()).toEqual(['Fix the kitchen sink']);
    await page.getByLabel('Name').fill('Urgent today');
    await page.getByRole('button', { name: 'Save filter' }).click();
    await page.waitForURL(/\/filters\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: 'Urgent today' }).waitFor();

    // From any page, the sidebar lists it and opens its view.
    await page.goto('/dashboard');
    await page.locator('.live-live').waitFor();
    await page.getByRole('navigation', { name: 'Saved filters' }).getByRole('link', { name: 'Urgent today' }).click();
    await page.waitForURL(/\/filters\/[0-9a-f-]{36}$/);
    const matching = page.getByRole('list', { name: 'Matching tasks' });
    await expect.poll(() => matching.getByRole('link').allTextContents()).toEqual(['Fix the kitchen sink']);
    await expect(page.getByTestId('filter-query').textContent()).resolves.toBe('today & p1');
    await screenshot(page, 'saved-filters-view');

    // '/' focuses the search from anywhere; results come as you type, done tasks among them.
    await page.locator('.live-live').waitFor();
    await page.locator('h1').click();
    await page.keyboard.press('/');
    const search = page.getByRole('combobox', { name: 'Search tasks' });
    await expect.poll(() => search.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type('kitch');
    const results = page.getByRole('listbox', { name: 'Matching tasks' });
    // Both have the word once in the title: an equal rank, in id order.
    await expect.poll(async () => (await results.locator('a').allTextContents()).toSorted()).toEqual(['Fix the kitchen sink', 'Kitchen shelves']);
    await page.keyboard.type('en sh');
    await expect.poll(() => results.locator('a').allTextContents()).toEqual(['Kitchen shelves']);
    await screenshot(page, 'saved-filters-search');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/tasks\/[0-9a-f-]{36}$/);
    await expect(page.getByLabel('Title').inputValue()).resolves.toBe('Kitchen shelves');
    expect(problems).toEqual([]);
  });
});
