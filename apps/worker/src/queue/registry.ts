import { JOB_TYPES, type JobType } from '@ordo/shared-types';
import type { AnyJobDefinition } from './job-definition.ts';

export type Registry = ReadonlyMap<string, AnyJobDefinition>;

export class RegistryError extends Error {
  override name = 'RegistryError';
}

/**
 * One handler per job type, checked at boot: a job type with no handler, with two, or a handler
 * for a type the shared schemas do not know stops the worker with every problem named.
 */
export function createRegistry(definitions: readonly AnyJobDefinition[], known: readonly string[] = JOB_TYPES): Registry {
  const registry = new Map<string, AnyJobDefinition>();
  const problems: string[] = [];
  for (const definition of definitions) {
    if (registry.has(definition.name)) problems.push(`two handlers for job type "${definition.name}"`);
    else if (!known.includes(definition.name)) problems.push(`handler for unknown job type "${definition.name}" (add its payload schema to packages/shared-types/src/jobs)`);
    registry.set(definition.name, definition);
  }
  for (const name of known) if (!registry.has(name as JobType)) problems.push(`no handler for job type "${name}"`);
  if (problems.length > 0) throw new RegistryError(`job registry: ${problems.join('; ')}`);
  return registry;
}
