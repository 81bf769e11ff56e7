import type { Writable } from 'node:stream';

/** A value as one field of COPY's text format accepts it (already text, or null, or a boolean). */
export type CopyValue = string | boolean | null;

const NEEDS_ESCAPE = /[\\\n\r\t]/;
const ESCAPES = /[\\\n\r\t]/g;
const ESCAPED: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * One field in COPY's text format: `\N` for null, `t`/`f` for a boolean, text with the backslash
 * and the field and row separators escaped (so no text can end a row or read as `\N` or `\.`).
 */
export function copyField(value: CopyValue): string {
  if (value === null) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  return NEEDS_ESCAPE.test(value) ? value.replace(ESCAPES, (char) => ESCAPED[char] as string) : value;
}

/**
 * Runs a `copy <table> (<columns>) from stdin` statement (text format) with `data`: rows made of
 * copyField values, tab between fields, each ending in a newline (as text, or as UTF-8 bytes: see
 * CopyRows). Resolves once the server has
 * stored every row; rejects with the server's error (a violated constraint, say) otherwise, and
 * then the transaction is aborted, as after any failed statement. `sent` is called once the whole
 * of `data` is in the socket's buffer: from then on the server reads and stores it without this
 * thread's help, so the thread may take up other work without holding the COPY back.
 *
 * COPY is PostgreSQL's bulk path: no statement to plan, no arrays to build and take apart, and
 * rows reach the table in batches. It has no `on conflict`: a duplicate key fails the statement.
 * (postgres.js 3.4.9 never settled a COPY the server refused after its data was sent:
 * patches/postgres@3.4.9.patch, upstream porsager/postgres#1173.)
 */
export async function copyIn(statement: { writable(): Promise<Writable> }, data: string | Uint8Array, sent?: () => void): Promise<void> {
  const stream = await statement.writable();
  await new Promise<void>((resolve, reject) => {
    stream.once('error', reject);
    stream.once('finish', resolve);
    // postgres.js calls back once the socket has taken the CopyData message.
    stream.write(data, () => sent?.());
    stream.end();
  });
}
