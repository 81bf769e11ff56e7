/** `ids` with the item at `from` taken out and put back at `to` (both indexes into `ids`). */
export function moveItem(ids: readonly string[], from: number, to: number): string[] {
  const next = [...ids];
  const [moved] = next.splice(from, 1);
  if (moved !== undefined) next.splice(to, 0, moved);
  return next;
}

/**
 * The stretch of `after` that differs from `before` (same ids, new order), or null when nothing
 * moved. Saving just that stretch is enough: the server hands its items the places they held.
 */
export function changedStretch(before: readonly string[], after: readonly string[]): string[] | null {
  let first = 0;
  while (first < after.length && before[first] === after[first]) first++;
  if (first === after.length) return null;
  let last = after.length - 1;
  while (last > first && before[last] === after[last]) last--;
  return after.slice(first, last + 1);
}

/**
 * The order to show: `wanted` where it still applies to `current` (ids gone from the server are
 * dropped), with ids the server added since in the server's order after them.
 */
export function applyOrder(current: readonly string[], wanted: readonly string[] | null): string[] {
  if (!wanted) return [...current];
  const present = new Set(current);
  const kept = wanted.filter((id) => present.has(id));
  const placed = new Set(kept);
  return [...kept, ...current.filter((id) => !placed.has(id))];
}
