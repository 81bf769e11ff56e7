import type { z } from 'zod';

/** `path: message` for each issue, e.g. `operations.0.due_date: Invalid ISO date`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

const FENCED = /```(?:json)?\s*\n?([\s\S]*?)```/;

/**
 * The JSON value in a model's reply: the whole reply, else the body of a ```json fence, else the
 * span from the first `{` or `[` to the last matching closer (models like to add a sentence).
 */
export function extractJson(reply: string): { ok: true; value: unknown } | { ok: false; problem: string } {
  const candidates = [reply.trim()];
  const fenced = FENCED.exec(reply)?.[1];
  if (fenced !== undefined) candidates.push(fenced.trim());
  const start = reply.search(/[{[]/);
  if (start !== -1) {
    const closer = reply[start] === '{' ? '}' : ']';
    const end = reply.lastIndexOf(closer);
    if (end > start) candidates.push(reply.slice(start, end + 1));
  }
  let problem = 'the reply contains no JSON';
  for (const candidate of candidates) {
    if (candidate === '') continue;
    try {
      return { ok: true, value: JSON.parse(candidate) };
    } catch (error) {
      problem = `the reply is not valid JSON (${error instanceof Error ? error.message : String(error)})`;
    }
  }
  return { ok: false, problem };
}

/** Parses and validates a reply; on failure says what was wrong in words a model can act on. */
export function parseJsonReply<S extends z.ZodType>(
  reply: string,
  schema: S,
): { ok: true; value: z.output<S> } | { ok: false; problem: string } {
  const json = extractJson(reply);
  if (!json.ok) return json;
  const result = schema.safeParse(json.value);
  if (!result.success) return { ok: false, problem: `the JSON does not match the schema: ${describeIssues(result.error)}` };
  return { ok: true, value: result.data };
}
