import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../tests/web-server.ts';
import { type Account, launchBrowser, newContext, screenshot, signUpAndOnboard, visit } from './browser.ts';

let server: WebServer;
let browser: Browser;
const account: Account = { email: 'suggestions@example.test', password: 'correct horse battery staple', name: 'Ada' };

beforeAll(async () => {
  // No AI key: the offline parser drafts, and marks sentences it doubts as suggestions.
  [server, browser] = await Promise.all([startWebServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('suggestions on the brain dump page', { timeout: 120_000 }, () => {
  it('shows doubtful sentences rejected, keeps one with a click, and applies only what was accepted', async () => {
    const { context, problems } = await newContext(browser, server.origin);
    const page = await context.newPage();
    await signUpAndOnboard(page, account);
    await visit(page, '/brain-dump');
    await page
      .getByLabel("What's on your mind?")
      .fill('Write the launch post. Launch target Dec 15. If the waitlist gets 200 signups by Dec 31 we open the beta.');
    await page.getByRole('button', { name: 'Draft' }).click();

    // Three proposals, one of them accepted: the two statements wait to be kept.
    await page.getByRole('button', { name: 'Apply 1 change' }).waitFor();
    const changes = page.getByRole('list', { name: 'Proposed changes' }).getByRole('listitem');
    expect(await changes.count()).toBe(3);
    const suggested = changes.filter({ hasText: 'Suggestion' });
    expect(await suggested.count()).toBe(2);
    await page.getByText('2 suggestions (sentences Ordo is unsure are tasks) are left out unless you keep them.').waitFor();
    expect(await page.getByRole('button', { name: 'Reject “Write the launch post”' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Keep “If the waitlist gets 200 signups we open the beta”' }).waitFor();

    await page.getByRole('button', { name: 'Keep “Launch target”' }).click();
    await page.getByRole('button', { name: 'Apply 2 changes' }).waitFor();
    await page.getByText('One suggestion (sentences Ordo is unsure are tasks) is left out unless you keep it.').waitFor();
    // A kept suggestion can be rejected again like any other change.
    await page.getByRole('button', { name: 'Reject “Launch target”' }).waitFor();
    await screenshot(page, 'brain-dump-suggestions');
    await page.getByRole('button', { name: 'Apply 2 changes' }).click();
    await page.getByRole('button', { name: 'Undo' }).first().waitFor();

    await page.goto('/tasks');
    const tasks = page.getByRole('list', { name: 'Tasks' });
    await tasks.getByRole('listitem').filter({ hasText: 'Write the launch post' }).waitFor();
    await tasks.getByRole('listitem').filter({ hasText: 'Launch target' }).waitFor();
    expect(await tasks.getByRole('listitem').filter({ hasText: 'waitlist' }).count()).toBe(0);
    expect(await tasks.getByRole('listitem').count()).toBe(2);

    // A draft reviewed again from the history starts with its suggestions rejected too.
    await visit(page, '/brain-dump');
    await page.getByLabel("What's on your mind?").fill('Nothing urgent. The deadline is in two weeks. Call the printer company.');
    await page.getByRole('button', { name: 'Draft' }).click();
    await page.getByRole('button', { name: 'Apply 1 change' }).waitFor();
    await page.reload();
    const history = page.getByRole('list', { name: 'Earlier dumps' });
    await history.getByRole('listitem').filter({ hasText: 'Drafted' }).getByRole('button', { name: 'Review' }).click();
    await page.getByRole('button', { name: 'Apply 1 change' }).waitFor();
    await page.getByRole('button', { name: 'Keep “The deadline”' }).waitFor();
    expect(await page.getByRole('list', { name: 'Proposed changes' }).getByRole('listitem').count()).toBe(2);
    expect(problems).toEqual([]);
    await context.close();
  });
});
