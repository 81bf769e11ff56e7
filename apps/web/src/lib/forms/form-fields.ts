/**
 * A submitted form as a plain object for zod: trimmed strings, with empty fields left out,
 * since an empty <input> means "not given". Repeated names (checkbox groups) are not read here.
 */
export function formFields(data: FormData, names: readonly string[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const name of names) {
    const value = data.get(name);
    if (typeof value !== 'string') continue;
    const trimmed = value.trim();
    if (trimmed !== '') fields[name] = trimmed;
  }
  return fields;
}

/** The values to put back into a refused form (what the user typed, untrimmed). */
export function formValues(data: FormData, names: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of names) {
    const value = data.get(name);
    if (typeof value === 'string') values[name] = value;
  }
  return values;
}
