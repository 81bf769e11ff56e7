import type { z } from 'zod';
import { fieldErrors } from '../zod-fields.ts';
import { validationFailed } from './errors.ts';
import { nulFields } from './nul-characters.ts';

// Query keys that may repeat or hold a comma-separated list, and keys that hold whole numbers.
const LIST_KEYS = new Set(['status']);
const INTEGER_KEYS = new Set(['limit']);

/** Reads the query string into the schema's shape (lists, integers), or a 400 naming each bad parameter. */
export function parseQuery<S extends z.ZodType>(url: URL, schema: S): z.output<S> {
  const raw: Record<string, unknown> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    if (LIST_KEYS.has(key)) raw[key] = values.flatMap((value) => value.split(',')).filter((value) => value !== '');
    else if (INTEGER_KEYS.has(key) && /^\d{1,9}$/.test(values[0] ?? '')) raw[key] = Number(values[0]);
    else raw[key] = values[0];
  }
  const nul = nulFields(raw);
  if (Object.keys(nul).length > 0) throw validationFailed(nul);
  const result = schema.safeParse(raw);
  if (!result.success) {
    // A bad item of a list parameter (status.1) is reported under the parameter's name.
    const fields: Record<string, string> = {};
    for (const [path, message] of Object.entries(fieldErrors(result.error))) fields[path.replace(/\.\d+$/, '')] ??= message;
    throw validationFailed(fields);
  }
  return result.data;
}
