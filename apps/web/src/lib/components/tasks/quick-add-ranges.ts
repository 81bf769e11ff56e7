import type { TextRange } from '@ordo/shared-types';

/**
 * Keeps the chips a person undid on the same characters while they edit the text: a range before
 * the edit stays, one after it moves with it, and one the edit touches is dropped (its words
 * changed, so they are read afresh).
 */
export function followEdit(before: string, after: string, ranges: readonly TextRange[]): TextRange[] {
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < before.length - prefix && suffix < after.length - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  const editedEnd = before.length - suffix;
  const shift = after.length - before.length;
  return ranges.flatMap((range) => {
    if (range.end <= prefix) return [range];
    if (range.start >= editedEnd) return [{ start: range.start + shift, end: range.end + shift }];
    return [];
  });
}

/** Minutes as the chip shows them: "45 min", "2 h", "1 h 30 min". */
export function durationLabel(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
