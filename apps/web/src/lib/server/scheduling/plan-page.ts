import {
  type AcceptPlanInput,
  acceptPlanInputSchema,
  dateOnlySchema,
  instantOfLocalDateTime,
  type PlanPreview,
  type PlanRequest,
  planRangeKindSchema,
} from '@ordo/shared-types';
import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { ApiError } from '../api/errors.ts';
import { FieldError } from '../field-error.ts';
import { fieldErrors } from '../zod-fields.ts';
import { acceptPlan } from './accept.ts';
import { type Planner, previewPlan } from './preview.ts';
import { limitPlanRuns } from './rate-limit.ts';

const pageQuerySchema = z.object({
  range: planRangeKindSchema.catch('day'),
  date: dateOnlySchema.optional().catch(undefined),
});

/** The /plan page's query (`?range=day|week&date=YYYY-MM-DD`): anything unreadable falls back to today's day plan. */
export function planPageRequest(url: URL): PlanRequest {
  return pageQuerySchema.parse({ range: url.searchParams.get('range') ?? undefined, date: url.searchParams.get('date') ?? undefined });
}

/** The /plan page's data: the query it was read with and the preview (429 past the planning rate limit). */
export async function loadPlanPage(planner: Planner, url: URL): Promise<{ request: PlanRequest; plan: PlanPreview }> {
  const request = planPageRequest(url);
  try {
    await limitPlanRuns(planner.id);
  } catch (problem) {
    if (problem instanceof ApiError) error(problem.status, problem.message);
    throw problem;
  }
  return { request, plan: await previewPlan(planner, request) };
}

/** `kept` maps each accepted block back to its row on the form. */
export type PlanFormResult = { ok: true; input: AcceptPlanInput; kept: number[] } | { ok: false; errors: Record<string, string> };

const KEEP_ONE = 'Keep at least one block to accept the plan';

/**
 * The /plan page's accept form. For each previewed block `i`: task_id_i, task_updated_at_i,
 * day_i (its local date), start_i (the time, HH:MM, as the person may have changed it) and
 * minutes_i; a `removed` checkbox with value i leaves the block out. Times are read on the person's
 * clock; the blocks are then checked by the same schema as POST /api/schedule/accept. Errors are
 * keyed by input name (start_i), or `_` for the form.
 */
export function parsePlanForm(data: FormData, zone: string): PlanFormResult {
  const text = (name: string) => String(data.get(name) ?? '');
  const count = Math.min(Number.parseInt(text('count'), 10) || 0, 1000);
  const removed = new Set(data.getAll('removed').map(String));
  const kept: number[] = [];
  const blocks: unknown[] = [];
  const errors: Record<string, string> = {};
  for (let index = 0; index < count; index++) {
    if (removed.has(String(index))) continue;
    const start = instantOfLocalDateTime(`${text(`day_${index}`)}T${text(`start_${index}`)}`, zone);
    const minutes = Number.parseInt(text(`minutes_${index}`), 10);
    if (!start || !(minutes > 0)) {
      errors[`start_${index}`] = 'Enter a time, like 09:30';
      continue;
    }
    kept.push(index);
    blocks.push({
      task_id: text(`task_id_${index}`),
      task_updated_at: text(`task_updated_at_${index}`),
      start_at: start.toISOString(),
      end_at: new Date(start.getTime() + minutes * 60_000).toISOString(),
    });
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  if (blocks.length === 0) return { ok: false, errors: { _: KEEP_ONE } };
  const parsed = acceptPlanInputSchema.safeParse({ blocks });
  if (parsed.success) return { ok: true, input: parsed.data, kept };
  return { ok: false, errors: formFieldsOf(fieldErrors(parsed.error), kept) };
}

/** An accept error keyed blocks.k.field, keyed instead by the form input of that block (start_i). */
export function formFieldsOf(fields: Record<string, string>, kept: number[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields)) {
    const match = /^blocks\.(\d+)\./.exec(path);
    const index = match ? kept[Number(match[1])] : undefined;
    errors[index === undefined ? '_' : `start_${index}`] ??= message;
  }
  return errors;
}

export type PlanFormOutcome = { ok: true; scheduled: number } | { ok: false; status: number; errors: Record<string, string> };

/** Accepts the plan as the form sends it: the number of tasks scheduled, or the status and errors to show. */
export async function acceptPlanForm(planner: Planner, data: FormData): Promise<PlanFormOutcome> {
  const result = parsePlanForm(data, planner.timezone);
  if (!result.ok) return { ok: false, status: 400, errors: result.errors };
  try {
    await limitPlanRuns(planner.id);
    const accepted = await acceptPlan(planner.id, planner.timezone, result.input);
    return { ok: true, scheduled: accepted.tasks.length };
  } catch (problem) {
    if (problem instanceof FieldError) return { ok: false, status: 400, errors: formFieldsOf(problem.fields, result.kept) };
    if (problem instanceof ApiError && problem.status < 500) return { ok: false, status: problem.status, errors: { _: problem.message } };
    throw problem;
  }
}
