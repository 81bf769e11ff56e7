import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayLabel } from '../src/lib/dates/date-label.ts';
import { startWebServer, type WebServer } from '../tests/web-server.ts';
import { type Account, launchBrowser, newContext, screenshot, signUpAndOnboard, visit } from './browser.ts';

let server: WebServer;
let browser: Browser;
const account: Account = { email: 'dump@example.test', password: 'correct horse battery staple', name: 'Sam' };

/** The day `days` after today in Europe/Paris (the account's zone), YYYY-MM-DD. */
function parisDay(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

beforeAll(async () => {
  // No AI key: the offline parser drafts, streaming each operation in its own event.
  [server, browser] = await Promise.all([startWebServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the brain dump page in a browser', { timeout: 120_000 }, () => {
  it('drafts live, rejects one change, edits a date, applies, shows the tasks on the dashboard, undoes, and shows a drafted time on card and row', async () => {
    const { context, problems } = await newContext(browser, server.origin);
    const page = await context.newPage();
    await signUpAndOnboard(page, account);
    await page.getByRole('link', { name: 'Brain dump', exact: true }).click();
    await page.waitForURL('**/brain-dump');

    // Count the operation cards as they are added, to see that they arrive one at a time.
    await page.evaluate(() => {
      const counts: number[] = [];
      (window as unknown as { cardCounts: number[] }).cardCounts = counts;
      new MutationObserver(() => {
        const count = document.querySelectorAll('ol[aria-label="Proposed changes"] > li').length;
        if (count > 0 && count !== counts.at(-1)) counts.push(count);
      }).observe(document.body, { childList: true, subtree: true });
    });
    await page
      .getByLabel("What's on your mind?")
      .fill('Project: Garden\n- water the roses tomorrow\n- weed the veg patch tomorrow\n- buy compost tomorrow');
    await page.getByRole('button', { name: 'Draft' }).click();
    const changes = page.getByRole('list', { name: 'Proposed changes' }).getByRole('listitem');
    await page.getByRole('button', { name: 'Apply 4 changes' }).waitFor();
    expect(await changes.count()).toBe(4);
    expect(await page.evaluate(() => (window as unknown as { cardCounts: number[] }).cardCounts)).toEqual([1, 2, 3, 4]);

    await page.getByRole('button', { name: 'Reject “Weed the veg patch”' }).click();
    await page.getByRole('button', { name: 'Apply 3 changes' }).waitFor();
    await page.getByRole('button', { name: 'Edit “Buy compost”' }).click();
    const editForm = page.getByRole('form', { name: 'Edit “Buy compost”' });
    const inTwoDays = parisDay(2);
    await editForm.getByLabel('Due date').fill(inTwoDays);
    await editForm.getByLabel('Priority').selectOption('high');
    await editForm.getByRole('button', { name: 'Save' }).click();
    // Dates read as on the dashboard ("Wed"), not as ISO text.
    await page.getByText(`Garden · ${dayLabel(inTwoDays, parisDay(0)).text} · high`).waitFor();
    // Opened again, the form shows the edited change as it now stands.
    await page.getByRole('button', { name: 'Edit “Buy compost”' }).click();
    expect(await editForm.getByLabel('Priority').inputValue()).toBe('high');
    expect(await editForm.getByLabel('Due date').inputValue()).toBe(inTwoDays);
    await editForm.getByRole('button', { name: 'Cancel' }).click();
    await screenshot(page, 'brain-dump-review');

    await page.getByRole('button', { name: 'Apply 3 changes' }).click();
    await page.getByRole('button', { name: 'Undo' }).first().waitFor();

    await page.goto('/dashboard');
    const upcoming = page.getByRole('list', { name: 'Due in the next 7 days' });
    await upcoming.getByRole('link', { name: 'Water the roses' }).waitFor();
    await upcoming.getByRole('link', { name: 'Buy compost' }).waitFor();
    expect(await page.getByRole('link', { name: 'Weed the veg patch' }).count()).toBe(0);

    await page.goto('/brain-dump');
    const history = page.getByRole('list', { name: 'Earlier dumps' });
    await history.getByText('Applied').waitFor();
    await history.getByRole('button', { name: 'Undo' }).click();
    await history.getByText('Undone').waitFor();
    await page.goto('/dashboard');
    await page.getByRole('heading', { name: 'Hello, Sam' }).waitFor();
    expect(await page.getByRole('link', { name: 'Water the roses' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Buy compost' }).count()).toBe(0);

    // A drafted time shows on the proposal card and, once applied, on the task's row.
    await visit(page, '/brain-dump');
    await page.getByLabel("What's on your mind?").fill('Dentist next Tuesday at 3pm');
    await page.getByRole('button', { name: 'Draft' }).click();
    await page.getByRole('button', { name: 'Apply 1 change' }).waitFor();
    const card = page.getByRole('list', { name: 'Proposed changes' }).getByRole('listitem');
    expect(await card.locator('.details').textContent()).toMatch(/^\s*Inbox · (Tomorrow|Tue|Tue \w{3} \d{1,2}) at 3:00 PM\s*$/);
    await page.getByRole('button', { name: 'Apply 1 change' }).click();
    await page.getByRole('button', { name: 'Undo' }).first().waitFor();
    await page.goto('/tasks');
    const row = page.getByRole('list', { name: 'Tasks' }).getByRole('listitem').filter({ hasText: 'Dentist' });
    expect(await row.locator('.chip', { hasText: 'Due:' }).textContent()).toMatch(/at 3:00 PM$/);
    expect(problems).toEqual([]);
    await context.close();
  });
});
