import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../tests/web-server.ts';
import { type Account, launchBrowser, newContext, screenshot, signUpAndOnboard } from './browser.ts';

let server: WebServer;
let browser: Browser;
const account: Account = { email: 'alerts@example.test', password: 'correct horse battery staple', name: 'Sam' };

beforeAll(async () => {
  [server, browser] = await Promise.all([startWebServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the Alerts section of the settings page in a browser', { timeout: 120_000 }, () => {
  it('turns alerts on and off, sets quiet hours, shows a bad value at its field, and keeps what was saved', async () => {
    const { context, problems } = await newContext(browser, server.origin);
    const page = await context.newPage();
    await signUpAndOnboard(page, account);
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await page.waitForURL('**/settings');
    const alerts = page.getByRole('region', { name: 'Alerts' });
    await expect(alerts.getByTestId('alerts-sms-phone').textContent()).resolves.toContain('add one in the Phone section');

    await alerts.getByLabel('Send alerts by SMS').check();
    await alerts.getByLabel('My brief is ready (one line and a link)').uncheck();
    await alerts.getByLabel('Minutes before the task starts').fill('30');
    await alerts.getByLabel('A daily digest of overdue tasks').check();
    await alerts.getByLabel('Digest time').fill('18:15');
    await alerts.getByLabel('Hold alerts during quiet hours').check();
    await alerts.getByLabel('Quiet from').fill('23:00');
    await alerts.getByLabel('Quiet until').fill('23:00');
    await alerts.getByRole('button', { name: 'Save alert settings' }).click();
    // The same start and end: refused at the end field, the rest of the form as it was typed.
    await alerts.getByText('Choose an end different from the start').waitFor();
    expect(await alerts.getByLabel('Minutes before the task starts').inputValue()).toBe('30');
    expect(await alerts.getByLabel('Send alerts by SMS').isChecked()).toBe(true);
    expect((await (await page.request.get('/api/me/notifications')).json()).sms_enabled).toBe(false);

    await alerts.getByLabel('Quiet until').fill('06:30');
    await alerts.getByRole('button', { name: 'Save alert settings' }).click();
    await page.getByText('Alert settings saved.').waitFor();
    expect(await (await page.request.get('/api/me/notifications')).json()).toEqual({
      sms_enabled: true,
      push_enabled: true,
      brief_ready: false,
      task_due_soon: true,
      due_soon_minutes: 30,
      event_soon: false,
      event_soon_minutes: 10,
      overdue_digest: true,
      overdue_digest_time: '18:15',
      quiet_hours: { start: '23:00', end: '06:30' },
      daily_sms_cap: 10,
    });

    await page.reload();
    const reloaded = page.getByRole('region', { name: 'Alerts' });
    expect(await reloaded.getByLabel('Digest time').inputValue()).toBe('18:15');
    expect(await reloaded.getByLabel('Hold alerts during quiet hours').isChecked()).toBe(true);
    expect(await reloaded.getByLabel('My brief is ready (one line and a link)').isChecked()).toBe(false);
    await screenshot(page, 'settings-alerts');
    expect(problems).toEqual([]);
  });
});
