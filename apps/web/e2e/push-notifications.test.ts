import { randomBytes } from 'node:crypto';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../tests/web-server.ts';
import { type Account, launchBrowser, newContext, screenshot, signUpAndOnboard } from './browser.ts';

// Headless Chromium has no push service to subscribe with (pushManager.subscribe fails: it cannot
// reach Google's), so the subscription this test lists and removes is stored through the API, as
// the settings page would store one, and the push is delivered to the service worker through the
// DevTools protocol (ServiceWorker.deliverPushMessage), as a push service's message would be.
// Clicking a shown notification cannot be done from here: openWindow and focus need a real click.

let server: WebServer;
let browser: Browser;
const account: Account = { email: 'pushy@example.test', password: 'correct horse battery staple', name: 'Pat' };

beforeAll(async () => {
  [server, browser] = await Promise.all([startWebServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

interface ShownNotification {
  title: string;
  body: string;
  tag: string;
  link: unknown;
}

/** The notifications the page's service worker registration is showing. */
function shownNotifications(page: Page): Promise<ShownNotification[]> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const shown = await registration.getNotifications();
    return shown.map((n) => ({ title: n.title, body: n.body, tag: n.tag, link: (n.data as { link?: unknown } | null)?.link }));
  });
}

/**
 * Delivers a push message to the service worker until a notification it matches is shown.
 * The DevTools delivery is fire-and-forget: on a loaded machine Chromium may drop one (a worker
 * start that times out), and nothing reports it, so an unseen message is sent again.
 */
async function pushUntilShown(
  page: Page,
  cdp: CDPSession,
  registrationId: string,
  data: string,
  matches: (shown: ShownNotification) => boolean,
): Promise<ShownNotification> {
  for (let attempt = 0; attempt < 4; attempt += 1) {
    await cdp.send('ServiceWorker.deliverPushMessage', { origin: server.origin, registrationId, data });
    const deadline = Date.now() + 8_000;
    while (Date.now() < deadline) {
      const found = (await shownNotifications(page)).find(matches);
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`no matching notification after 4 deliveries; shown: ${JSON.stringify(await shownNotifications(page))}`);
}

describe('Web Push in the settings page', { timeout: 120_000 }, () => {
  it('registers the service worker, lists and removes a device, sends a test, and shows a pushed notification', async () => {
    const { context, problems } = await newContext(browser, server.origin);
    await context.grantPermissions(['notifications'], { origin: server.origin });
    const page = await context.newPage();
    await signUpAndOnboard(page, account);
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await page.waitForURL('**/settings');

    const section = page.getByRole('region', { name: 'Notifications on this device' });
    await section.getByText('No device gets notifications yet.').waitFor();
    const scriptUrl = await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL);
    expect(scriptUrl).toBe(`${server.origin}/service-worker.js`);

    // Without a push service the browser cannot subscribe: the section says so, and nothing is stored.
    await section.getByRole('button', { name: 'Enable notifications on this device' }).click();
    await section.getByText('The browser’s push service did not give a subscription').waitFor();
    expect((await (await page.request.get('/api/me/push-subscriptions')).json()).subscriptions).toEqual([]);

    // A subscription as a browser with a push service would store it.
    const stored = await page.request.post('/api/me/push-subscriptions', {
      headers: {
        origin: server.origin,
        'user-agent': 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.1 Safari/605.1.15',
      },
      data: {
        endpoint: `https://web.push.apple.com/${randomBytes(16).toString('base64url')}`,
        keys: { p256dh: randomBytes(65).toString('base64url'), auth: randomBytes(16).toString('base64url') },
      },
    });
    expect(stored.status()).toBe(201);
    await page.reload();
    const devices = section.getByRole('list', { name: 'Devices with notifications' });
    await devices.getByText('Safari on macOS').waitFor();

    await section.getByRole('button', { name: 'Send a test notification' }).click();
    await page.getByText('Test notification sent to your devices.').waitFor();
    const queued = await server.database.db.asService(
      (tx) => tx`select j.payload from public.queue_jobs j join public.notifications n on n.id = (j.payload->>'notification_id')::uuid
                 where n.kind = 'test' and j.job_type = 'notify.send'`,
    );
    expect(queued).toHaveLength(1);
    await screenshot(page, 'settings-push-devices');

    await devices.getByRole('button', { name: 'Remove Safari on macOS' }).click();
    await page.getByText('Device removed: it gets no more notifications.').waitFor();
    await section.getByText('No device gets notifications yet.').waitFor();
    expect((await (await page.request.get('/api/me/push-subscriptions')).json()).subscriptions).toEqual([]);

    // A push message, delivered to the registered service worker as a push service would.
    const cdp = await context.newCDPSession(page);
    const registrationId = new Promise<string>((resolve) => {
      cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
        const ours = registrations.find((registration) => registration.scopeURL === `${server.origin}/` && !registration.isDeleted);
        if (ours) resolve(ours.registrationId);
      });
    });
    await cdp.send('ServiceWorker.enable');
    const registration = await registrationId;
    const message = { title: 'Water the roses', body: 'Due in 15 minutes', link: '/tasks/123', tag: 'task-due:123' };
    const shown = await pushUntilShown(page, cdp, registration, JSON.stringify(message), (n) => n.tag === message.tag);
    expect(shown).toEqual({ title: message.title, body: message.body, tag: message.tag, link: message.link });

    // A payload the worker cannot read still shows a notification (every push must show one), and a
    // link to another site is never kept.
    const phish = JSON.stringify({ title: 'Phish', body: 'Click me', link: '//evil.example/login', tag: 'odd' });
    const fallback = await pushUntilShown(page, cdp, registration, phish, (n) => n.tag !== message.tag);
    expect(fallback).toEqual({ title: 'Ordo', body: 'Something needs your attention.', tag: '', link: '/dashboard' });

    expect(problems).toEqual([]);
    await context.close();
  });
});
