import { describe, expect, it } from 'vitest';
import { type ErrorBody, type HttpClient, signedUpClient } from './http-client.ts';
import { useWebServer } from './web-server.ts';

const server = useWebServer();

const DEFAULTS = {
  enabled: true,
  send_time: '07:00',
  weekdays: [1, 2, 3, 4, 5],
  sections: ['wins', 'today', 'overdue', 'upcoming', 'projects', 'focus'],
  weekly_day: null,
  max_lateness_minutes: 180,
};

async function userId(client: HttpClient): Promise<string> {
  return (await client.get<{ user: { id: string } }>('/api/me')).body.user.id;
}

describe('GET and PUT /api/me/brief', () => {
  it('gives a new account the default settings', async () => {
    const client = await signedUpClient(server.origin);
    const response = await client.get('/api/me/brief');
    expect(response.status).toBe(200);
    expect(response.body).toEqual(DEFAULTS);
  });

  it('replaces the settings, storing weekdays in order and sections in the brief’s order', async () => {
    const client = await signedUpClient(server.origin);
    const saved = await client.request('PUT', '/api/me/brief', {
      json: { enabled: false, send_time: '06:15', weekdays: [5, 1, 3], sections: ['focus', 'wins'], weekly_day: 7, max_lateness_minutes: 0 },
    });
    expect(saved.status).toBe(200);
    const expected = { enabled: false, send_time: '06:15', weekdays: [1, 3, 5], sections: ['wins', 'focus'], weekly_day: 7, max_lateness_minutes: 0 };
    expect(saved.body).toEqual(expected);
    expect((await client.get('/api/me/brief')).body).toEqual(expected);
  });

  it('names every bad field and changes nothing', async () => {
    const client = await signedUpClient(server.origin);
    const put = (body: unknown) => client.request<ErrorBody>('PUT', '/api/me/brief', { json: body });
    const bad = await put({ ...DEFAULTS, send_time: '7:00', weekdays: [1, 8], sections: ['wins', 'gossip'], weekly_day: 0, max_lateness_minutes: 2000, colour: 'red' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('validation_failed');
    expect(bad.body.error.fields).toEqual({
      send_time: 'Enter a time, like 07:00',
      'weekdays.1': 'Choose a weekday from 1 (Monday) to 7 (Sunday)',
      'sections.1': expect.any(String),
      weekly_day: 'Choose a weekday from 1 (Monday) to 7 (Sunday)',
      max_lateness_minutes: 'Enter at most 1440 minutes (a day)',
      colour: 'unknown field',
    });
    const repeated = await put({ ...DEFAULTS, weekdays: [1, 1] });
    expect(repeated.body.error.fields).toEqual({ weekdays: 'List each weekday once' });
    const missing = await put({ enabled: true });
    expect(Object.keys(missing.body.error.fields ?? {}).toSorted()).toEqual(['max_lateness_minutes', 'sections', 'send_time', 'weekdays', 'weekly_day']);
    expect((await client.get('/api/me/brief')).body).toEqual(DEFAULTS);
  });

  it('lets nobody read or change another person’s settings, and a read-only token only read its own', async () => {
    const alice = await signedUpClient(server.origin);
    const bob = await signedUpClient(server.origin);
    const [aliceId, bobId] = [await userId(alice), await userId(bob)];
    const { db } = server.database;
    expect(await db.asUser(aliceId, (tx) => tx`select user_id from public.brief_preferences`)).toEqual([{ user_id: aliceId }]);
    expect(await db.asUser(aliceId, (tx) => tx`select user_id from public.brief_preferences where user_id = ${bobId}`)).toEqual([]);
    const changed = await db.asUser(aliceId, (tx) => tx`update public.brief_preferences set send_time = '05:00' where user_id = ${bobId} returning user_id`);
    expect(changed).toEqual([]);
    await expect(db.asUser(aliceId, (tx) => tx`update public.brief_preferences set hard_bounces = 0 where user_id = ${aliceId}`)).rejects.toThrow(
      /permission denied/,
    );
    expect((await bob.get('/api/me/brief')).body).toEqual(DEFAULTS);

    const created = await alice.request<string>('POST', '/settings?/createToken', { form: { name: 'reader', scope: 'read' } });
    const token = /ordo_pat_[A-Za-z0-9_-]{43}/.exec(created.body)?.[0] as string;
    const reader = await fetch(`${server.origin}/api/me/brief`, { headers: { authorization: `Bearer ${token}` } });
    expect(reader.status).toBe(200);
    const write = await fetch(`${server.origin}/api/me/brief`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(DEFAULTS),
    });
    expect(write.status).toBe(403);
  });

  it('answers 401 without a session', async () => {
    const response = await fetch(`${server.origin}/api/me/brief`);
    expect(response.status).toBe(401);
  });
});

describe('PATCH /api/me', () => {
  it('changes each of name, timezone and working hours alone, leaving the rest', async () => {
    const client = await signedUpClient(server.origin);
    const before = (await client.get<{ user: Record<string, unknown> }>('/api/me')).body.user;
    const named = await client.patch<{ user: Record<string, unknown> }>('/api/me', { name: '  Ada Lovelace ' });
    expect(named.status).toBe(200);
    expect(named.body.user).toMatchObject({ name: 'Ada Lovelace', timezone: before.timezone, working_hours: before.working_hours });
    const moved = await client.patch<{ user: Record<string, unknown> }>('/api/me', { timezone: 'Asia/Kathmandu' });
    expect(moved.body.user).toMatchObject({ name: 'Ada Lovelace', timezone: 'Asia/Kathmandu', working_hours: before.working_hours });
    const hours = { start: '08:30', end: '16:00', days: [1, 2, 3, 4] };
    const worked = await client.patch<{ user: Record<string, unknown> }>('/api/me', { working_hours: hours });
    expect(worked.body.user).toMatchObject({ name: 'Ada Lovelace', timezone: 'Asia/Kathmandu', working_hours: hours });
    expect((await client.get<{ user: Record<string, unknown> }>('/api/me')).body.user).toMatchObject({ timezone: 'Asia/Kathmandu', working_hours: hours });
    // The settings page's brief section follows the profile timezone.
    expect((await client.get<string>('/settings')).body).toContain('<strong>Asia/Kathmandu</strong>');
  });

  it('names the bad field as the profile form does, and changes nothing', async () => {
    const client = await signedUpClient(server.origin);
    const before = (await client.get<{ user: Record<string, unknown> }>('/api/me')).body.user;
    const fieldsOf = async (body: unknown) => {
      const response = await client.patch<ErrorBody>('/api/me', body);
      expect(response.status).toBe(400);
      return response.body.error.fields;
    };
    expect(await fieldsOf({ timezone: 'Mars/Olympus' })).toEqual({ timezone: 'Choose a time zone from the list' });
    expect(await fieldsOf({ name: '   ' })).toEqual({ name: expect.any(String) });
    expect(await fieldsOf({ working_hours: { start: '17:00', end: '09:00', days: [1] } })).toEqual({ 'working_hours.end': 'Choose an end after the start' });
    expect(await fieldsOf({ working_hours: { start: '09:00' } })).toMatchObject({ 'working_hours.end': expect.any(String) });
    expect(await fieldsOf({ email: 'new@example.test', name: 'Ada' })).toEqual({ email: 'unknown field' });
    expect(await fieldsOf({})).toEqual({ _: 'Send at least one of name, timezone, working_hours' });
    expect((await client.get<{ user: Record<string, unknown> }>('/api/me')).body.user).toEqual(before);
  });
});

describe('the Daily brief section of the settings page', () => {
  const formOf = (overrides: Record<string, string | string[]> = {}) => ({
    enabled: 'on',
    send_time: '06:30',
    weekdays: ['1', '2', '3'],
    sections: ['wins', 'today', 'focus'],
    weekly_day: '5',
    max_lateness_minutes: '120',
    ...overrides,
  });

  it('saves the form, then shows the saved values and when the next brief goes out', async () => {
    const client = await signedUpClient(server.origin);
    const saved = await client.request('POST', '/settings?/brief', { form: formOf() });
    expect(saved.status).toBe(200);
    expect((await client.get('/api/me/brief')).body).toEqual({
      enabled: true,
      send_time: '06:30',
      weekdays: [1, 2, 3],
      sections: ['wins', 'today', 'focus'],
      weekly_day: 5,
      max_lateness_minutes: 120,
    });
    const page = (await client.get<string>('/settings')).body;
    expect(page).toContain('<strong>Europe/Paris</strong>');
    expect(page).toMatch(/data-testid="brief-next">Next: (a brief|the weekly review) on <time datetime="\d{4}-\d\d-\d\dT06:30:00\+0[12]:00">[A-Z][a-z]+day \d+ [A-Z][a-z]+ at 06:30<\/time>/);
    expect(page).toMatch(/<input[^>]*name="send_time"[^>]*value="06:30"/);
    expect(page).toMatch(/<option value="5" selected[^>]*>Friday/);

    const off = await client.request('POST', '/settings?/brief', { form: formOf({ enabled: [] }) });
    expect(off.status).toBe(200);
    expect((await client.get('/api/me/brief')).body).toMatchObject({ enabled: false });
    expect((await client.get<string>('/settings')).body).toContain('data-testid="brief-next">Briefs are off.');
  });

  it('shows each bad field beside its input, keeping what was posted, and saves nothing', async () => {
    const client = await signedUpClient(server.origin);
    const response = await client.request<string>('POST', '/settings?/brief', {
      form: formOf({ send_time: '24:10', weekdays: ['1', '8'], max_lateness_minutes: '' }),
    });
    expect(response.status).toBe(400);
    expect(response.body).toContain('Enter a time, like 07:00');
    expect(response.body).toContain('Choose a weekday from 1 (Monday) to 7 (Sunday)');
    expect(response.body).toContain('Enter whole minutes');
    expect(response.body).toMatch(/<input[^>]*name="send_time"[^>]*value="24:10"/);
    expect((await client.get('/api/me/brief')).body).toEqual(DEFAULTS);
  });

  it('says why email is off and turns it back on, keeping the schedule and starting the bounce count afresh', async () => {
    const client = await signedUpClient(server.origin);
    const id = await userId(client);
    const { db } = server.database;
    await client.request('PUT', '/api/me/brief', { json: { ...DEFAULTS, send_time: '08:15' } });
    await db.sql`
      update public.brief_preferences
      set email_enabled = false, email_disabled_reason = 'bounced', email_disabled_at = now(), hard_bounces = 3
      where user_id = ${id}`;
    const bounced = (await client.get<string>('/settings')).body;
    expect(bounced).toContain(`We stopped emailing you because messages to <strong>${client.email}</strong> bounced.`);
    expect(bounced).toContain('Turn email back on');

    const turnedOn = await client.request('POST', '/settings?/briefEmailOn', { form: {} });
    expect(turnedOn.status).toBe(200);
    const [row] = await db.sql`
      select email_enabled, email_disabled_reason, email_disabled_at, hard_bounces, send_time from public.brief_preferences where user_id = ${id}`;
    expect(row).toEqual({ email_enabled: true, email_disabled_reason: null, email_disabled_at: null, hard_bounces: 0, send_time: '08:15' });
    expect((await client.get<string>('/settings')).body).not.toContain('data-testid="brief-email-off"');

    await db.sql`update public.brief_preferences set email_enabled = false, email_disabled_reason = 'unsubscribed' where user_id = ${id}`;
    expect((await client.get<string>('/settings')).body).toContain('You unsubscribed from brief emails');
  });
});
