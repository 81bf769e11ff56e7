import { type GoogleFake, startGoogleFake } from '@ordo/google/testing';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { googleEnv } from '../tests/google-oauth.ts';
import { startWebServer, type WebServer } from '../tests/web-server.ts';
import { type Account, launchBrowser, newContext, screenshot, signUpAndOnboard } from './browser.ts';

// The fake's consent screen agrees at once and redirects back, as Google does after "Allow".

let fake: GoogleFake;
let server: WebServer;
let browser: Browser;
const account: Account = { email: 'calendar@example.test', password: 'correct horse battery staple', name: 'Cal' };

beforeAll(async () => {
  fake = await startGoogleFake();
  fake.addCalendar({ id: 'cal@gmail.test', summary: 'Cal Personal', timeZone: 'Europe/Paris', primary: true, accessRole: 'owner' });
  fake.addCalendar({ id: 'team@group.calendar.test', summary: 'Team', timeZone: 'Europe/Paris', accessRole: 'writer' });
  [server, browser] = await Promise.all([startWebServer(googleEnv(fake)), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await fake?.close();
});

describe('Google Calendar in settings, in a browser', { timeout: 120_000 }, () => {
  it('connects through Google, lists the calendars, and turns one to Busy only', async () => {
    const { context, problems } = await newContext(browser, server.origin);
    const page = await context.newPage();
    await signUpAndOnboard(page, account);
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await page.waitForURL('**/settings');

    const section = page.getByRole('region', { name: 'Google Calendar' });
    await section.getByRole('button', { name: 'Connect Google Calendar' }).click();
    await page.waitForURL('**/settings?google=connected*');
    await page.getByText('Google Calendar connected.').first().waitFor();
    await expect.poll(() => section.getByTestId('google-account').textContent()).toBe(fake.account.email);
    const team = section.getByRole('group', { name: 'How Ordo uses Team' });
    expect(await section.getByRole('group', { name: 'How Ordo uses Cal Personal' }).getByLabel('Show').isChecked()).toBe(true);
    expect(await team.getByLabel('Off').isChecked()).toBe(true);
    await screenshot(page, 'google-connected');

    await team.getByLabel('Busy only').check();
    await section.getByRole('button', { name: 'Save calendar choices' }).click();
    await page.getByText('Calendar choices saved.').waitFor();
    const [row] = await server.database.db.sql<{ sync_mode: string }[]>`select sync_mode from calendars where google_calendar_id = 'team@group.calendar.test'`;
    expect(row?.sync_mode).toBe('busy');

    await page.reload();
    expect(await page.getByRole('group', { name: 'How Ordo uses Team' }).getByLabel('Busy only').isChecked()).toBe(true);
    await screenshot(page, 'google-team-busy');
    expect(problems).toEqual([]);
    await context.close();
  });
});
