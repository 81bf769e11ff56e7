import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latestCodeTo } from '../tests/sms-outbox.ts';
import { startWebServer, type WebServer } from '../tests/web-server.ts';
import { type Account, launchBrowser, newContext, screenshot, signUpAndOnboard } from './browser.ts';

// No Twilio configured: the code lands in the server's SMS outbox (<data dir>/outbox/sms.jsonl),
// where the test reads it as a person reads their phone.

let server: WebServer;
let browser: Browser;
const account: Account = { email: 'texter@example.test', password: 'correct horse battery staple', name: 'Kim' };

beforeAll(async () => {
  [server, browser] = await Promise.all([startWebServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the Phone section of the settings page in a browser', { timeout: 120_000 }, () => {
  it('refuses a landline at the field, then enters a mobile, verifies it with the texted code and shows Verified', async () => {
    const { context, problems } = await newContext(browser, server.origin);
    const page = await context.newPage();
    await signUpAndOnboard(page, account);
    // Through the app's own navigation: the page is hydrated already, so nothing re-sets typed values.
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await page.waitForURL('**/settings');

    const phoneSection = page.getByRole('region', { name: 'Phone' });
    await phoneSection.getByLabel('Mobile number').fill('+44 20 7946 0958');
    await phoneSection.getByRole('button', { name: 'Send code' }).click();
    await phoneSection.getByText('This is a landline; enter a mobile number that can receive texts').waitFor();
    expect(await phoneSection.getByLabel('Mobile number').getAttribute('aria-invalid')).toBe('true');

    // Dialled as at home in the UK, the country picked from the list.
    await phoneSection.getByLabel('Country').selectOption('GB');
    await phoneSection.getByLabel('Mobile number').fill('07400 555123');
    await phoneSection.getByRole('button', { name: 'Send code' }).click();
    await page.getByText('Code sent to 07400 555123.').waitFor();
    await expect.poll(() => phoneSection.getByTestId('phone-status').textContent()).toBe('Not verified');
    await screenshot(page, 'phone-code-sent');

    const code = await latestCodeTo(server.origin, '+447400555123');
    await phoneSection.getByLabel('Code from the text message').fill(code);
    await phoneSection.getByRole('button', { name: 'Verify' }).click();
    await page.getByText('Phone verified.').waitFor();
    await expect.poll(() => phoneSection.getByTestId('phone-status').textContent()).toBe('Verified');
    await screenshot(page, 'phone-verified');

    const saved = await page.request.get('/api/me/phone');
    expect(await saved.json()).toMatchObject({ phone: { number: '+447400555123', verified: true } });
    // Still verified after a reload, rendered by the server.
    await page.reload();
    expect(await page.getByRole('region', { name: 'Phone' }).getByTestId('phone-status').textContent()).toBe('Verified');
    expect(problems).toEqual([]);
    await context.close();
  });
});
