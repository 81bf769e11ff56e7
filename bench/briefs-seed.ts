// Seeds the brief benchmark's people in a few set-based statements (no per-user round trips). Each
// has a verified address (the scheduler mails no one else), lives in one of a dozen timezones and
// has 3–4 projects and 20–40 tasks around their own today: some done yesterday, some done earlier,
// some overdue by 1–14 days, some due today, in the next week or later, some with no date; a sixth
// in the inbox.
import type { Db } from '../packages/supabase-client/src/index.ts';

const TIMEZONES = [
  'America/New_York',
  'America/Los_Angeles',
  'America/Sao_Paulo',
  'America/St_Johns',
  'Europe/London',
  'Europe/Berlin',
  'Africa/Lagos',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Asia/Tokyo',
  'Australia/Sydney',
  'Pacific/Chatham',
];

const FIRST_NAMES = ['Ada', 'Grace', 'Alan', 'Edsger', 'Barbara', 'Donald', 'Frances', 'Ken', 'Margaret', 'Linus', 'Radia', 'Tim'];

const PROJECT_NAMES = [
  'Website relaunch',
  'Kitchen renovation',
  'Hiring a designer',
  'Q1 planning',
  'Marathon training',
  'Book club',
  'Customer onboarding',
  'Tax return',
  'Garden',
  'Conference talk',
];

const TASK_TITLES = [
  'Send the invoice to Acme',
  'Review the budget draft',
  'Call the dentist',
  'Write the release notes',
  'Book flights for the offsite',
  'Reply to Sam about the contract',
  'Prepare slides for Monday',
  'Renew the passport',
  'Fix the login redirect bug',
  'Order new running shoes',
  'Draft the job description',
  'Pay the electricity bill',
  'Update the project timeline',
  'Read chapter 4',
  'Plan the team lunch',
  'Back up the laptop',
  'Interview the second candidate',
  'Water the tomatoes',
  'Test the checkout flow',
  'Schedule the quarterly review',
];

export interface SeededUsers {
  users: number;
  projects: number;
  tasks: number;
  seconds: number;
}

/**
 * Inserts `count` people with preferences, projects and tasks. Runs with
 * session_replication_role = replica, so per-row triggers (change notifications, completed_at
 * sync, timezone check, default preferences) do not fire: the statements set those values
 * themselves, consistently, and nobody listens to a benchmark's fresh database.
 */
export async function seedBriefUsers(db: Db, count: number): Promise<SeededUsers> {
  const started = performance.now();
  await db.sql.begin(async (tx) => {
    await tx`set local session_replication_role = replica`;
    await tx`
      insert into public.users (email, name, timezone, onboarding_completed_at, email_verified_at)
      select 'person' || i || '@bench.test',
             (${FIRST_NAMES}::text[])[1 + i % ${FIRST_NAMES.length}] || ' ' || i,
             (${TIMEZONES}::text[])[1 + i % ${TIMEZONES.length}],
             now() - interval '30 days',
             now() - interval '30 days'
      from generate_series(1, ${count}) as i`;
    await tx`insert into public.brief_preferences (user_id) select id from public.users`;
    await tx`
      insert into public.projects (user_id, name, position, color)
      select u.id, (${PROJECT_NAMES}::text[])[1 + (u.n * 3 + p) % ${PROJECT_NAMES.length}], p, '#2563eb'
      from (select id, row_number() over (order by email) as n from public.users) as u
      cross join lateral generate_series(1, 3 + (u.n % 2)::int) as p`;
    // r, a number from 0 to 99 fixed per task, picks what kind of task it is; dates are relative
    // to the person's own today (their timezone), as the brief reads them.
    await tx`
      with people as (
        select u.id, u.timezone, row_number() over (order by u.email) as n, (now() at time zone u.timezone)::date as today,
               (select array_agg(p.id order by p.position) from public.projects p where p.user_id = u.id) as project_ids
        from public.users u
      ),
      drafted as (
        select p.id as user_id, p.timezone, p.today, t,
               case when t % 6 = 0 then null else p.project_ids[1 + t % cardinality(p.project_ids)] end as project_id,
               (${TASK_TITLES}::text[])[1 + (p.n * 7 + t) % ${TASK_TITLES.length}] as title,
               ((p.n * 31 + t * 17) % 100)::int as r
        from people p
        cross join lateral generate_series(1, 20 + (p.n * 7919 % 21)::int) as t
      )
      insert into public.tasks (user_id, project_id, title, status, priority, due_date, completed_at, position, created_at)
      select user_id, project_id, title,
             case when r < 20 then 'done' when r between 40 and 44 then 'in_progress' else 'todo' end,
             (array['low', 'medium', 'high', null])[1 + t % 4],
             case
               when r < 12 then today - 1
               when r < 20 then today - (3 + t % 8)
               when r < 35 then today - (1 + t % 14)
               when r < 50 then today
               when r < 75 then today + (1 + t % 7)
               when r < 85 then today + (8 + t % 23)
             end,
             case
               when r < 12 then (today - 1 + time '09:00' + make_interval(mins => (t * 37) % 600))::timestamp at time zone timezone
               when r < 20 then (today - (3 + t % 8) + time '15:00')::timestamp at time zone timezone
             end,
             t,
             now() - make_interval(days => 10 + t % 20)
      from drafted`;
  });
  await db.sql`analyze`;
  const [counts] = await db.sql<{ users: number; projects: number; tasks: number }[]>`
    select (select count(*)::int from public.users) as users,
           (select count(*)::int from public.projects) as projects,
           (select count(*)::int from public.tasks) as tasks`;
  return { ...(counts as { users: number; projects: number; tasks: number }), seconds: (performance.now() - started) / 1000 };
}
