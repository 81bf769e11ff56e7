import { batchIdsSchema, projectInputSchema, projectPatchSchema } from '@ordo/shared-types';
import { type Action, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Toast } from '$lib/components/feedback/toast.ts';
import { formFields, formValues } from '$lib/forms/form-fields.ts';
import { requireUser } from '$lib/server/auth/guard.ts';
import {
  archiveProject,
  createProject,
  deleteProject,
  getProject,
  reorderProjects,
  restoreProject,
  updateProject,
} from '$lib/server/projects.ts';
import { fieldErrors } from '$lib/server/zod-fields.ts';

export interface ProjectFormResult {
  form: string;
  errors?: Record<string, string>;
  values?: Record<string, string>;
  toast?: Toast;
}

const idSchema = z.uuid('That project no longer exists');
const PROJECT_FIELDS = ['name', 'description', 'color', 'status'] as const;

function notFound(form: string) {
  return fail(404, { form, toast: { message: 'That project no longer exists.' } } satisfies ProjectFormResult);
}

const createProjectAction: Action = async ({ locals, request }) => {
  const user = requireUser(locals);
  const data = await request.formData();
  const parsed = projectInputSchema.safeParse(formFields(data, PROJECT_FIELDS));
  if (!parsed.success) {
    return fail(400, { form: 'createProject', errors: fieldErrors(parsed.error), values: formValues(data, PROJECT_FIELDS) } satisfies ProjectFormResult);
  }
  const project = await createProject(user.id, parsed.data);
  return { form: 'createProject', toast: { message: `Created “${project.name}”` } } satisfies ProjectFormResult;
};

const updateProjectAction: Action = async ({ locals, request }) => {
  const user = requireUser(locals);
  const data = await request.formData();
  const id = idSchema.safeParse(data.get('id'));
  if (!id.success) return notFound('updateProject');
  const fields = formFields(data, PROJECT_FIELDS);
  // The edit form sends every field: an empty description clears it.
  const parsed = projectPatchSchema.safeParse({ ...fields, name: fields.name ?? '', description: fields.description ?? null });
  if (!parsed.success) {
    return fail(400, { form: 'updateProject', errors: fieldErrors(parsed.error), values: formValues(data, PROJECT_FIELDS) } satisfies ProjectFormResult);
  }
  if (!(await updateProject(user.id, id.data, parsed.data))) return notFound('updateProject');
  return { form: 'updateProject', toast: { message: 'Saved' } } satisfies ProjectFormResult;
};

const archiveProjectAction: Action = async ({ locals, request }) => {
  const user = requireUser(locals);
  const data = await request.formData();
  const id = idSchema.safeParse(data.get('id'));
  if (!id.success) return notFound('archiveProject');
  const archived = data.get('archived') !== 'false';
  const project = await archiveProject(user.id, id.data, archived);
  if (!project) return notFound('archiveProject');
  return {
    form: 'archiveProject',
    toast: { message: archived ? `Archived “${project.name}”` : `Unarchived “${project.name}”` },
  } satisfies ProjectFormResult;
};

const deleteProjectAction: Action = async ({ locals, request }) => {
  const user = requireUser(locals);
  const data = await request.formData();
  const id = idSchema.safeParse(data.get('id'));
  if (!id.success) return notFound('deleteProject');
  const project = await getProject(user.id, id.data);
  if (!project || !(await deleteProject(user.id, project.id))) return notFound('deleteProject');
  // Deleting from the project's own page leaves nothing to show there.
  if (data.get('then') === 'list') redirect(303, `/projects?deleted=${project.id}`);
  return {
    form: 'deleteProject',
    toast: { message: `Deleted “${project.name}” and its tasks`, undo: { action: 'restoreProject', ids: [project.id] } },
  } satisfies ProjectFormResult;
};

const restoreProjectAction: Action = async ({ locals, request }) => {
  const user = requireUser(locals);
  const id = idSchema.safeParse((await request.formData()).get('id'));
  if (!id.success || !(await restoreProject(user.id, id.data))) return notFound('restoreProject');
  return { form: 'restoreProject', toast: { message: 'Project restored' } } satisfies ProjectFormResult;
};

/**
 * Puts the listed projects (`ids`, in their new order) in that order within the places they hold.
 * The move buttons send the two projects they swap; drag and drop sends the stretch it rearranged.
 */
const reorderProjectsAction: Action = async ({ locals, request }) => {
  const user = requireUser(locals);
  const parsed = batchIdsSchema.safeParse((await request.formData()).getAll('ids'));
  if (!parsed.success || !(await reorderProjects(user.id, parsed.data))) return notFound('reorderProjects');
  return { form: 'reorderProjects' } satisfies ProjectFormResult;
};

export const projectActions = {
  createProject: createProjectAction,
  updateProject: updateProjectAction,
  archiveProject: archiveProjectAction,
  deleteProject: deleteProjectAction,
  restoreProject: restoreProjectAction,
  reorderProjects: reorderProjectsAction,
};
