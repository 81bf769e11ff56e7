import { fail, redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guard.ts';
import { FieldError } from '$lib/server/field-error.ts';
import { parseProfileForm, timeZones } from '$lib/server/profile-form.ts';
import { saveProfile } from '$lib/server/users.ts';
import { zoneInList } from '$lib/time-zones.ts';
import type { Actions, PageServerLoad } from './$types';

export const load = (({ locals, url }) => {
  const user = requireUser(locals, url);
  if (user.onboarding_completed_at) redirect(303, '/dashboard');
  return {
    profile: {
      name: user.name ?? '',
      timezone: zoneInList(user.timezone, timeZones),
      start: user.working_hours.start,
      end: user.working_hours.end,
      days: user.working_hours.days,
    },
    timeZones,
  };
}) satisfies PageServerLoad;

export const actions = {
  default: async ({ locals, request, url }) => {
    const user = requireUser(locals, url);
    const result = parseProfileForm(await request.formData());
    if (!result.ok) return fail(400, { values: result.values, errors: result.errors });
    try {
      await saveProfile(user.id, result.input, true);
    } catch (error) {
      if (error instanceof FieldError) {
        const values = { ...result.input, ...result.input.working_hours };
        return fail(400, { values, errors: error.fields });
      }
      throw error;
    }
    redirect(303, '/dashboard');
  },
} satisfies Actions;
