import { smsLength } from '@ordo/notify';
import { createTestDatabase, type TestDatabase } from '@ordo/supabase-client/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notificationsOf, seedAlertPerson, sendJobsOf } from '../testing/alerts.ts';
import { alertBriefReady, BRIEF_READY_STALE_MS } from './brief-ready-alert.ts';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(() => database.drop());

const AT = new Date('2026-12-03T12:05:00Z');
const ORIGIN = 'https://ordo.example.com';

async function readyBrief(userId: string, kind: 'daily' | 'weekly' = 'daily'): Promise<string> {
  const [row] = await database.db.sql<{ id: string }[]>`
    insert into public.daily_briefs (user_id, kind, local_date, timezone, send_at, status, headline)
    values (${userId}, ${kind}, '2026-12-03', 'America/New_York', ${AT}, 'ready', 'Taxes first') returning id`;
  return (row as { id: string }).id;
}

const alert = (userId: string, briefId: string, headline = 'Taxes first, then the invoice', kind: 'daily' | 'weekly' = 'daily') =>
  database.db.asService((tx) => alertBriefReady(tx, { id: briefId, userId, kind, localDate: '2026-12-03', headline }, AT, ORIGIN));

describe('alertBriefReady', () => {
  it('tells the person in one SMS segment with the link, on the channels they chose, once per brief', async () => {
    const userId = await seedAlertPerson(database.db, 'America/New_York', { sms_enabled: true });
    const briefId = await readyBrief(userId);
    const first = await alert(userId, briefId);
    expect(first).toMatchObject({ created: true, sendAt: AT });
    const again = await alert(userId, briefId, 'Another headline');
    expect(again).toMatchObject({ id: first?.id, created: false });

    const [notification, ...others] = await notificationsOf(database.db, userId);
    expect(others).toEqual([]);
    expect(notification).toMatchObject({
      kind: 'brief_ready',
      dedup_key: `brief-ready:${briefId}`,
      title: 'Your brief for Thu 3 Dec is ready',
      body: `Your brief for Thu 3 Dec is ready: Taxes first, then the invoice\n${ORIGIN}/briefs/${briefId}`,
      link: `/briefs/${briefId}`,
      channels: ['sms', 'push'],
      brief_id: briefId,
      due_at: AT,
      stale_at: new Date(AT.getTime() + BRIEF_READY_STALE_MS),
    });
    expect(smsLength(notification?.body ?? '').segments).toBe(1);
    expect((await sendJobsOf(database.db, userId)).map((job) => job.channel).toSorted()).toEqual(['push', 'sms']);
  });

  it('shortens a long headline to keep one segment, and names the weekly review', async () => {
    const userId = await seedAlertPerson(database.db, 'America/New_York');
    const briefId = await readyBrief(userId, 'weekly');
    await alert(userId, briefId, `Finish the quarterly report before anything else, then ${'call everyone back '.repeat(5)}`, 'weekly');
    const [notification] = await notificationsOf(database.db, userId);
    expect(notification?.title).toBe('Your weekly review for Thu 3 Dec is ready');
    expect(notification?.body).toMatch(new RegExp(`^Your weekly review for Thu 3 Dec is ready: Finish the quarterly report[^\\n]*\\.\\.\\.\\n${ORIGIN}/briefs/${briefId}$`));
    expect(smsLength(notification?.body ?? '').segments).toBe(1);
    expect(notification?.channels).toEqual(['push']);
  });

  it('creates nothing when brief-ready alerts are off or no channel is on', async () => {
    const off = await seedAlertPerson(database.db, 'Europe/Paris', { brief_ready: false, sms_enabled: true });
    expect(await alert(off, await readyBrief(off))).toBeNull();
    const nowhere = await seedAlertPerson(database.db, 'Europe/Paris', { sms_enabled: false, push_enabled: false });
    expect(await alert(nowhere, await readyBrief(nowhere))).toBeNull();
    expect(await notificationsOf(database.db, off)).toEqual([]);
    expect(await notificationsOf(database.db, nowhere)).toEqual([]);
    expect(await sendJobsOf(database.db, off)).toEqual([]);
  });

  it('leaves out a channel that cannot reach the person: an unverified or opted-out phone, no push device', async () => {
    const unverified = await seedAlertPerson(database.db, 'Europe/Paris', { sms_enabled: true }, { phone: 'unverified' });
    const optedOut = await seedAlertPerson(database.db, 'Europe/Paris', { sms_enabled: true }, { phone: 'opted_out' });
    const noDevice = await seedAlertPerson(database.db, 'Europe/Paris', { sms_enabled: true }, { device: false });
    const unreachable = await seedAlertPerson(database.db, 'Europe/Paris', { sms_enabled: true }, { phone: 'none', device: false });
    const channels = async (userId: string) => (await notificationsOf(database.db, userId)).map((notification) => notification.channels);
    await alert(unverified, await readyBrief(unverified));
    await alert(optedOut, await readyBrief(optedOut));
    await alert(noDevice, await readyBrief(noDevice));
    expect(await alert(unreachable, await readyBrief(unreachable))).toBeNull();
    expect(await channels(unverified)).toEqual([['push']]);
    expect(await channels(optedOut)).toEqual([['push']]);
    expect(await channels(noDevice)).toEqual([['sms']]);
    expect(await channels(unreachable)).toEqual([]);
    expect(await sendJobsOf(database.db, unreachable)).toEqual([]);
  });

  it('lives and dies with the transaction that stores the brief', async () => {
    const userId = await seedAlertPerson(database.db, 'America/New_York');
    const briefId = await readyBrief(userId);
    await expect(
      database.db.asService(async (tx) => {
        await tx`update public.daily_briefs set headline = 'Rolled back' where id = ${briefId}`;
        await alertBriefReady(tx, { id: briefId, userId, kind: 'daily', localDate: '2026-12-03', headline: 'Rolled back' }, AT, ORIGIN);
        throw new Error('the brief could not be stored');
      }),
    ).rejects.toThrow('the brief could not be stored');
    expect(await notificationsOf(database.db, userId)).toEqual([]);
    expect(await sendJobsOf(database.db, userId)).toEqual([]);
  });

  it('holds the send until quiet hours end', async () => {
    // 07:05 in New York is inside 22:00–07:30.
    const userId = await seedAlertPerson(database.db, 'America/New_York', { quiet_start: '22:00', quiet_end: '07:30' });
    const created = await alert(userId, await readyBrief(userId));
    expect(created?.sendAt).toEqual(new Date('2026-12-03T12:30:00Z'));
    expect((await sendJobsOf(database.db, userId)).map((job) => job.run_at)).toEqual([new Date('2026-12-03T12:30:00Z')]);
  });
});
