import { invalidate } from '$app/navigation';
import type { TimedItem } from '$lib/calendar/calendar-item.ts';
import type { Span } from '$lib/calendar/moves.ts';
import { SaveError, saveSpan } from '$lib/calendar/save-span.ts';
import { DEPENDS } from './dependencies.ts';

/**
 * Moves on the calendar, shown at once (optimistic) and saved in the background. A run of quick
 * moves of one item (arrow presses) is saved once, after a pause; if saving fails the item goes
 * back to where it was before the run and `error` says why.
 */
export class CalendarMoves {
  /** Times shown instead of the loaded ones, by item key, until the reloaded page has them. */
  overrides = $state<Record<string, Span>>({});
  error = $state<string | null>(null);
  /** The last move saved, for the live region. */
  saved = $state<string | null>(null);
  readonly #pending = new Map<string, ReturnType<typeof setTimeout>>();

  /** Where `item` shows now. */
  spanOf(item: TimedItem): Span {
    return this.overrides[item.key] ?? { start: item.start, end: item.end };
  }

  /** Shows `item` at `span` now and saves it after `delayMs` without a further move of it. */
  move(item: TimedItem, span: Span, delayMs = 0): void {
    clearTimeout(this.#pending.get(item.key));
    this.overrides = { ...this.overrides, [item.key]: span };
    this.error = null;
    this.#pending.set(
      item.key,
      setTimeout(() => void this.#save(item), delayMs),
    );
  }

  async #save(item: TimedItem): Promise<void> {
    this.#pending.delete(item.key);
    const span = this.overrides[item.key];
    if (!span) return;
    try {
      await saveSpan(item, span);
      await invalidate(DEPENDS.tasks);
      this.saved = `“${item.title}” saved.`;
    } catch (error) {
      const reason = error instanceof SaveError ? error.message : 'something went wrong';
      this.error = `Could not move “${item.title}” (${reason}); it is back where it was.`;
    } finally {
      // A later move of the same item owns the override now.
      if (!this.#pending.has(item.key)) {
        const { [item.key]: _, ...rest } = this.overrides;
        this.overrides = rest;
      }
    }
  }
}
