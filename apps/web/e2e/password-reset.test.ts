import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForMail } from '../tests/outbox.ts';
import { outboxOf, startWebServer, type WebServer } from '../tests/web-server.ts';
import { type Account, launchBrowser, newContext, signIn, signUpAndOnboard, visit } from './browser.ts';

let server: WebServer;
let browser: Browser;
const account: Account = { email: 'forgetful@example.test', password: 'first password, soon forgotten', name: 'Sam' };

beforeAll(async () => {
  [server, browser] = await Promise.all([startWebServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('a password reset in a browser', { timeout: 120_000 }, () => {
  // The link page keeps its token out of Referer headers; a referrer policy of no-referrer made
  // the browser post the form with Origin: null, which the CSRF check refuses, so no one could
  // finish a reset in a real browser while HTTP tests that set Origin by hand passed.
  it('asks for a link, follows it from the outbox, sets a new password and signs in with it', async () => {
    const { context, problems } = await newContext(browser, server.origin);
    const page = await context.newPage();
    await signUpAndOnboard(page, account);
    await context.clearCookies();

    await visit(page, '/reset-password');
    await page.getByLabel('Email').fill(account.email);
    await page.getByRole('button', { name: 'Send reset link' }).click();
    const mail = await waitForMail(outboxOf(server.origin), { to: account.email, subject: 'Reset your Ordo password' });
    const link = /\/reset-password\/[A-Za-z0-9_-]{43}/.exec(mail.text)?.[0];
    expect(link).toBeDefined();

    const newPassword = 'a second password, written down';
    await visit(page, link as string);
    await page.getByLabel('New password').fill(newPassword);
    await page.getByLabel('Repeat it').fill(newPassword);
    await page.getByRole('button', { name: 'Set password' }).click();
    await page.waitForURL('**/login?reset=done');

    await signIn(page, { ...account, password: newPassword });
    expect(problems).toEqual([]);
    await context.close();
  });
});
