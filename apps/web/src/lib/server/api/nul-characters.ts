/** PostgreSQL text cannot hold U+0000, so the API refuses it in every string and key it reads. */
export const NUL_MESSAGE = 'must not contain the NUL character (\\u0000)';

/** One message per field of a parsed JSON value ("operations.0.name") whose string or key holds a NUL. */
export function nulFields(value: unknown, path: string[] = []): Record<string, string> {
  if (typeof value === 'string') {
    return value.includes('\u0000') ? { [path.length > 0 ? path.join('.') : '_']: NUL_MESSAGE } : {};
  }
  if (typeof value !== 'object' || value === null) return {};
  const fields: Record<string, string> = {};
  for (const [key, item] of Object.entries(value)) {
    if (key.includes('\u0000')) fields[[...path, key].join('.')] = NUL_MESSAGE;
    else Object.assign(fields, nulFields(item, [...path, key]));
  }
  return fields;
}
