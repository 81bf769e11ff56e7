import { findPriority } from './cues.ts';

/**
 * "(A) reimage the laptops by Wed", "P1 wifi keeps dropping, call the ISP today": a priority mark
 * leading a list item, as todo.txt writes (A) to (C) and trackers P1 to P3. It marks the item's
 * task, which may come after a remark on the same line, so it is moved to the line's end as the
 * code the task's reader cuts and reads ((A) is p1, (B) p2, (C) p3); a line that says its priority
 * in words too ("(A) fix the printer, URGENT, …") keeps the words. Lower-case "(a)" letters an
 * outline and stays.
 */
const LEADING_MARK = /^(?:\(([ABC])\)|[Pp]([1-3]))\s+(?=\S)/;
const LETTER_CODES: Record<string, string> = { A: '1', B: '2', C: '3' };
/** A line's end, before its closing stop, to set the code in front of. */
const CLOSING_STOP = /[.!]*$/;

/** The line with its leading priority mark moved to its end as a p1–p3 code. */
export function withPriorityMarkLast(line: string): string {
  const mark = LEADING_MARK.exec(line);
  if (!mark) return line;
  const code = mark[1] ? LETTER_CODES[mark[1]] : mark[2];
  const rest = line.slice(mark[0].length);
  if (findPriority(rest) !== null) return rest;
  const stop = CLOSING_STOP.exec(rest)?.index ?? rest.length;
  return `${rest.slice(0, stop)} p${code}${rest.slice(stop)}`;
}
