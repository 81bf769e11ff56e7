import { SvelteSet } from 'svelte/reactivity';

/** The rows ticked for a bulk action on a list page. */
export class Selection {
  readonly ids = new SvelteSet<string>();

  get size(): number {
    return this.ids.size;
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  toggle(id: string, selected: boolean): void {
    if (selected) this.ids.add(id);
    else this.ids.delete(id);
  }

  /** Keeps only ids still on the page (after a refetch some may be gone). */
  retain(visible: Iterable<string>): void {
    const keep = new Set(visible);
    for (const id of this.ids) if (!keep.has(id)) this.ids.delete(id);
  }

  clear(): void {
    this.ids.clear();
  }
}
