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
  return { context, problems };
}

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
 * Waits until the page's scripts have loaded and hydrated it. Hydration sets each field's value
 * from the page's state, so text typed before it is wiped; the browser's own `required` check then
 * stops the submit without a word (seen in CI under load: sign-in left on /login, fields empty).
 * The sign-in and sign-up pages hold no live connection, so the network does go idle.
 */
async function untilHydrated(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
}

/**
 * Signs up from the home page and ends on onboarding. The server's first account is signed in at
 * once; later ones follow the verification link from the server's outbox.
 */
export async function signUp(page: Page, account: Pick<Account, 'email' | 'password'>): Promise<void> {
  await page.goto('/');
  await page.getByRole('link', { name: 'Create an account' }).click();
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
}

/** Signs up (see signUp) and completes onboarding; ends on the dashboard. */
export async function signUpAndOnboard(page: Page, account: Account): Promise<void> {
  await signUp(page, account);
  await page.getByLabel('Your name').fill(account.name);
  await page.getByLabel('Time zone').selectOption('Europe/Paris');
  await page.getByRole('button', { name: 'Start planning' }).click();
  await page.waitForURL('**/dashboard');
}

export async function signIn(page: Page, account: Account): Promise<void> {
  await page.goto('/login');
  await untilHydrated(page);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('**/dashboard').catch(async (error: unknown) => {
    // Once seen failing in CI under load, with no trace of why: say where the page was instead.
    const text = (await page.locator('main').first().textContent({ timeout: 2_000 }).catch(() => null)) ?? '(unreadable)';
    throw new Error(`sign-in did not reach /dashboard: the page is at ${page.url()} and reads: ${text.trim().slice(0, 400)}`, { cause: error });
  });
}
