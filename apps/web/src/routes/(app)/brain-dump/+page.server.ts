import { requireUser } from '$lib/server/auth/guard.ts';
import { BRAIN_DUMP_TEXT_MAX, listBrainDumps } from '$lib/server/brain-dumps/index.ts';
import { listProjects } from '$lib/server/projects.ts';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
  const user = requireUser(locals, url);
  const [history, projects] = await Promise.all([listBrainDumps(user.id), listProjects(user.id)]);
  return {
    history,
    projects: projects.map((project) => ({ id: project.id, name: project.name })),
    textMax: BRAIN_DUMP_TEXT_MAX,
  };
}) satisfies PageServerLoad;
