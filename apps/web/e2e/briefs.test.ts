import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnWorker, stopWorker, type WorkerProcess } from '../../worker/src/testing/worker-process.ts';
import { mailsTo, type OutboxMail } from '../tests/outbox.ts';
import { outboxOf, startWebServer, type WebServer } from '../tests/web-server.ts';
import { type Account, launchBrowser, newContext, screenshot, signUpAndOnboard } from './browser.ts';

// The whole path in a browser: the built web app and a real worker on one database and one data
// directory (so the worker's mail lands in the outbox the test reads), no AI key (the offline
// writer), no SMTP (the .eml outbox).

let server: WebServer;
let worker: WorkerProcess;
let browser: Browser;
const account: Account = { email: 'brief@example.test', password: 'correct horse battery staple', name: 'Robin' };

/** The brief's email in the outbox (the worker writes it there once delivered). */
async function briefMail(to: string): Promise<OutboxMail> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const found = (await mailsTo(outboxOf(server.origin), to)).find((mail) => mail.text.includes('/briefs/'));
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no brief email to ${to} arrived in the outbox`);
}

const STAGE_ORDER = ['pending', 'running', 'retrying', 'fallback', 'done'];

beforeAll(async () => {
  [server, browser] = await Promise.all([startWebServer(), launchBrowser()]);
  worker = await spawnWorker(server.database.url, { ORDO_DATA_DIR: server.dataDir, PUBLIC_APP_URL: server.origin });
});

afterAll(async () => {
  await browser?.close();
  if (worker) await stopWorker(worker);
  await server?.stop();
});

describe('the Briefs page in a browser', { timeout: 180_000 }, () => {
  it('sets preferences, sends a brief now, shows its stages live, and the emailed link opens the brief', async () => {
    const { context, problems } = await newContext(browser, server.origin);
    const page = await context.newPage();
    await signUpAndOnboard(page, account);

    // Preferences in the settings page, as a person sets them: 07:30, weekends too, no Projects section.
    // Through the app's own navigation: the page is hydrated already, so nothing re-sets typed values.
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await page.waitForURL('**/settings');
    await page.locator('#brief-send-time').fill('07:30');
    const days = page.getByRole('group', { name: 'Brief days' });
    await days.getByLabel('Sat').check();
    await days.getByLabel('Sun').check();
    await page.locator('input[name="sections"][value="projects"]').uncheck();
    await page.getByRole('button', { name: 'Save brief settings' }).click();
    await page.getByText('Daily brief settings saved.').waitFor();
    const saved = await page.request.get('/api/me/brief');
    expect(await saved.json()).toMatchObject({ enabled: true, send_time: '07:30', weekdays: [1, 2, 3, 4, 5, 6, 7], weekly_day: null });
    expect((await saved.json()).sections).not.toContain('projects');
    // Something for the brief to be about.
    const zone = (await (await page.request.get('/api/me')).json()).user.timezone as string;
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
    const task = await page.request.post('/api/tasks', {
      headers: { origin: server.origin },
      data: { title: 'Water the roses', priority: 'high', due_date: today },
    });
    expect(task.status()).toBe(201);

    await page.getByRole('link', { name: 'Briefs', exact: true }).click();
    await page.waitForURL('**/briefs');
    // Record every state each stage shows, in order, as the live updates redraw the page.
    await page.evaluate(() => {
      const seen: Record<string, string[]> = {};
      (window as unknown as { stageStates: Record<string, string[]> }).stageStates = seen;
      const record = () => {
        for (const item of document.querySelectorAll<HTMLElement>('ol[aria-label="Brief stages"] > li')) {
          const name = item.querySelector('.name')?.textContent ?? '';
          seen[name] ??= [];
          const states = seen[name];
          if (states.at(-1) !== item.dataset.state) states.push(item.dataset.state ?? '');
        }
      };
      new MutationObserver(record).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-state'] });
    });
    await page.getByRole('button', { name: 'Send me a brief now' }).click();
    const stages = page.getByRole('list', { name: 'Brief stages' });
    await stages.waitFor();
    const opened = page.getByRole('link', { name: 'open the brief' });
    await opened.waitFor({ timeout: 120_000 });
    await screenshot(page, 'briefs-sent');

    // Every stage ended done (or written by the offline writer), and none went backwards on the way.
    const finalStates = await stages.getByRole('listitem').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.state));
    expect(finalStates).toHaveLength(4);
    for (const state of finalStates) expect(['done', 'fallback']).toContain(state);
    const stageStates = await page.evaluate(() => (window as unknown as { stageStates: Record<string, string[]> }).stageStates);
    expect(Object.keys(stageStates).toSorted()).toEqual(['Checking…', 'Gathering…', 'Prioritising…', 'Writing…']);
    for (const states of Object.values(stageStates)) {
      const ranks = states.map((state) => STAGE_ORDER.indexOf(state));
      expect(ranks).toEqual(ranks.toSorted((a, b) => a - b));
    }
    const briefHref = await opened.getAttribute('href');
    expect(briefHref).toMatch(/^\/briefs\/[0-9a-f-]{36}$/);

    // The email links back to the brief; the link opens it for the signed-in person.
    const mail = await briefMail(account.email);
    const link = new RegExp(`${server.origin.replace(/[.:/]/g, '\\$&')}(/briefs/[0-9a-f-]{36})`).exec(mail.text)?.[1];
    expect(link).toBe(briefHref);
    await page.goto(link as string);
    await page.getByRole('heading', { level: 1, name: /^Brief for / }).waitFor();
    expect(await page.locator('article .prose').textContent()).toContain('Water the roses');
    await screenshot(page, 'brief-from-email');

    // The Briefs page now shows it sent by email (the delivery row is marked sent just after the
    // mail is handed over, and deliveries announce no live change: reload until it is).
    await expect
      .poll(
        async () => {
          await page.goto('/briefs');
          return page.getByText('Email: Sent').count();
        },
        { timeout: 30_000, interval: 500 },
      )
      .toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
