import { randomUUID } from 'node:crypto';
import { createLogger, loadConfig } from '@ordo/config';
import { createOAuthClient, type GoogleDeps, saveGoogleConnection } from '@ordo/google';
import { type GoogleFake, startGoogleFake } from '@ordo/google/testing';
import type { Db } from '@ordo/supabase-client';
import { createJobDeps, type JobDeps } from '../job-deps.ts';
import { calendarPushTask } from '../jobs/calendar.push_task.ts';
import { createRegistry } from '../queue/registry.ts';
import { startQueueRuntime } from '../queue/runtime.ts';
import { queueSettings } from '../queue/settings.ts';

const secrets = { localSecrets: { SUPABASE_JWT_SECRET: 's'.repeat(40), ENCRYPTION_KEY: 'cd'.repeat(32) } };
export const TEST_APP_URL = 'https://ordo.example';
const REDIRECT = 'http://127.0.0.1/settings/google/callback';
const CALENDAR_SCOPE = 'https://www.googleapis.com/auth/calendar';

export interface TaskCalendarPerson {
  userId: string;
  /** calendars.id of their task calendar. */
  calendarId: string;
  googleCalendarId: string;
  connectionId: string;
}

export interface PushJobRow {
  id: string;
  status: string;
  dedup_key: string;
  priority: number;
  max_attempts: number;
  result: Record<string, unknown> | null;
}

/**
 * Google's fake with the real googleapis, and worker dependencies pointed at it; people connected
 * through the fake's token exchange, each with a task calendar; calendar.push_task run by the real
 * queue runtime, started only while a test asks for queued pushes to run (so a test can stage
 * changes on both sides before anything is pushed).
 */
export class TaskCalendarWorld {
  private constructor(
    readonly db: Db,
    readonly fake: GoogleFake,
    readonly deps: JobDeps,
    private readonly env: ReturnType<typeof loadConfig>,
  ) {}

  static async start(db: Db, url: string): Promise<TaskCalendarWorld> {
    const fake = await startGoogleFake();
    const env = loadConfig(
      {
        DATABASE_URL: url,
        LOG_LEVEL: 'silent',
        WORKER_POLL_INTERVAL_MS: '20',
        PUBLIC_APP_URL: TEST_APP_URL,
        GOOGLE_API_BASE_URL: fake.url,
        PUBLIC_GOOGLE_CLIENT_ID: fake.clientId,
        GOOGLE_CLIENT_SECRET: fake.clientSecret,
      },
      secrets,
    );
    const deps = createJobDeps({ env, db, log: createLogger(env, 'test') });
    return new TaskCalendarWorld(db, fake, deps, env);
  }

  get google(): GoogleDeps {
    if (!this.deps.google) throw new Error('Google is not configured');
    return this.deps.google;
  }

  /** A person in `timezone`, connected to Google through the fake, with a task calendar of their own. */
  async connectPerson(timezone: string): Promise<TaskCalendarPerson> {
    const [user] = await this.db.sql<{ id: string }[]>`
      insert into public.users (email, timezone) values (${`tasks-${randomUUID()}@example.test`}, ${timezone}) returning id`;
    const userId = (user as { id: string }).id;
    const auth = await createOAuthClient(this.google.config, REDIRECT);
    const code = this.fake.authorize({ redirectUri: REDIRECT, scope: `openid email ${CALENDAR_SCOPE}` });
    const { tokens } = await auth.getToken(code);
    const connectionId = await saveGoogleConnection(this.google, {
      userId,
      googleSubject: this.fake.account.sub,
      googleEmail: this.fake.account.email,
      scopes: ['openid', 'email', CALENDAR_SCOPE],
      tokens,
    });
    const googleCalendarId = `tasks-${randomUUID()}@group.calendar.google.test`;
    const calendarId = await this.addCalendar(userId, connectionId, googleCalendarId, true, timezone);
    return { userId, calendarId, googleCalendarId, connectionId };
  }

  /** Another calendar of the person's connection (at the fake too). */
  async addCalendar(userId: string, connectionId: string, googleCalendarId: string, taskTarget: boolean, timeZone = 'UTC'): Promise<string> {
    this.fake.addCalendar({ id: googleCalendarId, summary: googleCalendarId, timeZone });
    const [calendar] = await this.db.sql<{ id: string }[]>`
      insert into public.calendars (user_id, connection_id, google_calendar_id, summary, sync_mode, is_task_target, access_role)
      values (${userId}, ${connectionId}, ${googleCalendarId}, 'Tasks', 'show', ${taskTarget}, 'owner')
      returning id`;
    return (calendar as { id: string }).id;
  }

  /** The calendar.push_task jobs ever enqueued for a task, oldest first. */
  pushJobs(taskId: string): Promise<PushJobRow[]> {
    return this.db.sql<PushJobRow[]>`
      select id, status, dedup_key, priority, max_attempts, result from public.queue_jobs
      where job_type = 'calendar.push_task' and payload->>'task_id' = ${taskId}
      order by created_at, id`;
  }

  /** Runs every queued calendar.push_task through the real queue runtime until none is left. */
  async runPushes(): Promise<void> {
    const runtime = await startQueueRuntime({
      db: this.db,
      env: this.env,
      settings: { ...queueSettings(this.env, `push-test-${randomUUID()}`), backoff: { baseMs: 10, capMs: 50 } },
      registry: createRegistry([calendarPushTask], ['calendar.push_task']),
      schedules: [],
      log: createLogger(this.env, 'test'),
      jobDeps: this.deps,
    });
    try {
      for (let i = 0; i < 400; i++) {
        const [live] = await this.db.sql<{ n: number }[]>`
          select count(*)::int as n from public.queue_jobs
          where job_type = 'calendar.push_task' and status in ('pending', 'processing')`;
        if (live?.n === 0) return;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      throw new Error('calendar.push_task jobs did not finish');
    } finally {
      await runtime.stop();
    }
  }

  async close(): Promise<void> {
    await this.fake.close();
  }
}
