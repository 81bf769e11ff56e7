import type { z } from 'zod';

/** One message per offending field ("due_date" or "working_hours.end"), for forms and API errors. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) fields[[...issue.path, key].join('.')] ??= 'unknown field';
      continue;
    }
    const name = issue.path.length > 0 ? issue.path.join('.') : '_';
    fields[name] ??= issue.message;
  }
  return fields;
}
