import { json } from '@sveltejs/kit';
import { readJson } from '$lib/server/api/body.ts';
import { ApiError } from '$lib/server/api/errors.ts';
import { api } from '$lib/server/api/handler.ts';
import { requireApiUser } from '$lib/server/auth/guard.ts';
import {
  BRAIN_DUMP_TEXT_MAX,
  brainDumpInputSchema,
  createBrainDumpWithinPlan,
  limitBrainDumps,
  listBrainDumps,
} from '$lib/server/brain-dumps/index.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api(async ({ locals }) => {
  const user = requireApiUser(locals);
  return json({ brain_dumps: await listBrainDumps(user.id) });
});

// Stores the dump; drafting starts when its stream is opened (GET …/stream).
export const POST: RequestHandler = api(async ({ locals, request }) => {
  const user = requireApiUser(locals);
  const { text } = await readJson(request, brainDumpInputSchema);
  if (text.length > BRAIN_DUMP_TEXT_MAX) {
    throw new ApiError(
      413,
      'payload_too_large',
      `text is ${text.length.toLocaleString('en-US')} characters; a brain dump may have at most ${BRAIN_DUMP_TEXT_MAX.toLocaleString('en-US')} characters`,
      { fields: { text: `at most ${BRAIN_DUMP_TEXT_MAX.toLocaleString('en-US')} characters` } },
    );
  }
  await limitBrainDumps(user.id);
  const dump = await createBrainDumpWithinPlan(user.id, text);
  return json({ id: dump.id, brain_dump: dump }, { status: 201 });
});
