import { savedFilterInputSchema, savedFilterPatchSchema } from '@ordo/shared-types';
import { type Action, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Toast } from '$lib/components/feedback/toast.ts';
import { formFields, formValues } from '$lib/forms/form-fields.ts';
import { requireUser } from '$lib/server/auth/guard.ts';
import { FieldError } from '$lib/server/field-error.ts';
import { createSavedFilter, deleteSavedFilter, updateSavedFilter } from '$lib/server/saved-filters.ts';
import { fieldErrors } from '$lib/server/zod-fields.ts';

// The saved filter forms: the new-filter page saves one, a filter's page edits or deletes it.

export interface FilterFormResult {
  form: string;
  errors?: Record<string, string>;
  values?: Record<string, string>;
  toast?: Toast;
}

const FIELDS = ['name', 'query'] as const;
const idSchema = z.uuid('That filter no longer exists');

function refused(form: string, data: FormData, errors: Record<string, string>) {
  return fail(400, { form, errors, values: formValues(data, FIELDS) } satisfies FilterFormResult);
}

const saveFilterAction: Action = async ({ locals, request }) => {
  const user = requireUser(locals);
  const data = await request.formData();
  const parsed = savedFilterInputSchema.safeParse(formFields(data, FIELDS));
  if (!parsed.success) return refused('saveFilter', data, fieldErrors(parsed.error));
  let id: string;
  try {
    id = (await createSavedFilter(user.id, parsed.data)).id;
  } catch (error) {
    if (error instanceof FieldError) return refused('saveFilter', data, error.fields);
    throw error;
  }
  redirect(303, `/filters/${id}`);
};

const updateFilterAction: Action = async ({ locals, request }) => {
  const user = requireUser(locals);
  const data = await request.formData();
  const id = idSchema.safeParse(data.get('id'));
  const fields = formFields(data, FIELDS);
  // The edit form sends both fields: an empty one is refused, not left unchanged.
  const parsed = savedFilterPatchSchema.safeParse({ name: fields.name ?? '', query: fields.query ?? '' });
  if (!parsed.success) return refused('updateFilter', data, fieldErrors(parsed.error));
  try {
    if (!id.success || !(await updateSavedFilter(user.id, id.data, parsed.data))) {
      return fail(404, { form: 'updateFilter', toast: { message: 'That filter no longer exists.' } } satisfies FilterFormResult);
    }
  } catch (error) {
    if (error instanceof FieldError) return refused('updateFilter', data, error.fields);
    throw error;
  }
  return { form: 'updateFilter', toast: { message: 'Filter saved' } } satisfies FilterFormResult;
};

const deleteFilterAction: Action = async ({ locals, request }) => {
  const user = requireUser(locals);
  const id = idSchema.safeParse((await request.formData()).get('id'));
  if (id.success) await deleteSavedFilter(user.id, id.data);
  redirect(303, '/filters');
};

export const saveFilterActions = { saveFilter: saveFilterAction };
export const savedFilterActions = { updateFilter: updateFilterAction, deleteFilter: deleteFilterAction };
