import { accessTokenInputSchema, emailSchema, PASSWORD_MAX, passwordSchema } from '@ordo/shared-types';
import { countryForTimeZone, countryName, phoneCountries } from '@ordo/shared-types/phone-number';
import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { ApiError } from '$lib/server/api/errors.ts';
import { createAccessToken, listAccessTokens, revokeAccessToken } from '$lib/server/auth/access-tokens.ts';
import { alertsFormValues, parseAlertsForm } from '$lib/server/alerts-form.ts';
import { setEmail, setPassword, verifyUserPassword } from '$lib/server/auth/accounts.ts';
import { createCalendarFeed, getCalendarFeed, revokeCalendarFeed } from '$lib/server/auth/calendar-feed-tokens.ts';
import { clearSessionCookie } from '$lib/server/auth/cookie.ts';
import { requireUser } from '$lib/server/auth/guard.ts';
import { limitPasswordGuess, tooManyAttempts } from '$lib/server/auth/rate-limits.ts';
import { billingEnabled } from '$lib/server/billing/billing.ts';
import { getBillingSummary } from '$lib/server/billing/billing-summary.ts';
import { listSessions, revokeAllSessions, revokeSession } from '$lib/server/auth/sessions.ts';
import { parseBriefForm } from '$lib/server/brief-form.ts';
import { getBriefSettings, nextBriefAfter, saveBriefPreferences, turnBriefEmailBackOn } from '$lib/server/brief-preferences.ts';
import { deviceLabel } from '$lib/server/device-label.ts';
import { FieldError } from '$lib/server/field-error.ts';
import { disconnectGoogle } from '@ordo/google';
import { disconnectedMessage, parseCalendarChoicesForm } from '$lib/server/google/calendar-choices-form.ts';
import { googleCalendarSettings, saveCalendarChoices } from '$lib/server/google/calendar-settings.ts';
import { googleEnabled, requireGoogle } from '$lib/server/google/google.ts';
import { CONNECT_MESSAGES, googleMessage } from '$lib/server/google/google-messages.ts';
import { parsePhoneCodeForm, parsePhoneForm, phoneFormAnswer } from '$lib/server/phones/phone-form.ts';
import { phoneSentMessage } from '$lib/server/phones/phone-messages.ts';
import { enterPhone, getPhone, removePhone, resendPhoneCode, verifyPhone } from '$lib/server/phones/phones.ts';
import { getNotificationPreferences, getSmsPhoneState, saveNotificationPreferences } from '$lib/server/notification-preferences.ts';
import { parseProfileForm, timeZones } from '$lib/server/profile-form.ts';
import { listPushDevices, pushPublicKey, removePushDevice } from '$lib/server/push/push-devices.ts';
import { sendTestPush, testPushMessage } from '$lib/server/push/test-notification.ts';
import { linkOrigin } from '$lib/server/request-origin.ts';
import { parseSchedulingForm, schedulingFormValues } from '$lib/server/scheduling/preferences-form.ts';
import { getSchedulingPreferences, saveSchedulingPreferences } from '$lib/server/scheduling/preferences.ts';
import { saveProfile } from '$lib/server/users.ts';
import { fieldErrors } from '$lib/server/zod-fields.ts';
import { zoneInList } from '$lib/time-zones.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const idSchema = z.object({ id: z.uuid() });
const currentPasswordSchema = z.string().min(1, 'Enter your current password').max(PASSWORD_MAX);
const passwordChangeSchema = z
  .object({ current_password: currentPasswordSchema, new_password: passwordSchema, confirm_password: z.string() })
  .refine((form) => form.new_password === form.confirm_password, {
    message: 'Does not match the new password',
    path: ['confirm_password'],
  });
const emailChangeSchema = z.object({ email: emailSchema, current_password: currentPasswordSchema });

const noErrors: Record<string, string> = {};
const text = (data: FormData, name: string) => String(data.get(name) ?? '');
// An unchecked checkbox is absent from the form.
const checked = (data: FormData, name: string) => data.get(name) === 'on';

export const load = (async ({ locals, url }) => {
  const user = requireUser(locals, url);
  const [sessions, tokens, brief, pushDevices, phone, alerts, smsPhone, calendarFeed, scheduling, google, billing] = await Promise.all([
    listSessions(user.id),
    listAccessTokens(user.id),
    getBriefSettings(user.id),
    listPushDevices(user.id),
    getPhone(user.id),
    getNotificationPreferences(user.id),
    getSmsPhoneState(user.id),
    getCalendarFeed(user.id),
    getSchedulingPreferences(user.id),
    googleEnabled() ? googleCalendarSettings(user.id) : null,
    billingEnabled() ? getBillingSummary(user.id) : null,
  ]);
  const googleNotice = googleMessage(CONNECT_MESSAGES, url.searchParams.get('google'));
  const zoneCountry = countryForTimeZone(user.timezone);
  if (!brief) error(404, 'Your brief settings are missing');
  if (!alerts) error(404, 'Your alert settings are missing');
  return {
    profile: {
      name: user.name ?? '',
      email: user.email,
      timezone: zoneInList(user.timezone, timeZones),
      start: user.working_hours.start,
      end: user.working_hours.end,
      days: user.working_hours.days,
    },
    sessions: sessions.map((session) => ({ ...session, device: deviceLabel(session.user_agent), current: session.id === locals.session?.id })),
    tokens,
    timeZones,
    brief: { ...brief, timezone: user.timezone, next: brief.preferences.enabled ? nextBriefAfter(brief.preferences, user.timezone, new Date()) : null },
    push: { publicKey: pushPublicKey(), devices: pushDevices },
    phone: { state: phone, countries: phoneCountries(), zoneCountry: zoneCountry ? { code: zoneCountry, name: countryName(zoneCountry) } : null },
    alerts: { values: alertsFormValues(alerts), phone: smsPhone },
    calendarFeed,
    scheduling: schedulingFormValues(scheduling),
    // null when Google is not configured: the section is not shown at all.
    google: google && {
      ...google,
      notice: googleNotice && googleNotice.code !== 'connected' ? { text: googleNotice.text, problem: true } : null,
    },
    // null unless the server sells plans (ENABLE_STRIPE): then nothing about billing shows.
    billing: billing && { plan: billing.plan.name, reason: billing.reason, until: billing.until },
    toast: googleNotice?.code === 'connected' ? { message: googleNotice.text } : undefined,
  };
}) satisfies PageServerLoad;

// Password checks are rate limited like sign-in: a stolen session must not become a password oracle.
async function checkPassword(event: RequestEvent, userId: string, email: string, password: string) {
  const guess = await limitPasswordGuess('password_check', { address: event.getClientAddress(), account: email }, async () =>
    (await verifyUserPassword(userId, password)) ? true : null,
  );
  if (guess.ok) return null;
  if (guess.retryAfterSeconds === null) return 'Current password is incorrect.';
  return tooManyAttempts(guess.retryAfterSeconds);
}

function endThisBrowserSession(event: RequestEvent): never {
  clearSessionCookie(event.cookies);
  redirect(303, '/login');
}

export const actions = {
  profile: async ({ locals, request, url }) => {
    const user = requireUser(locals, url);
    const result = parseProfileForm(await request.formData());
    if (!result.ok) return fail(400, { action: 'profile', values: result.values, errors: result.errors });
    try {
      await saveProfile(user.id, result.input, false);
    } catch (error) {
      if (error instanceof FieldError) {
        return fail(400, { action: 'profile', values: { ...result.input, ...result.input.working_hours }, errors: error.fields });
      }
      throw error;
    }
    return { action: 'profile', toast: { message: 'Profile saved.' } };
  },

  brief: async ({ locals, request, url }) => {
    const user = requireUser(locals, url);
    const result = parseBriefForm(await request.formData());
    if (!result.ok) return fail(400, { action: 'brief', briefValues: result.values, errors: result.errors });
    await saveBriefPreferences(user.id, result.input);
    return { action: 'brief', toast: { message: 'Daily brief settings saved.' } };
  },

  alerts: async ({ locals, request, url }) => {
    const user = requireUser(locals, url);
    const result = parseAlertsForm(await request.formData());
    if (!result.ok) return fail(400, { action: 'alerts', alertValues: result.values, errors: result.errors });
    try {
      await saveNotificationPreferences(user.id, result.input);
    } catch (error) {
      // A plan without text messages: the upgrade prompt instead of an error page.
      if (error instanceof ApiError && error.limit) {
        const alertValues = alertsFormValues(result.input);
        return fail(402, { action: 'alerts', alertValues, errors: { ...noErrors, sms_enabled: error.message }, limit: error.limit });
      }
      throw error;
    }
    return { action: 'alerts', toast: { message: 'Alert settings saved.' } };
  },

  scheduling: async ({ locals, request, url }) => {
    const user = requireUser(locals, url);
    const result = parseSchedulingForm(await request.formData());
    if (!result.ok) return fail(400, { action: 'scheduling', schedulingValues: result.values, errors: result.errors });
    await saveSchedulingPreferences(user.id, result.input);
    return { action: 'scheduling', toast: { message: 'Planning settings saved.' } };
  },

  briefEmailOn: async ({ locals, url }) => {
    const user = requireUser(locals, url);
    await turnBriefEmailBackOn(user.id);
    return { action: 'brief', toast: { message: 'Brief emails are back on.' } };
  },

  phone: async ({ locals, request, url }) => {
    const user = requireUser(locals, url);
    const result = parsePhoneForm(await request.formData());
    if (!result.ok) return fail(400, { action: 'phone', phoneValues: result.values, errors: result.errors });
    return phoneFormAnswer(await enterPhone(user, result.input), { ...result.input, country: result.input.country ?? '', code: '' }, phoneSentMessage, 'phone');
  },

  phoneCode: async ({ locals, url }) => {
    const user = requireUser(locals, url);
    return phoneFormAnswer(await resendPhoneCode(user.id), { phone: '', country: '', code: '' }, phoneSentMessage, 'code');
  },

  phoneVerify: async ({ locals, request, url }) => {
    const user = requireUser(locals, url);
    const result = parsePhoneCodeForm(await request.formData());
    if (!result.ok) return fail(400, { action: 'phone', phoneValues: result.values, errors: result.errors });
    return phoneFormAnswer(await verifyPhone(user.id, result.input), { phone: '', country: '', code: result.input }, () => 'Phone verified.', 'code');
  },

  phoneRemove: async ({ locals, url }) => {
    const user = requireUser(locals, url);
    await removePhone(user.id);
    return { action: 'phone', toast: { message: 'Phone removed.' } };
  },

  password: async (event) => {
    const user = requireUser(event.locals, event.url);
    const data = await event.request.formData();
    const parsed = passwordChangeSchema.safeParse({
      current_password: text(data, 'current_password'),
      new_password: text(data, 'new_password'),
      confirm_password: text(data, 'confirm_password'),
    });
    if (!parsed.success) return fail(400, { action: 'password', errors: fieldErrors(parsed.error) });
    const problem = await checkPassword(event, user.id, user.email, parsed.data.current_password);
    if (problem) return fail(400, { action: 'password', errors: { ...noErrors, current_password: problem } });
    const keepSessionId = event.locals.session?.via === 'cookie' ? event.locals.session.id : null;
    const revokeTokens = checked(data, 'revoke_tokens');
    await setPassword(user.id, parsed.data.new_password, { keepSessionId, revokeTokens });
    const message = revokeTokens
      ? 'Password changed. Other sessions were signed out and access tokens revoked.'
      : 'Password changed. Other sessions were signed out.';
    return { action: 'password', toast: { message } };
  },

  email: async (event) => {
    const user = requireUser(event.locals, event.url);
    const data = await event.request.formData();
    const parsed = emailChangeSchema.safeParse({ email: text(data, 'email'), current_password: text(data, 'current_password') });
    if (!parsed.success) return fail(400, { action: 'email', email: text(data, 'email'), errors: fieldErrors(parsed.error) });
    const problem = await checkPassword(event, user.id, user.email, parsed.data.current_password);
    if (problem) return fail(400, { action: 'email', email: parsed.data.email, errors: { ...noErrors, current_password: problem } });
    const result = await setEmail(user.id, parsed.data.email);
    if (!result.ok) {
      return fail(409, { action: 'email', email: parsed.data.email, errors: { ...noErrors, email: 'Another account uses this email.' } });
    }
    return { action: 'email', toast: { message: 'Email changed.' } };
  },

  revokeSession: async (event) => {
    const user = requireUser(event.locals, event.url);
    const parsed = idSchema.safeParse({ id: text(await event.request.formData(), 'id') });
    if (!parsed.success || !(await revokeSession(user.id, parsed.data.id))) {
      return fail(404, { action: 'sessions', errors: { ...noErrors, sessions: 'That session no longer exists.' } });
    }
    if (parsed.data.id === event.locals.session?.id) endThisBrowserSession(event);
    return { action: 'sessions', toast: { message: 'Session signed out.' } };
  },

  signOutEverywhere: async (event) => {
    const user = requireUser(event.locals, event.url);
    await revokeAllSessions(user.id, { revokeTokens: checked(await event.request.formData(), 'revoke_tokens') });
    endThisBrowserSession(event);
  },

  createToken: async ({ locals, request, url }) => {
    const user = requireUser(locals, url);
    const data = await request.formData();
    const parsed = accessTokenInputSchema.safeParse({ name: text(data, 'name'), scope: text(data, 'scope') });
    if (!parsed.success) return fail(400, { action: 'tokens', errors: fieldErrors(parsed.error) });
    const { token, info } = await createAccessToken(user.id, parsed.data);
    return { action: 'tokens', createdToken: { name: info.name, scope: info.scope, token } };
  },

  revokeToken: async ({ locals, request, url }) => {
    const user = requireUser(locals, url);
    const parsed = idSchema.safeParse({ id: text(await request.formData(), 'id') });
    if (!parsed.success || !(await revokeAccessToken(user.id, parsed.data.id))) {
      return fail(404, { action: 'tokens', errors: { ...noErrors, tokens: 'That token no longer exists.' } });
    }
    return { action: 'tokens', toast: { message: 'Token revoked.' } };
  },

  createCalendarFeed: async (event) => {
    const user = requireUser(event.locals, event.url);
    const { token } = await createCalendarFeed(user.id);
    return { action: 'calendarFeed', feedUrl: `${linkOrigin(event)}/calendar/feed/${token}.ics` };
  },

  revokeCalendarFeed: async ({ locals, url }) => {
    const user = requireUser(locals, url);
    const revoked = await revokeCalendarFeed(user.id);
    return { action: 'calendarFeed', toast: { message: revoked ? 'Calendar feed turned off: its address no longer works.' : 'The calendar feed was already off.' } };
  },

  removePushDevice: async ({ locals, request, url }) => {
    const user = requireUser(locals, url);
    const parsed = idSchema.safeParse({ id: text(await request.formData(), 'id') });
    if (!parsed.success || !(await removePushDevice(user.id, parsed.data.id))) {
      return fail(404, { action: 'push', errors: { ...noErrors, push: 'That device no longer gets notifications.' } });
    }
    return { action: 'push', toast: { message: 'Device removed: it gets no more notifications.' } };
  },

  calendars: async ({ locals, request, url }) => {
    requireGoogle();
    const user = requireUser(locals, url);
    const result = parseCalendarChoicesForm(await request.formData());
    if (!result.ok) return fail(400, { action: 'google', errors: result.errors });
    try {
      const changed = await saveCalendarChoices(user.id, result.input);
      return { action: 'google', toast: { message: changed === 0 ? 'Nothing changed.' : 'Calendar choices saved.' } };
    } catch (error) {
      if (error instanceof FieldError) return fail(400, { action: 'google', errors: error.fields });
      throw error;
    }
  },

  googleDisconnect: async ({ locals, url }) => {
    const deps = requireGoogle();
    const user = requireUser(locals, url);
    return { action: 'google', toast: { message: disconnectedMessage(await disconnectGoogle(deps, user.id)) } };
  },

  testPush: async ({ locals, url }) => {
    const user = requireUser(locals, url);
    try {
      return { action: 'push', toast: { message: testPushMessage(await sendTestPush(user.id), user.timezone) } };
    } catch (error) {
      if (error instanceof ApiError && error.status < 500) return fail(error.status, { action: 'push', errors: { ...noErrors, push: error.message } });
      throw error;
    }
  },
} satisfies Actions;
