/**
 * A reorder hands the listed rows the places they already hold, so rows outside the list (hidden by
 * a filter, on another page, in another project) keep theirs. Given those positions in ascending
 * order, returns the positions to give out in that order, all distinct: rows that shared a position
 * (from older data) are spread evenly over the gap up to the next larger one.
 */
export function distinctSlots(sortedPositions: readonly number[]): number[] {
  const slots: number[] = [];
  let start = 0;
  while (start < sortedPositions.length) {
    const value = sortedPositions[start] as number;
    let end = start;
    while (end < sortedPositions.length && sortedPositions[end] === value) end++;
    const next = end < sortedPositions.length ? (sortedPositions[end] as number) : value + 1;
    const count = end - start;
    for (let k = 0; k < count; k++) slots.push(value + ((next - value) * k) / count);
    start = end;
  }
  return slots;
}
