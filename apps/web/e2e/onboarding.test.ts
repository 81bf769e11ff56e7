import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../tests/web-server.ts';
import { launchBrowser, newContext } from './browser.ts';

let server: WebServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startWebServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function onboardingIn(timezoneId: string, email: string) {
  const { context, problems } = await newContext(browser, server.origin, { timezoneId });
  const page = await context.newPage();
  await page.goto('/signup');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('correct horse battery staple');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL('**/onboarding');
  await page.getByText('Detected from your browser').waitFor();
  return { context, page, problems };
}

describe('onboarding time zone', { timeout: 120_000 }, () => {
  it('preselects UTC for a browser in Etc/UTC, and onboards with it', async () => {
    const { context, page, problems } = await onboardingIn('Etc/UTC', 'utc@example.test');
    expect(await page.getByLabel('Time zone').inputValue()).toBe('UTC');
    await page.getByLabel('Your name').fill('Uma');
    await page.getByRole('button', { name: 'Start planning' }).click();
    await page.waitForURL('**/dashboard');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('preselects the listed name of a renamed zone the browser reports (Asia/Kolkata)', async () => {
    const { context, page } = await onboardingIn('Asia/Kolkata', 'kolkata@example.test');
    expect(await page.getByLabel('Time zone').inputValue()).toMatch(/^Asia\/(Kolkata|Calcutta)$/);
    await context.close();
  });
});
