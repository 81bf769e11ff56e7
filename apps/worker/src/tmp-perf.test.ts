import { briefRecipients, enqueueScheduleTick } from '@ordo/supabase-client';
import { dueBriefs } from '@ordo/shared-types';
import { createTestDatabase } from '@ordo/supabase-client/testing';
import { it } from 'vitest';
import { BRIEF_SCHEDULE_NAME, briefSchedule } from './brief-schedule.ts';

it('perf', async () => {
  const database = await createTestDatabase();
  const db = database.db;
  const zones = ['UTC', 'America/New_York', 'Europe/Berlin', 'Asia/Kolkata', 'Pacific/Chatham', 'America/St_Johns', 'Asia/Tokyo', 'Australia/Sydney'];
  await db.sql`alter table public.users disable trigger users_check_timezone`;
  await db.sql`insert into public.users (email, timezone, email_verified_at) select 'u' || i || '@x.test', (${zones}::text[])[1 + i % 8], now() from generate_series(1, 10000) i`;
  for (let i = 0; i < 3; i++) {
    let t = performance.now();
    const people = await briefRecipients(db.sql);
    console.log('PERF query', (performance.now() - t).toFixed(0));
    t = performance.now();
    const due = dueBriefs(people, { from: new Date('2026-03-10T06:59:00Z'), to: new Date('2026-03-10T07:00:00Z') });
    console.log('PERF due', (performance.now() - t).toFixed(0), due.length);
    t = performance.now();
    const due2 = dueBriefs(people, { from: new Date('2026-03-03T06:59:00Z'), to: new Date('2026-03-10T07:00:00Z') });
    console.log('PERF due 7d', (performance.now() - t).toFixed(0), due2.length);
  }
  const tick = async (at: Date) => { const t = performance.now(); const r = await enqueueScheduleTick(db.sql, BRIEF_SCHEDULE_NAME, at, (tx) => briefSchedule.jobs({ at, tx })); console.log('PERF tick', at.toISOString(), (performance.now() - t).toFixed(0), 'ms', r?.length); };
  await tick(new Date('2026-03-10T06:58:00Z'));
  await tick(new Date('2026-03-10T06:59:00Z'));
  await tick(new Date('2026-03-10T07:00:00Z'));
  await tick(new Date('2026-03-10T07:01:00Z'));
  await tick(new Date('2026-03-13T07:01:00Z'));
  await tick(new Date('2026-03-13T07:02:00Z'));
  await database.drop();
}, 300_000);
