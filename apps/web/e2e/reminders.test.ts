import { enqueueScheduleTick } from '@ordo/supabase-client';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REMINDER_SCHEDULE_NAME, reminderSchedule } from '../../worker/src/reminder-schedule.ts';
import { startWebServer, type WebServer } from '../tests/web-server.ts';
import { type Account, launchBrowser, newContext, screenshot, signUpAndOnboard, visit } from './browser.ts';

let server: WebServer;
let browser: Browser;
const account: Account = { email: 'reminders@example.test', password: 'correct horse battery staple', name: 'Robin' };

beforeAll(async () => {
  [server, browser] = await Promise.all([startWebServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

interface Reminder {
  anchor: string;
  offset_minutes: number;
  at: string | null;
  channels: string[];
  fire_at: string | null;
}

describe('reminders on the task page in a browser', { timeout: 120_000 }, () => {
  it('adds a preset and a custom reminder with their channels, lists them with the next firing time, and removes one', async () => {
    const { context, problems } = await newContext(browser, server.origin);
    const page = await context.newPage();
    // Onboarding sets Europe/Paris: 15:00 there on 10 June 2030 is 13:00Z.
    await signUpAndOnboard(page, account);
    const created = await page.request.post('/api/tasks', {
      headers: { origin: server.origin },
      data: { title: 'Dentist', start_at: '2030-06-10T13:00:00Z', due_date: '2030-06-10' },
    });
    expect(created.status()).toBe(201);
    const taskId = ((await created.json()) as { task: { id: string } }).task.id;

    await page.goto(`/tasks/${taskId}`);
    await page.locator('.live-live').waitFor();
    const reminders = page.getByRole('list', { name: 'Reminders' });
    await page.getByText('No reminders.').waitFor();
    // The date and time field is only for the custom choice once the page runs its scripts.
    await expect(page.getByLabel(/^Date and time/).isVisible()).resolves.toBe(false);

    await page.getByLabel('Remind me').selectOption({ label: '30 min before start' });
    const channels = page.getByRole('group', { name: 'Reminder channels' });
    await channels.getByLabel('SMS').check();
    await page.getByRole('button', { name: 'Add reminder' }).click();
    const preset = reminders.getByRole('listitem').filter({ hasText: '30 min before start' });
    await preset.waitFor();
    expect(await preset.textContent()).toContain('Next: Mon, 10 Jun 2030, 14:30 · Push, SMS');
    // The form is back to its defaults for the next one.
    await expect(channels.getByLabel('Push').isChecked()).resolves.toBe(true);
    await expect(channels.getByLabel('SMS').isChecked()).resolves.toBe(false);

    // A custom time left empty is refused next to its field, and nothing is added.
    await page.getByLabel('Remind me').selectOption({ label: 'At a date and time…' });
    await page.getByRole('button', { name: 'Add reminder' }).click();
    await page.getByText('Enter a date and time').waitFor();
    expect(await reminders.getByRole('listitem').count()).toBe(1);

    await page.getByLabel(/^Date and time/).fill('2030-06-09T18:00');
    await channels.getByLabel('Push').uncheck();
    await channels.getByLabel('SMS').uncheck();
    await channels.getByLabel('Email').check();
    await page.getByRole('button', { name: 'Add reminder' }).click();
    const custom = reminders.getByRole('listitem').filter({ hasText: 'At Sun, 9 Jun 2030, 18:00' });
    await custom.waitFor();
    expect(await custom.textContent()).toContain('Next: Sun, 9 Jun 2030, 18:00 · Email');
    // Next to fire first.
    expect((await reminders.getByRole('listitem').allTextContents()).map((text) => text.trim().slice(0, 12))).toEqual(['At Sun, 9 Ju', '30 min befor']);
    await screenshot(page, 'task-reminders');

    const listed = (await (await page.request.get(`/api/tasks/${taskId}/reminders`)).json()) as { reminders: Reminder[] };
    expect(listed.reminders).toEqual([
      expect.objectContaining({ anchor: 'absolute', at: '2030-06-09T16:00:00.000Z', channels: ['email'], fire_at: '2030-06-09T16:00:00.000Z' }),
      expect.objectContaining({ anchor: 'start', offset_minutes: 30, channels: ['push', 'sms'], fire_at: '2030-06-10T12:30:00.000Z' }),
    ]);

    // The worker's reminder schedule reaches 18:00 on 9 June: the open page shows it sent, live.
    const at = new Date('2030-06-09T16:00:00Z');
    await enqueueScheduleTick(server.database.db.sql, REMINDER_SCHEDULE_NAME, at, (tx) => reminderSchedule.jobs({ at, tx }));
    await custom.getByText('Sent Sun, 9 Jun 2030, 18:00 · Email').waitFor({ timeout: 10_000 });

    await page.getByRole('button', { name: 'Remove reminder: 30 min before start' }).click();
    await preset.waitFor({ state: 'detached' });
    expect(await reminders.getByRole('listitem').count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it('edits a reminder’s offset, channels and time through the API, and the change stays after a reload', async () => {
    const { context, problems } = await newContext(browser, server.origin);
    const page = await context.newPage();
    await signUpAndOnboard(page, { ...account, email: 'reminder-edits@example.test' });
    const created = await page.request.post('/api/tasks', {
      headers: { origin: server.origin },
      data: { title: 'Physio', start_at: '2030-06-10T13:00:00Z', due_date: '2030-06-10' },
    });
    const taskId = ((await created.json()) as { task: { id: string } }).task.id;
    await visit(page, `/tasks/${taskId}`);
    await page.locator('.live-live').waitFor();
    const reminders = page.getByRole('list', { name: 'Reminders' });
    await page.getByLabel('Remind me').selectOption({ label: '30 min before start' });
    await page.getByRole('button', { name: 'Add reminder' }).click();
    await reminders.getByRole('listitem').filter({ hasText: '30 min before start' }).waitFor();

    // A custom offset in hours, and SMS instead of push.
    await page.getByRole('button', { name: 'Edit reminder: 30 min before start' }).click();
    const editor = page.getByRole('form', { name: 'Edit reminder: 30 min before start' });
    await expect(editor.getByLabel('When').inputValue()).resolves.toBe('start');
    await expect(editor.getByLabel('How long before').inputValue()).resolves.toBe('30');
    // Past four weeks the API refuses, and says so at the field.
    await editor.getByLabel('How long before').fill('29');
    await editor.getByLabel('Unit').selectOption('days');
    await editor.getByRole('button', { name: 'Save reminder' }).click();
    await editor.getByText('Enter at most 40320 minutes (four weeks)').waitFor();
    await screenshot(page, 'task-reminder-edit-refused');
    await editor.getByLabel('How long before').fill('2');
    await editor.getByLabel('Unit').selectOption('hours');
    const channels = editor.getByRole('group', { name: 'Channels of this reminder' });
    await channels.getByLabel('Push').uncheck();
    await channels.getByLabel('SMS').check();
    const patched = page.waitForResponse((response) => response.request().method() === 'PATCH');
    await editor.getByRole('button', { name: 'Save reminder' }).click();
    expect((await patched).status()).toBe(200);
    const edited = reminders.getByRole('listitem').filter({ hasText: '2 h before start' });
    await edited.waitFor();
    await editor.waitFor({ state: 'detached' });

    await page.reload();
    await page.locator('.live-live').waitFor();
    // 15:00 in Paris, two hours earlier.
    expect(await edited.textContent()).toContain('Next: Mon, 10 Jun 2030, 13:00 · SMS');
    await expect(reminders.getByRole('listitem').count()).resolves.toBe(1);
    const [row] = await server.database.db.sql<{ anchor: string; offset_minutes: number; channels: string[]; fire_at: Date }[]>`
      select anchor, offset_minutes, channels, fire_at from public.task_reminders where task_id = ${taskId}`;
    expect(row).toEqual({ anchor: 'start', offset_minutes: 120, channels: ['sms'], fire_at: new Date('2030-06-10T11:00:00Z') });

    // Then to a time of its own on the person's clock, by email too.
    await page.getByRole('button', { name: 'Edit reminder: 2 h before start' }).click();
    const again = page.getByRole('form', { name: 'Edit reminder: 2 h before start' });
    await expect(again.getByRole('group', { name: 'Channels of this reminder' }).getByLabel('SMS').isChecked()).resolves.toBe(true);
    await again.getByLabel('When').selectOption({ label: 'At a date and time' });
    await again.getByLabel(/^Date and time/).fill('2030-06-09T18:00');
    await again.getByRole('group', { name: 'Channels of this reminder' }).getByLabel('Email').check();
    await again.getByRole('button', { name: 'Save reminder' }).click();
    const absolute = reminders.getByRole('listitem').filter({ hasText: 'At Sun, 9 Jun 2030, 18:00' });
    await absolute.waitFor();
    await page.reload();
    expect(await absolute.textContent()).toContain('Next: Sun, 9 Jun 2030, 18:00 · SMS, Email');
    const [moved] = await server.database.db.sql<{ anchor: string; at: Date; channels: string[] }[]>`
      select anchor, at, channels from public.task_reminders where task_id = ${taskId}`;
    expect(moved).toEqual({ anchor: 'absolute', at: new Date('2030-06-09T16:00:00Z'), channels: ['sms', 'email'] });
    await screenshot(page, 'task-reminder-edited');
    expect(problems).toEqual([]);
  });
});
