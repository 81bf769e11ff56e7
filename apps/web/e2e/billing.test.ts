import { type StripeFake, startStripeFake, stripeEnv } from '@ordo/billing/testing';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnWorker, stopWorker, type WorkerProcess } from '../../worker/src/testing/worker-process.ts';
import { startWebServer, type WebServer } from '../tests/web-server.ts';
import { type Account, launchBrowser, newContext, screenshot, signUpAndOnboard } from './browser.ts';

// Upgrading in a browser: the billing page sends the person to the Stripe fake's hosted checkout,
// "Pay" there completes the session and returns to the success URL, and the page shows Pro once
// the real worker has processed the webhook the fake posted (the return alone grants nothing).

let fake: StripeFake;
let server: WebServer;
let browser: Browser;
let workerStarting: Promise<WorkerProcess> | undefined;
const account: Account = { email: 'payer@example.test', password: 'correct horse battery staple', name: 'Grace' };

beforeAll(async () => {
  fake = await startStripeFake({ autoDeliver: true });
  [server, browser] = await Promise.all([startWebServer(stripeEnv(fake)), launchBrowser()]);
  fake.webhookUrl = `${server.origin}/webhooks/stripe`;
  workerStarting = spawnWorker(server.database.url, { ...stripeEnv(fake), PUBLIC_APP_URL: server.origin });
  workerStarting.catch(() => undefined);
});

afterAll(async () => {
  await browser?.close();
  const worker = await workerStarting?.catch(() => undefined);
  if (worker) await stopWorker(worker);
  await server?.stop();
  await fake?.close();
});

describe('upgrading to Pro through Stripe Checkout, in a browser with a real worker', { timeout: 150_000 }, () => {
  it('goes from Free to the fake checkout, pays, returns and sees Pro once the webhook is processed', async () => {
    const { context, problems } = await newContext(browser, server.origin);
    const page = await context.newPage();
    await signUpAndOnboard(page, account);
    // Past the trial, so the upgrade is visible as Free → Pro.
    await server.database.db.sql`
      update public.billing_accounts set trial_ends_at = now() - interval '1 day'
      where user_id = (select id from public.users where email = ${account.email})`;

    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await page.getByRole('link', { name: 'Plan and billing' }).click();
    await page.waitForURL('**/settings/billing');
    expect(await page.getByTestId('billing-plan').textContent()).toBe('Free');
    const meters = page.getByTestId('usage-meters');
    await meters.getByText('Text messages this month').waitFor();
    expect(await meters.getByText('Not part of Free').count()).toBe(1);
    expect(await meters.getByText('0 of 3').count()).toBe(1);

    await page.getByRole('button', { name: 'Upgrade to Pro, monthly' }).click();
    await page.waitForURL(`${fake.url}/c/pay/**`);
    await page.getByRole('heading', { name: 'Stripe test checkout' }).waitFor();
    expect(await page.getByText('Total due: $8.00').count()).toBe(1);
    await screenshot(page, 'billing-checkout');

    const worker = await (workerStarting as Promise<WorkerProcess>);
    await page.getByRole('button', { name: 'Pay' }).click();
    await page.waitForURL('**/settings/billing?checkout=success');
    await worker.waitForLog((line) => line.msg === 'stripe event processed' && String(line.outcome).startsWith('refetched: active after checkout'), 60_000);
    await page.getByTestId('checkout-confirmed').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('billing-plan').textContent()).toBe('Pro');
    expect(await page.getByTestId('billing-reason').textContent()).toMatch(/Subscribed · Stripe: Active/);
    expect(await page.getByTestId('billing-next-invoice').count()).toBe(1);
    await page.getByRole('button', { name: 'Manage billing' }).waitFor();
    expect(await page.getByRole('button', { name: /Upgrade to Pro/ }).count()).toBe(0);
    expect(await meters.getByText('0 of 100').count()).toBe(1);
    expect(await meters.getByText('0 of 300').count()).toBe(1);
    await screenshot(page, 'billing-pro');

    const delivered = fake.deliveries.map((delivery) => `${delivery.type} ${delivery.status}`).toSorted();
    expect(delivered).toEqual(['checkout.session.completed 200', 'customer.subscription.created 200', 'invoice.paid 200']);
    expect(problems).toEqual([]);
    await context.close();
  });
});
