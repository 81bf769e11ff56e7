import { type GoogleFake, type GoogleFakeEvent, startGoogleFake } from '@ordo/google/testing';
import { addDays, calendarDay, instantOfWallTime, parseDate } from '@ordo/shared-types';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnWorker, stopWorker, type WorkerProcess } from '../../worker/src/testing/worker-process.ts';
import { dayColumn } from '../src/lib/calendar/day-column.ts';
import { snapMinute } from '../src/lib/calendar/moves.ts';
import { mondayOf } from '../src/lib/server/calendar/calendar-range.ts';
import { googleEnv } from '../tests/google-oauth.ts';
import { startWebServer, type WebServer } from '../tests/web-server.ts';
import { type Account, launchBrowser, newContext, screenshot, signUpAndOnboard } from './browser.ts';
import { minuteInColumn, untilGridSettled } from './calendar-grid.ts';

// Google Calendar end to end in a browser: the built web app and a real worker (both pointed at the
// loopback Google with the same keys, so the worker opens the tokens the app sealed). Connecting
// queues the sync that brings the person's event into the week view; an accepted plan becomes an
// event at Google through the worker's push; a drag in the week view patches that event once.

let fake: GoogleFake;
let server: WebServer;
let browser: Browser;
let workerStarting: Promise<WorkerProcess> | undefined;
const account: Account = { email: 'flow@example.test', password: 'correct horse battery staple', name: 'Robin' };
// Onboarding sets Europe/Paris and keeps the working hours, 09:00–17:00 Monday to Friday.
const ZONE = 'Europe/Paris';
const PRIMARY = 'robin@gmail.test';
const PX_PER_MINUTE = 0.8;
const TITLE = 'Write the grant proposal';
// The Wednesday of next week: always ahead, a working day, and well inside the sync window.
const MONDAY = addDays(mondayOf(calendarDay(new Date(), ZONE)), 7);
const DAY = addDays(MONDAY, 2);
const at = (hour: number, minute = 0) => instantOfWallTime({ ...parseDate(DAY), hour, minute }, ZONE);

beforeAll(async () => {
  fake = await startGoogleFake();
  fake.addCalendar({ id: PRIMARY, summary: 'Robin', timeZone: ZONE, primary: true, accessRole: 'owner' });
  fake.putEvent(PRIMARY, { id: 'dentist', summary: 'Dentist', start: { dateTime: at(14).toISOString() }, end: { dateTime: at(15).toISOString() } });
  [server, browser] = await Promise.all([startWebServer(googleEnv(fake)), launchBrowser()]);
  // The worker boots (tens of seconds under load) while the browser signs up; the sync that
  // connecting queues waits for it in the queue.
  workerStarting = spawnWorker(server.database.url, { ...googleEnv(fake), PUBLIC_APP_URL: server.origin });
  workerStarting.catch(() => undefined);
});

afterAll(async () => {
  await browser?.close();
  const worker = await workerStarting?.catch(() => undefined);
  if (worker) await stopWorker(worker);
  await server?.stop();
  await fake?.close();
});

const minutesTo = (instant: Date) => (instant.getTime() - dayColumn(DAY, ZONE).start) / 60_000;
const taskEvents = (taskId: string): GoogleFakeEvent[] =>
  fake.events(PRIMARY).filter((event) => event.status !== 'cancelled' && event.extendedProperties?.private?.ordo_task_id === taskId);

describe('Google Calendar from connecting to dragging a task, in a browser with a real worker', { timeout: 120_000 }, () => {
  it('connects, shows the Google event in the week, plans the day into Google, and patches the event once when the task is dragged', async () => {
    const { context, problems } = await newContext(browser, server.origin);
    const page = await context.newPage();
    await signUpAndOnboard(page, account);

    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await page.waitForURL('**/settings');
    await page.getByRole('region', { name: 'Google Calendar' }).getByRole('button', { name: 'Connect Google Calendar' }).click();
    await page.waitForURL('**/settings?google=connected*');
    const worker = await (workerStarting as Promise<WorkerProcess>);
    await worker.waitForLog((line) => line.msg === 'calendar synced' && line.reason === 'connected', 30_000);

    // The worker's sync brings Google's event in: the week view shows it in Wednesday's column at 14:00.
    const column = page.locator(`[data-day="${DAY}"]`);
    const dentist = column.locator('[data-key^="event:"]', { hasText: 'Dentist' });
    await expect
      .poll(
        async () => {
          await page.goto(`/calendar?week=${MONDAY}`);
          return dentist.count();
        },
        { timeout: 30_000, interval: 500 },
      )
      .toBe(1);
    await untilGridSettled(page);
    expect(await minuteInColumn(dentist, DAY)).toBe(minutesTo(at(14)));
    await screenshot(page, 'google-flow-week');

    // An unscheduled task, planned into that day around the event, then accepted.
    const created = await page.request.post('/api/tasks', { headers: { origin: server.origin }, data: { title: TITLE, duration_minutes: 60 } });
    expect(created.status()).toBe(201);
    const taskId = ((await created.json()) as { task: { id: string } }).task.id;
    await page.goto(`/plan?range=day&date=${DAY}`);
    await page.getByRole('heading', { name: 'Plan my day' }).waitFor();
    const [hour, minute] = (await page.getByLabel(`Start of ${TITLE}`).inputValue()).split(':').map(Number) as [number, number];
    const planned = at(hour, minute);
    // Inside working hours and clear of the dentist.
    expect(planned.getTime()).toBeGreaterThanOrEqual(at(9).getTime());
    expect(planned.getTime() + 60 * 60_000 <= at(14).getTime() || planned.getTime() >= at(15).getTime()).toBe(true);
    await page.getByRole('button', { name: 'Accept plan' }).click();
    await page.getByText('Plan accepted: 1 task scheduled.').waitFor();
    await page.getByText('Nothing to place').waitFor();

    // The worker pushes it: one event at Google, tagged with the task, at the planned time.
    await expect.poll(() => taskEvents(taskId).map((event) => event.start.dateTime && Date.parse(event.start.dateTime)), { timeout: 30_000, interval: 200 }).toEqual([
      planned.getTime(),
    ]);
    const [event] = taskEvents(taskId) as [GoogleFakeEvent];
    expect(event).toMatchObject({ summary: TITLE, end: { timeZone: ZONE } });
    expect(Date.parse(event.end.dateTime as string)).toBe(planned.getTime() + 60 * 60_000);

    // Dragged about two hours later in the week view (the drag of calendar-week.test.ts).
    await page.goto(`/calendar?week=${MONDAY}`);
    await untilGridSettled(page);
    const taskButton = column.getByRole('button', { name: new RegExp(`^${TITLE},`) });
    expect(await minuteInColumn(taskButton, DAY)).toBe(minutesTo(planned));
    const saved = page.waitForResponse(
      (response) => response.request().method() === 'PATCH' && new URL(response.url()).pathname === `/api/tasks/${taskId}`,
    );
    const box = await taskButton.boundingBox();
    if (!box) throw new Error('the task is not visible');
    await page.mouse.move(box.x + box.width / 2, box.y + 5);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + 5 + 60 * PX_PER_MINUTE, { steps: 6 });
    await page.mouse.move(box.x + box.width / 2, box.y + 5 + 118 * PX_PER_MINUTE, { steps: 6 });
    await page.mouse.up();
    expect((await saved).status()).toBe(200);
    // Dropped with its top 118 minutes lower, snapped to the quarter hour: two hours later from 09:00.
    const moved = new Date(dayColumn(DAY, ZONE).start + snapMinute(minutesTo(planned) + 118) * 60_000);

    // Google's event follows, patched once, and no push is left to send anything more.
    const eventPath = new RegExp(`/calendars/${encodeURIComponent(PRIMARY).replaceAll('.', '\\.')}/events/${event.id}$`);
    const startAtGoogle = () => {
      const start = fake.event(PRIMARY, event.id)?.start.dateTime;
      return start === undefined ? null : Date.parse(start);
    };
    await expect.poll(startAtGoogle, { timeout: 30_000, interval: 200 }).toBe(moved.getTime());
    await expect
      .poll(
        async () => {
          const [live] = await server.database.db.sql<{ n: number }[]>`
            select count(*)::int as n from public.queue_jobs where job_type = 'calendar.push_task' and status in ('pending', 'processing')`;
          return live?.n;
        },
        { timeout: 30_000, interval: 200 },
      )
      .toBe(0);
    expect(fake.count('PATCH', eventPath)).toBe(1);
    expect(taskEvents(taskId)).toHaveLength(1);
    await page.reload();
    await untilGridSettled(page);
    expect(await minuteInColumn(taskButton, DAY)).toBe(minutesTo(moved));
    await screenshot(page, 'google-flow-dragged');
    expect(problems).toEqual([]);
  });
});
