import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { VERIFICATION_SUBJECT, verificationPath, waitForMail } from '../tests/outbox.ts';
import { outboxOf } from '../tests/web-server.ts';

// Screenshots are artifacts of the run (gitignored), for people to look at.
export const SCREENSHOT_DIR = fileURLToPath(new URL('../test-results/', import.meta.url));

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/**
 * A browser context that fails the test on any page error or JavaScript dialog (an
 * alert() fired by injected markup would show up as one).
 */
export async function newContext(browser: Browser, origin: string, options: BrowserContextOptions = {}) {
  const problems: string[] = [];
  const context: BrowserContext = await browser.newContext({ baseURL: origin, viewport: { width: 1280, height: 900 }, ...options });
  // Fail a step within the test's own timeout, naming the locator that did not appear; generous,
  // because CI runs these beside the multi-process queue tests on two cores.
  context.setDefaultTimeout(20_000);
  context.on('page', (page) => watch(page, problems));
  if (options.javaScriptEnabled === false) withoutScripts.add(context);
  return { context, problems };
}

/** Contexts whose pages run no scripts: loaded is as ready as they get. */
const withoutScripts = new WeakSet<BrowserContext>();

function watch(page: Page, problems: string[]): void {
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}${name}.png`, fullPage: true });
}

export interface Account {
  email: string;
  password: string;
  name: string;
}

/**
 * Waits until the page's scripts have hydrated it (the root layout marks `<html data-hydrated>`).
 * Hydration sets each field's value from the page's state, so text typed before it is wiped and
 * the browser's own `required` check then stops the submit without a word: seen in CI under load
 * on sign-in, onboarding and the reset-link form. A client-side navigation keeps the mark; a full
 * page load starts without it; a page without scripts is ready once loaded.
 */
export async function untilHydrated(page: Page): Promise<void> {
  if (withoutScripts.has(page.context())) return;
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

/** Opens `path` with a full page load and waits until the page can take input. */
export async function visit(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await untilHydrated(page);
}

/**
 * Signs up from the home page and ends on onboarding. The server's first account is signed in at
 * once; later ones follow the verification link from the server's outbox.
 */
export async function signUp(page: Page, account: Pick<Account, 'email' | 'password'>): Promise<void> {
  await page.goto('/');
  await page.getByRole('link', { name: 'Create an account' }).click();
  await page.waitForURL('**/signup');
  await untilHydrated(page);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  const checkEmail = page.getByRole('heading', { name: 'Check your email' });
  // Whichever comes first; the other's timeout must not surface later as an unhandled rejection.
  await Promise.race([page.waitForURL('**/onboarding').catch(() => undefined), checkEmail.waitFor().catch(() => undefined)]);
  if (await checkEmail.isVisible()) {
    const mail = await waitForMail(outboxOf(new URL(page.url()).origin), { to: account.email, subject: VERIFICATION_SUBJECT });
    await page.goto(verificationPath(mail));
    await page.getByRole('button', { name: 'Verify and sign in' }).click();
  }
  await page.waitForURL('**/onboarding');
  await untilHydrated(page);
}

/** Signs up (see signUp) and completes onboarding; ends on the dashboard. */
export async function signUpAndOnboard(page: Page, account: Account): Promise<void> {
  await signUp(page, account);
  await page.getByLabel('Your name').fill(account.name);
  await page.getByLabel('Time zone').selectOption('Europe/Paris');
  await page.getByRole('button', { name: 'Start planning' }).click();
  await page.waitForURL('**/dashboard').catch(async (error: unknown) => {
    throw new Error(`onboarding did not reach /dashboard: ${await whereThePageIs(page)}`, { cause: error });
  });
}

export async function signIn(page: Page, account: Account): Promise<void> {
  await visit(page, '/login');
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('**/dashboard').catch(async (error: unknown) => {
    throw new Error(`sign-in did not reach /dashboard: ${await whereThePageIs(page)}`, { cause: error });
  });
}

/** For a failed wait: where the page is and what it says, since a timeout alone tells neither. */
async function whereThePageIs(page: Page): Promise<string> {
  const text = (await page.locator('main').first().textContent({ timeout: 2_000 }).catch(() => null)) ?? '(unreadable)';
  return `the page is at ${page.url()} and reads: ${text.trim().slice(0, 400)}`;
}
