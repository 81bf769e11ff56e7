import { addDays, calendarDay, instantOfWallTime, parseDate } from '@ordo/shared-types';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayColumn } from '../src/lib/calendar/day-column.ts';
import { mondayOf } from '../src/lib/server/calendar/calendar-range.ts';
import { startWebServer, type WebServer } from '../tests/web-server.ts';
import { type Account, launchBrowser, newContext, screenshot, signUpAndOnboard } from './browser.ts';
import { minuteInColumn, untilGridSettled } from './calendar-grid.ts';

// The calendar page in a real browser against the built app: a connected calendar's events, a
// busy-only calendar's time and a scheduled task in the right columns and hours; the task dragged
// to another hour and moved with the keyboard, both kept across a reload; a failing save rolled back.

let server: WebServer;
let browser: Browser;
const account: Account = { email: 'calendar@example.test', password: 'correct horse battery staple', name: 'Cal' };
// Onboarding sets Europe/Paris.
const ZONE = 'Europe/Paris';
const PX_PER_MINUTE = 0.8;

beforeAll(async () => {
  [server, browser] = await Promise.all([startWebServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const at = (date: string, hour: number, minute = 0) => instantOfWallTime({ ...parseDate(date), hour, minute }, ZONE);

/** A Google connection with a shown and a busy-only calendar, and events in them (what sync would have written). */
async function seedCalendars(userId: string, day: string): Promise<void> {
  await server.database.db.asService(async (tx) => {
    const [connection] = await tx<{ id: string }[]>`
      insert into public.google_connections (user_id, google_subject, google_email, tokens_sealed, token_key_id)
      values (${userId}, 'sub-1', 'cal@example.test', 'sealed', 'k1') returning id
    `;
    const calendars = await tx<{ id: string }[]>`
      insert into public.calendars (user_id, connection_id, google_calendar_id, summary, color, sync_mode) values
        (${userId}, ${connection?.id as string}, 'work', 'Work', '#0b8043', 'show'),
        (${userId}, ${connection?.id as string}, 'private', 'Private', '#d50000', 'busy')
      returning id
    `;
    const [work, busyOnly] = calendars as [{ id: string }, { id: string }];
    await tx`
      insert into public.calendar_events (user_id, calendar_id, google_event_id, title, all_day, start_at, end_at, start_date, end_date) values
        (${userId}, ${work.id}, 'e1', 'Team sync', false, ${at(day, 10, 15)}, ${at(day, 11, 0)}, null, null),
        (${userId}, ${work.id}, 'e2', 'Offsite', true, null, null, ${day}, ${addDays(day, 1)}),
        (${userId}, ${busyOnly.id}, 'p1', 'Doctor (private)', false, ${at(day, 14, 0)}, ${at(day, 15, 0)}, null, null)
    `;
  });
}

const isPatch = (path: string) => (response: { url(): string; request(): { method(): string } }) =>
  response.request().method() === 'PATCH' && new URL(response.url()).pathname === path;

describe('the calendar week in a browser', { timeout: 120_000 }, () => {
  it('shows events, busy time and a task where they belong, and keeps drags and keyboard moves across reloads', async () => {
    const { context, problems } = await newContext(browser, server.origin);
    const page = await context.newPage();
    await signUpAndOnboard(page, account);

    // The Wednesday of this week, so a move a day later stays in the week shown.
    const monday = mondayOf(calendarDay(new Date(), ZONE));
    const wednesday = addDays(monday, 2);
    const thursday = addDays(monday, 3);
    const created = await page.request.post('/api/tasks', {
      headers: { origin: server.origin },
      data: { title: 'Write report', start_at: at(wednesday, 10, 0).toISOString(), duration_minutes: 30 },
    });
    expect(created.status()).toBe(201);
    const task = ((await created.json()) as { task: { id: string; user_id: string } }).task;
    await seedCalendars(task.user_id, wednesday);

    await page.goto(`/calendar?week=${monday}`);
    await untilGridSettled(page);
    const column = page.locator(`[data-day="${wednesday}"]`);
    const taskButton = column.getByRole('button', { name: /^Write report,/ });
    const minutesTo = (date: string, hour: number, minute = 0) => (at(date, hour, minute).getTime() - dayColumn(date, ZONE).start) / 60_000;

    // In Wednesday's column at its hour; the event beside it, the busy-only time untitled.
    expect(await minuteInColumn(taskButton, wednesday)).toBe(minutesTo(wednesday, 10));
    const event = column.locator('[data-key^="event:"]', { hasText: 'Team sync' });
    expect(await minuteInColumn(event, wednesday)).toBe(minutesTo(wednesday, 10, 15));
    const busy = column.locator('[data-key^="busy:"]');
    expect(await busy.textContent()).toContain('Busy');
    expect(await minuteInColumn(busy, wednesday)).toBe(minutesTo(wednesday, 14));
    expect(await page.getByText('Doctor (private)').count()).toBe(0);
    expect(await page.getByRole('list', { name: /^All day, / }).filter({ hasText: 'Offsite' }).count()).toBe(1);
    // Task and event overlap: both marked, with words for screen readers.
    expect(await taskButton.getAttribute('aria-label')).toBe(`Write report, ${await dayHeading(page, wednesday)}, 10:00 AM – 10:30 AM. Conflicts with Team sync`);
    expect(await event.textContent()).toContain('Conflict with Write report');
    await screenshot(page, 'calendar-week');

    // Drag it two hours down (to 12:00), snapped to 15 minutes.
    let saved = page.waitForResponse(isPatch(`/api/tasks/${task.id}`));
    const box = await taskButton.boundingBox();
    if (!box) throw new Error('the task is not visible');
    await page.mouse.move(box.x + box.width / 2, box.y + 5);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + 5 + 60 * PX_PER_MINUTE, { steps: 6 });
    await page.mouse.move(box.x + box.width / 2, box.y + 5 + 118 * PX_PER_MINUTE, { steps: 6 });
    await page.mouse.up();
    expect((await saved).status()).toBe(200);
    await page.reload();
    await untilGridSettled(page);
    expect(await minuteInColumn(taskButton, wednesday)).toBe(minutesTo(wednesday, 12));
    expect(await taskButton.getAttribute('aria-label')).toMatch(/12:00 PM – 12:30 PM$/);

    // Keyboard: down 15 minutes, a day later, and 15 minutes longer; saved once after the presses.
    await taskButton.focus();
    saved = page.waitForResponse(isPatch(`/api/tasks/${task.id}`));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowDown');
    const moved = page.locator(`[data-day="${thursday}"]`).getByRole('button', { name: /^Write report,/ });
    // The focus follows the block into Thursday's column.
    expect(await moved.evaluate((element) => element === document.activeElement)).toBe(true);
    expect((await saved).status()).toBe(200);
    await page.reload();
    await untilGridSettled(page);
    expect(await minuteInColumn(moved, thursday)).toBe(minutesTo(thursday, 12, 15));
    expect(await moved.getAttribute('aria-label')).toMatch(/12:15 PM – 1:00 PM$/);
    expect(await column.getByRole('button', { name: /^Write report,/ }).count()).toBe(0);

    // The form: Enter opens it; a new start time moves it.
    await moved.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Schedule “Write report”' });
    await dialog.getByLabel('Start time').fill('16:30');
    saved = page.waitForResponse(isPatch(`/api/tasks/${task.id}`));
    await dialog.getByRole('button', { name: 'Save' }).click();
    expect((await saved).status()).toBe(200);
    await page.reload();
    expect(await moved.getAttribute('aria-label')).toMatch(/4:30 PM – 5:15 PM$/);
    expect(problems).toEqual([]);
  });

  it('puts a block back and says why when saving it fails', async () => {
    const { context, problems } = await newContext(browser, server.origin);
    const page = await context.newPage();
    await signUpAndOnboard(page, { ...account, email: 'calendar-rollback@example.test' });
    const monday = mondayOf(calendarDay(new Date(), ZONE));
    const friday = addDays(monday, 4);
    const created = await page.request.post('/api/tasks', { headers: { origin: server.origin }, data: { title: 'Thesis', start_at: at(friday, 0).toISOString() } });
    const task = ((await created.json()) as { task: { id: string; user_id: string } }).task;
    // 22 h and 2 h: a day's work, the most a task may hold, so making the second longer must fail.
    const [, second] = await server.database.db.asService(
      (tx) => tx<{ id: string }[]>`
        insert into public.task_blocks (user_id, task_id, start_at, end_at) values
          (${task.user_id}, ${task.id}, ${at(friday, 0)}, ${at(friday, 22)}),
          (${task.user_id}, ${task.id}, ${at(addDays(friday, 1), 9)}, ${at(addDays(friday, 1), 11)})
        returning id
      `,
    );

    await page.goto(`/calendar?week=${monday}`);
    await untilGridSettled(page);
    const block = page.locator(`[data-key="block:${second?.id}"]`);
    await block.focus();
    const failed = page.waitForResponse(isPatch(`/api/task-blocks/${second?.id}`));
    await page.keyboard.press('Shift+ArrowDown');
    expect(await block.getAttribute('aria-label')).toMatch(/9:00 AM – 11:15 AM$/);
    expect((await failed).status()).toBe(400);
    await page.getByRole('alert').filter({ hasText: 'Could not move “Thesis”' }).waitFor();
    expect(await page.getByRole('alert').filter({ hasText: 'Could not move' }).textContent()).toContain('more than 24 hours');
    expect(await block.getAttribute('aria-label')).toMatch(/9:00 AM – 11:00 AM$/);
    await screenshot(page, 'calendar-rollback');
    expect(problems).toEqual([]);
  });

  it('shows one day on a narrow screen until a view is chosen', async () => {
    const { context, problems } = await newContext(browser, server.origin, { viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await signUpAndOnboard(page, { ...account, email: 'calendar-narrow@example.test' });
    const today = calendarDay(new Date(), ZONE);
    await page.goto('/calendar');
    const visibleDays = () => page.locator('[data-day]').evaluateAll((days) => days.filter((day) => day.getBoundingClientRect().width > 0).map((day) => day.getAttribute('data-day')));
    expect(await visibleDays()).toEqual([today]);
    await page.getByRole('link', { name: 'Week', exact: true }).click();
    await page.waitForURL(`**/calendar?week=${mondayOf(today)}`);
    expect(await visibleDays()).toHaveLength(7);
    await page.getByRole('link', { name: 'Next week', exact: true }).click();
    await page.waitForURL(`**/calendar?week=${addDays(mondayOf(today), 7)}`);
    expect(problems).toEqual([]);
  });
});

/** The label the page gives `day` in its column header. */
async function dayHeading(page: Page, day: string): Promise<string> {
  return (await page.locator(`a[href="?day=${day}"]`).first().textContent())?.trim() ?? '';
}
