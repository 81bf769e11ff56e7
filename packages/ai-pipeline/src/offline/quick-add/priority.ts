import type { TaskPriority } from '@ordo/shared-types';
import { matchesOf } from './text-ranges.ts';

/** A piece the grammar recognised: where it is in the text and what it means. */
export interface Token<T> {
  start: number;
  end: number;
  value: T;
}

/** p1 is high, p2 medium, p3 low; p4 is "no priority" (null), as Todoist writes them. */
export const PRIORITY_CODES: Record<string, TaskPriority | null> = { '1': 'high', '2': 'medium', '3': 'low', '4': null };

const PRIORITY_CODE = /(?<![\p{L}\p{N}_])p([1-4])(?![\p{L}\p{N}_])/giu;

/** Every p1–p4 in the text, in order; the first is the one that counts. */
export function findPriorityCodes(text: string): Token<TaskPriority | null>[] {
  return matchesOf(PRIORITY_CODE, text).map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    value: PRIORITY_CODES[match[1] ?? '4'] ?? null,
  }));
}
