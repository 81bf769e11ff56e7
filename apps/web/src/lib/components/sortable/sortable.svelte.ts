import { tick } from 'svelte';
import { applyOrder, changedStretch, moveItem } from './order.ts';

export interface SortableOptions {
  /** The ids in the order the server last sent. */
  ids: () => string[];
  /** What to call an item in announcements. */
  name: (id: string) => string;
  /** Persists a stretch of ids in their new order; resolves false when it was not saved. */
  save: (ids: string[]) => Promise<boolean>;
}

const LIST = '[data-sortable-list]';
const ITEM = ':scope > [data-sortable-item]';

/**
 * Drag-and-drop reordering of one list, by pointer or keyboard, shown at once and rolled back if
 * saving fails. The list element carries data-sortable-list, each item data-sortable-item={id}, and
 * each item's DragHandle calls the handlers below. Screen readers hear every step through
 * `announcement` (render it in an aria-live region).
 */
export class Sortable {
  /** The order shown while an item is held or being saved; null shows the server's. */
  #wanted = $state.raw<string[] | null>(null);
  /** The item picked up, by keyboard or pointer. */
  held = $state<string | null>(null);
  announcement = $state('');
  readonly #options: SortableOptions;
  /** The ids as shown. */
  readonly order: string[];
  #before: string[] = [];
  #via: 'keyboard' | 'pointer' | null = null;
  #list: HTMLElement | null = null;

  constructor(options: SortableOptions) {
    this.#options = options;
    this.order = $derived(applyOrder(options.ids(), this.#wanted));
  }

  /** Enter or Space on a handle arrive as a click with no pointer (detail 0): pick up, or drop. */
  click(id: string, event: MouseEvent): void {
    if (event.detail !== 0) return;
    if (this.held === id && this.#via === 'keyboard') void this.#drop();
    else if (this.held === null) this.#pickUp(id, 'keyboard', event.currentTarget as HTMLElement);
  }

  keydown(id: string, event: KeyboardEvent): void {
    if (this.held !== id) return;
    const at = this.order.indexOf(id);
    const to = { ArrowUp: at - 1, ArrowDown: at + 1, Home: 0, End: this.order.length - 1 }[event.key];
    if (to !== undefined && this.#via === 'keyboard') {
      event.preventDefault();
      if (to >= 0 && to < this.order.length && to !== at) this.#moveTo(id, to);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.#cancel();
    }
  }

  /** Tabbing away (or clicking elsewhere) puts a keyboard-held item back. */
  blur(id: string): void {
    if (this.held !== id || this.#via !== 'keyboard') return;
    // Moving the item re-inserts its element, which can blur the handle for a moment.
    requestAnimationFrame(() => {
      if (this.held === id && !this.#handle(id)?.matches(':focus')) this.#cancel();
    });
  }

  /**
   * Starts a pointer drag. The rest of it is followed on the window: re-inserting the moving
   * elements would drop a pointer capture on the handle.
   */
  pointerdown(id: string, event: PointerEvent): void {
    if (event.button !== 0 || this.held !== null) return;
    event.preventDefault();
    this.#pickUp(id, 'pointer', event.currentTarget as HTMLElement);
    const move = (moved: PointerEvent) => this.#follow(id, moved.clientY);
    const stop = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', end);
      window.removeEventListener('pointercancel', end);
      window.removeEventListener('keydown', onEscape);
    };
    const end = (ended: PointerEvent) => {
      stop();
      if (this.held !== id || this.#via !== 'pointer') return;
      if (ended.type === 'pointerup') void this.#drop();
      else this.#cancel();
    };
    // The handle does not take focus on press, so Escape is heard on the window.
    const onEscape = (pressed: KeyboardEvent) => {
      if (pressed.key !== 'Escape') return;
      pressed.preventDefault();
      stop();
      if (this.held === id && this.#via === 'pointer') this.#cancel();
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', end);
    window.addEventListener('pointercancel', end);
    window.addEventListener('keydown', onEscape);
  }

  /** Places the held item where the pointer is: after every other item whose middle is above it. */
  #follow(id: string, clientY: number): void {
    if (this.held !== id || this.#via !== 'pointer' || !this.#list) return;
    let to = 0;
    for (const item of this.#list.querySelectorAll<HTMLElement>(ITEM)) {
      if (item.dataset.sortableItem === id) continue;
      const box = item.getBoundingClientRect();
      if (box.top + box.height / 2 < clientY) to++;
    }
    if (to !== this.order.indexOf(id)) this.#moveTo(id, to, false);
  }

  #pickUp(id: string, via: 'keyboard' | 'pointer', handle: HTMLElement): void {
    this.#list = handle.closest(LIST);
    this.#before = [...this.order];
    this.#wanted = [...this.order];
    this.held = id;
    this.#via = via;
    const keys = via === 'keyboard' ? ' Arrow keys move it, Space or Enter drops it, Escape cancels.' : '';
    this.announcement = `Picked up “${this.#options.name(id)}”, position ${this.#place(id)}.${keys}`;
  }

  #moveTo(id: string, to: number, speak = true): void {
    this.#wanted = moveItem(this.order, this.order.indexOf(id), to);
    if (speak) this.announcement = `“${this.#options.name(id)}” moved to position ${this.#place(id)}.`;
    // The keyed list re-inserts the moved element, which may take focus from its handle.
    if (this.#via === 'keyboard') void tick().then(() => this.#handle(id)?.focus());
  }

  #cancel(): void {
    const id = this.held;
    this.held = null;
    this.#via = null;
    this.#wanted = null;
    if (id) this.announcement = `Reorder cancelled; “${this.#options.name(id)}” is back at position ${this.#place(id)}.`;
  }

  async #drop(): Promise<void> {
    const id = this.held;
    if (!id) return;
    const after = this.#wanted;
    this.held = null;
    this.#via = null;
    this.announcement = `“${this.#options.name(id)}” dropped at position ${this.#place(id)}.`;
    const stretch = after && changedStretch(this.#before, after);
    if (!stretch) {
      this.#wanted = null;
      return;
    }
    const saved = await this.#options.save(stretch);
    // A later move owns the order from here on.
    if (this.#wanted !== after) return;
    this.#wanted = null;
    if (!saved) this.announcement = 'The new order could not be saved; the list is back as it was.';
  }

  #place(id: string): string {
    return `${this.order.indexOf(id) + 1} of ${this.order.length}`;
  }

  #handle(id: string): HTMLElement | null {
    return this.#list?.querySelector<HTMLElement>(`[data-sortable-handle="${id}"]`) ?? null;
  }
}
