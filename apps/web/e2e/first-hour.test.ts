// A self-hoster's first hour in a browser: forms from any address the server answers on, a
// configured PUBLIC_APP_URL explained, failed posts shown, and onboarding's time zone preselected.

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../tests/web-server.ts';
import { launchBrowser, newContext, signUp, signUpAndOnboard, visit } from './browser.ts';

const PUBLIC = 'https://ordo.example';
let open: WebServer;
let configured: WebServer;
let browser: Browser;

beforeAll(async () => {
  // `open` runs as `pnpm start` does without PUBLIC_APP_URL (no ORIGIN either); `configured` has one.
  [open, configured, browser] = await Promise.all([
    startWebServer({ PUBLIC_APP_URL: undefined, ORIGIN: undefined }),
    // An https address needs TRUSTED_PROXY; the browser connects directly.
    startWebServer({ PUBLIC_APP_URL: PUBLIC, ORIGIN: PUBLIC, TRUSTED_PROXY: 'none' }),
    launchBrowser(),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([open?.stop(), configured?.stop()]);
});

async function onboardingIn(timezoneId: string, email: string) {
  const { context, problems } = await newContext(browser, open.origin, { timezoneId });
  const page = await context.newPage();
  // The server's owner signed up in an earlier test: these accounts verify through the outbox.
  await signUp(page, { email, password: 'correct horse battery staple' });
  await page.getByText('Detected from your browser').waitFor();
  return { context, page, problems };
}

describe('forms reached by another address than localhost', { timeout: 120_000 }, () => {
  it('signs up and onboards at http://127.0.0.1:<port> when PUBLIC_APP_URL is not set', async () => {
    expect(open.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const { context, problems } = await newContext(browser, open.origin);
    const page = await context.newPage();
    await signUpAndOnboard(page, { email: 'lan@example.test', password: 'correct horse battery staple', name: 'Lan' });
    await expect(page.getByRole('heading', { name: 'Hello, Lan' }).isVisible()).resolves.toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('explains a configured PUBLIC_APP_URL on the page and when the form is refused, keeping what was typed', async () => {
    const { context } = await newContext(browser, configured.origin);
    const page = await context.newPage();
    await visit(page, '/signup');
    await page.getByRole('alert').filter({ hasText: `configured for ${PUBLIC}` }).waitFor();
    await page.getByLabel('Email').fill('elsewhere@example.test');
    await page.getByLabel('Password').fill('correct horse battery staple');
    await page.getByRole('button', { name: 'Create account' }).click();
    // The server's answer, beside the notice the page showed on opening.
    await page.getByRole('alert').filter({ hasText: `but this page was opened at ${configured.origin}. Open ${PUBLIC} instead` }).waitFor();
    expect(page.url()).toBe(`${configured.origin}/signup`);
    expect(await page.getByLabel('Email').inputValue()).toBe('elsewhere@example.test');
    await expect(page.getByRole('button', { name: 'Create account' }).isEnabled()).resolves.toBe(true);
    await context.close();
  });

  it('shows an error when the post never reaches the server', async () => {
    const { context } = await newContext(browser, open.origin);
    const page = await context.newPage();
    // Hydrated, so the form posts by fetch (a plain post would just show the browser's error page).
    await visit(page, '/login');
    await page.route('**/login', (route) => (route.request().method() === 'POST' ? route.abort('connectionrefused') : route.continue()));
    await page.getByLabel('Email').fill('lan@example.test');
    await page.getByLabel('Password').fill('correct horse battery staple');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'Could not reach the server' }).waitFor();
    await expect(page.getByRole('button', { name: 'Sign in' }).isEnabled()).resolves.toBe(true);
    await context.close();
  });
});

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
