import { listProjects } from './projects.ts';

/** The tasks, each with its project's name (null in the inbox), as list rows show it. */
export async function withProjectNames<T extends { project_id: string | null }>(userId: string, tasks: T[]): Promise<(T & { project_name: string | null })[]> {
  if (tasks.every((task) => task.project_id === null)) return tasks.map((task) => ({ ...task, project_name: null }));
  const names = new Map((await listProjects(userId, { includeArchived: true })).map((project) => [project.id, project.name]));
  return tasks.map((task) => ({ ...task, project_name: task.project_id ? (names.get(task.project_id) ?? null) : null }));
}
