import type { TimedItem } from './calendar-item.ts';
import type { Span } from './moves.ts';

/** Why a save failed, in words for the person (the API's message, with the field it names). */
export class SaveError extends Error {}

/**
 * Writes a moved or resized item through the JSON API as the signed-in person: a task through its
 * own update (start_at and duration_minutes), a block through PATCH /api/task-blocks/:id.
 */
export async function saveSpan(item: TimedItem, span: Span, fetcher: typeof fetch = fetch): Promise<void> {
  const start_at = new Date(span.start).toISOString();
  const [path, body] =
    item.kind === 'block'
      ? [`/api/task-blocks/${item.id}`, { start_at, end_at: new Date(span.end).toISOString() }]
      : [`/api/tasks/${item.id}`, { start_at, duration_minutes: Math.round((span.end - span.start) / 60_000) }];
  let response: Response;
  try {
    response = await fetcher(path, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  } catch {
    throw new SaveError('the server could not be reached');
  }
  if (response.ok) return;
  const answer = (await response.json().catch(() => null)) as { error?: { message?: string; fields?: Record<string, string> } } | null;
  const fields = Object.entries(answer?.error?.fields ?? {}).map(([field, message]) => `${field}: ${message}`);
  throw new SaveError(fields.join('; ') || answer?.error?.message || `the server answered ${response.status}`);
}
