import { describe, expect, it } from 'vitest';
import { type ErrorBody, type HttpClient, signedUpClient } from './http-client.ts';
import { useWebServer } from './web-server.ts';

const server = useWebServer();

const DEFAULTS = {
  sms_enabled: false,
  push_enabled: true,
  brief_ready: true,
  task_due_soon: true,
  due_soon_minutes: 15,
  event_soon: false,
  event_soon_minutes: 10,
  overdue_digest: false,
  overdue_digest_time: '08:00',
  quiet_hours: null,
  daily_sms_cap: 10,
};

const CHANGED = {
  sms_enabled: true,
  push_enabled: false,
  brief_ready: false,
  task_due_soon: true,
  due_soon_minutes: 45,
  event_soon: true,
  event_soon_minutes: 5,
  overdue_digest: true,
  overdue_digest_time: '17:30',
  quiet_hours: { start: '22:30', end: '06:45' },
  daily_sms_cap: 3,
};

async function userId(client: HttpClient): Promise<string> {
  return (await client.get<{ user: { id: string } }>('/api/me')).body.user.id;
}

describe('GET and PUT /api/me/notifications', () => {
  it('gives a new account the defaults, then replaces every field and reads it back', async () => {
    const client = await signedUpClient(server.origin);
    const fresh = await client.get('/api/me/notifications');
    expect(fresh.status).toBe(200);
    expect(fresh.body).toEqual(DEFAULTS);

    const saved = await client.request('PUT', '/api/me/notifications', { json: CHANGED });
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual(CHANGED);
    expect((await client.get('/api/me/notifications')).body).toEqual(CHANGED);
    const [row] = await server.database.db.sql`
      select quiet_start, quiet_end, overdue_digest_time from public.notification_preferences where user_id = ${await userId(client)}`;
    expect(row).toEqual({ quiet_start: '22:30', quiet_end: '06:45', overdue_digest_time: '17:30' });

    // Quiet hours off again clears both times.
    const cleared = await client.request('PUT', '/api/me/notifications', { json: { ...CHANGED, quiet_hours: null } });
    expect(cleared.body).toEqual({ ...CHANGED, quiet_hours: null });
  });

  it('names every bad field and changes nothing', async () => {
    const client = await signedUpClient(server.origin);
    const put = (body: unknown) => client.request<ErrorBody>('PUT', '/api/me/notifications', { json: body });
    const bad = await put({
      sms_enabled: 'yes',
      push_enabled: null,
      brief_ready: 1,
      task_due_soon: true,
      due_soon_minutes: 0,
      event_soon: false,
      event_soon_minutes: 1441,
      overdue_digest: true,
      overdue_digest_time: '8:00',
      quiet_hours: { start: '22:00', end: '24:00' },
      daily_sms_cap: 101,
      colour: 'red',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('validation_failed');
    expect(bad.body.error.fields).toEqual({
      sms_enabled: expect.any(String),
      push_enabled: 'Fill in this field',
      brief_ready: expect.any(String),
      due_soon_minutes: 'Enter 1 minute or more',
      event_soon_minutes: 'Enter at most 1440 minutes (a day)',
      overdue_digest_time: 'Enter a time, like 22:00',
      'quiet_hours.end': 'Enter a time, like 22:00',
      daily_sms_cap: 'Enter at most 100',
      colour: 'unknown field',
    });
    const fractional = await put({ ...DEFAULTS, due_soon_minutes: 2.5, daily_sms_cap: 0 });
    expect(fractional.body.error.fields).toEqual({ due_soon_minutes: 'Enter whole minutes', daily_sms_cap: 'Enter 1 or more' });
    const sameTimes = await put({ ...DEFAULTS, quiet_hours: { start: '23:00', end: '23:00' } });
    expect(sameTimes.body.error.fields).toEqual({ 'quiet_hours.end': 'Choose an end different from the start' });
    const extraKey = await put({ ...DEFAULTS, quiet_hours: { start: '23:00', end: '06:00', days: [1] } });
    expect(extraKey.body.error.fields).toEqual({ 'quiet_hours.days': 'unknown field' });
    const missing = await put({ sms_enabled: true });
    expect(Object.keys(missing.body.error.fields ?? {}).toSorted()).toEqual(
      Object.keys(DEFAULTS)
        .filter((key) => key !== 'sms_enabled')
        .toSorted(),
    );
    expect((await client.get('/api/me/notifications')).body).toEqual(DEFAULTS);
  });

  it('lets nobody read or change another person’s settings, and a read-only token only read its own', async () => {
    const alice = await signedUpClient(server.origin);
    const bob = await signedUpClient(server.origin);
    const [aliceId, bobId] = [await userId(alice), await userId(bob)];
    const { db } = server.database;
    expect(await db.asUser(aliceId, (tx) => tx`select user_id from public.notification_preferences`)).toEqual([{ user_id: aliceId }]);
    const changed = await db.asUser(aliceId, (tx) => tx`update public.notification_preferences set sms_enabled = true where user_id = ${bobId} returning user_id`);
    expect(changed).toEqual([]);
    await expect(db.asUser(aliceId, (tx) => tx`update public.notification_preferences set user_id = ${bobId} where user_id = ${aliceId}`)).rejects.toThrow(
      /permission denied/,
    );
    await expect(db.asUser(aliceId, (tx) => tx`delete from public.notification_preferences where user_id = ${aliceId}`)).rejects.toThrow(/permission denied/);
    expect((await bob.get('/api/me/notifications')).body).toEqual(DEFAULTS);

    const created = await alice.request<string>('POST', '/settings?/createToken', { form: { name: 'reader', scope: 'read' } });
    const token = /ordo_pat_[A-Za-z0-9_-]{43}/.exec(created.body)?.[0] as string;
    const reader = await fetch(`${server.origin}/api/me/notifications`, { headers: { authorization: `Bearer ${token}` } });
    expect(reader.status).toBe(200);
    const write = await fetch(`${server.origin}/api/me/notifications`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(CHANGED),
    });
    expect(write.status).toBe(403);
    expect((await alice.get('/api/me/notifications')).body).toEqual(DEFAULTS);
  });

  it('answers 401 without a session', async () => {
    expect((await fetch(`${server.origin}/api/me/notifications`)).status).toBe(401);
    const put = await fetch(`${server.origin}/api/me/notifications`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(DEFAULTS),
    });
    expect(put.status).toBe(401);
  });

  it('is in the OpenAPI document with every field required', async () => {
    const document = (await (await fetch(`${server.origin}/api/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: unknown }> }; responses: Record<string, unknown> }>>;
      components: { schemas: Record<string, { required: string[]; properties: Record<string, unknown> }> };
    };
    const path = document.paths['/api/me/notifications'];
    expect(Object.keys(path ?? {}).toSorted()).toEqual(['get', 'put']);
    expect(Object.keys(path?.put?.responses ?? {})).toEqual(expect.arrayContaining(['200', '400', '401', '403']));
    const schema = document.components.schemas.NotificationPreferences;
    expect(schema?.required.toSorted()).toEqual(Object.keys(DEFAULTS).toSorted());
    expect(path?.put?.requestBody?.content['application/json']?.schema).toMatchObject({ additionalProperties: false });
  });
});

describe('the Alerts section of the settings page', () => {
  const formOf = (overrides: Record<string, string> = {}) => ({
    sms_enabled: 'on',
    push_enabled: 'on',
    task_due_soon: 'on',
    due_soon_minutes: '20',
    event_soon_minutes: '10',
    overdue_digest: 'on',
    overdue_digest_time: '07:45',
    quiet_hours: 'on',
    quiet_start: '21:00',
    quiet_end: '06:30',
    daily_sms_cap: '5',
    ...overrides,
  });

  it('saves the form, then shows the saved values', async () => {
    const client = await signedUpClient(server.origin);
    const saved = await client.request('POST', '/settings?/alerts', { form: formOf() });
    expect(saved.status).toBe(200);
    expect((await client.get('/api/me/notifications')).body).toEqual({
      ...DEFAULTS,
      sms_enabled: true,
      brief_ready: false,
      due_soon_minutes: 20,
      overdue_digest: true,
      overdue_digest_time: '07:45',
      quiet_hours: { start: '21:00', end: '06:30' },
      daily_sms_cap: 5,
    });
    const page = (await client.get<string>('/settings')).body;
    expect(page).toMatch(/<input[^>]*name="sms_enabled"[^>]*checked/);
    expect(page).not.toMatch(/<input[^>]*name="brief_ready"[^>]*checked/);
    expect(page).toMatch(/<input[^>]*name="due_soon_minutes"[^>]*value="20"/);
    expect(page).toMatch(/<input[^>]*name="quiet_start"[^>]*value="21:00"/);
    expect(page).toMatch(/<input[^>]*name="overdue_digest_time"[^>]*value="07:45"/);

    // Quiet hours unticked: none, whatever the times say.
    await client.request('POST', '/settings?/alerts', { form: formOf({ quiet_hours: '', quiet_start: 'x' }) });
    expect((await client.get('/api/me/notifications')).body).toMatchObject({ quiet_hours: null });
  });

  it('says SMS needs a verified phone until the phone is verified', async () => {
    const client = await signedUpClient(server.origin);
    const id = await userId(client);
    const { db } = server.database;
    // The hint's text, without the comments Svelte's server rendering leaves around an {#if}.
    const notice = async () =>
      /data-testid="alerts-sms-phone">([\s\S]*?)<\/p>/
        .exec((await client.get<string>('/settings')).body)?.[1]
        ?.replace(/<!--[\s\S]*?-->/g, '')
        .trim();
    expect(await notice()).toBe('SMS alerts need a verified phone: add one in the Phone section. Until then nothing is sent by SMS.');
    await db.sql`insert into public.user_phones (user_id, phone_e164) values (${id}, '+14155550123')`;
    expect(await notice()).toBe('SMS alerts need a verified phone: verify yours in the Phone section. Until then nothing is sent by SMS.');
    await db.sql`update public.user_phones set verified_at = now() where user_id = ${id}`;
    expect(await notice()).toBe('Your phone is verified: SMS alerts go to it.');
  });

  it('shows each bad field beside its input, keeping what was posted, and saves nothing', async () => {
    const client = await signedUpClient(server.origin);
    const response = await client.request<string>('POST', '/settings?/alerts', {
      form: formOf({ due_soon_minutes: '', quiet_end: '21:00', daily_sms_cap: '500', overdue_digest_time: '25:00' }),
    });
    expect(response.status).toBe(400);
    for (const message of ['Enter whole minutes', 'Choose an end different from the start', 'Enter at most 100', 'Enter a time, like 22:00']) {
      expect(response.body).toContain(message);
    }
    expect(response.body).toMatch(/<input[^>]*name="daily_sms_cap"[^>]*value="500"/);
    expect(response.body).toMatch(/<input[^>]*id="alerts-quiet-end"[^>]*aria-invalid="true"/);
    expect((await client.get('/api/me/notifications')).body).toEqual(DEFAULTS);
  });
});
