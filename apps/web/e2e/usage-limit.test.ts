import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../tests/web-server.ts';
import { type Account, launchBrowser, newContext, screenshot, signUpAndOnboard, visit } from './browser.ts';

let server: WebServer;
let browser: Browser;
const account: Account = { email: 'limits@example.test', password: 'correct horse battery staple', name: 'Robin' };

beforeAll(async () => {
  // Billing on; no AI key, so the offline parser drafts and only the daily brain dump limit applies.
  [server, browser] = await Promise.all([
    startWebServer({ ENABLE_STRIPE: 'true', STRIPE_SECRET_KEY: 'sk_test_limits', STRIPE_WEBHOOK_SECRET: 'whsec_limits', STRIPE_PRICE_PRO_MONTHLY: 'price_limits_month', STRIPE_PRICE_PRO_YEARLY: 'price_limits_year' }),
    launchBrowser(),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('a plan limit in the browser', { timeout: 120_000 }, () => {
  it('shows the upgrade prompt with the reset time when a brain dump on Free is over the day’s limit', async () => {
    const { context, problems } = await newContext(browser, server.origin);
    const page = await context.newPage();
    await signUpAndOnboard(page, account);

    // The trial is over, and today's three free brain dumps are used.
    const db = server.database.db;
    const [user] = await db.sql<{ id: string }[]>`select id from users where email = ${account.email}`;
    await db.sql`update billing_accounts set trial_ends_at = now() - interval '1 day' where user_id = ${user?.id ?? ''}`;
    await db.sql`
      insert into usage_counters (user_id, metric, period_start, used)
      values (${user?.id ?? ''}, 'brain_dumps', date_trunc('day', now() at time zone 'UTC') at time zone 'UTC', 3)`;

    await visit(page, '/brain-dump');
    await page.getByLabel("What's on your mind?").fill('Call the plumber tomorrow');
    await page.getByRole('button', { name: 'Draft' }).click();

    const prompt = page.getByTestId('upgrade-prompt');
    await prompt.waitFor();
    expect(await prompt.getByRole('heading').textContent()).toBe("You've used today's brain dumps");
    expect(await prompt.textContent()).toContain("You've used 3 of 3 brain dumps today on Free; more at 00:00 UTC, or upgrade to Pro");
    const now = new Date();
    const midnight = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1)).toISOString();
    const resetsAt = prompt.getByTestId('upgrade-resets-at');
    expect(await resetsAt.getAttribute('datetime')).toBe(midnight);
    expect(await resetsAt.textContent()).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4} at 00:00 UTC$/);
    expect(await prompt.getByRole('link', { name: 'Upgrade to Pro' }).getAttribute('href')).toBe('/settings/billing');
    // The page stays: what was typed is still there, and no error page replaced it.
    expect(await page.getByLabel("What's on your mind?").inputValue()).toBe('Call the plumber tomorrow');
    expect(await page.getByRole('heading', { name: 'Brain dump', level: 1 }).isVisible()).toBe(true);
    await screenshot(page, 'usage-limit-brain-dump');
    expect(problems).toEqual([]);
    await context.close();
  });
});
