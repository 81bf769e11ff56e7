import { findPriority } from './cues.ts';

/**
 * "(A) reimage the laptops by Wed", "P1 wifi keeps dropping, call the ISP today": a priority mark
 * leading a list item, as todo.txt writes (A) to (C), trackers P1 to P3 and reminder apps "!!!" (as
 * "!!" after a task, two marks or more are high). It marks the item's
 * task, which may come after a remark on the same line, so it is moved to the line's end as the
 * code the task's reader cuts and reads ((A) is p1, (B) p2, (C) p3); a line that says its priority
 * in words too ("(A) fix the printer, URGENT, …") keeps the words. Lower-case "(a)" letters an
 * outline and stays.
 */
const LEADING_MARK = /^(?:\(([ABC])\)|[Pp]([1-3])|(!{2,}))\s+(?=\S)/;
const LETTER_CODES: Record<string, string> = { A: '1', B: '2', C: '3' };
/** A line's end, before its closing stop, to set the code in front of. */
const CLOSING_STOP = /[.!]*$/;

/** The line with its leading priority mark moved to its end as a p1–p3 code. */
export function withPriorityMarkLast(line: string): string {
  const mark = LEADING_MARK.exec(line);
  if (!mark) return line;
  const code = mark[1] ? LETTER_CODES[mark[1]] : (mark[2] ?? '1');
  const rest = line.slice(mark[0].length);
  if (findPriority(rest) !== null) return rest;
  const stop = CLOSING_STOP.exec(rest)?.index ?? rest.length;
  return `${rest.slice(0, stop)} p${code}${rest.slice(stop)}`;
}

/** "A1 fix the overbooking", "- B2 reply to the review": a Franklin-style letter and rank leading a line. */
const LETTER_RANK = /^(\s*(?:[-*•+]\s+)?)([ABC])([1-9])\s+(?=\S)/gm;
/** Lines so marked before the letters are read as priorities ("A4 paper", "B2 visa forms" are no ranks). */
const LETTER_RANK_LINES_MIN = 3;

/**
 * The dump with Franklin-style priorities ("A1", "A2", "B1", "C1" leading its lines) written as
 * todo.txt's "(A)" to "(C)": the rank after the letter only orders the items within it. Read so when
 * three lines or more carry them, under two letters or more, each letter's ranks counting from 1.
 */
export function withLetterRanksAsMarks(dump: string): string {
  const marks = [...dump.matchAll(LETTER_RANK)].map((match) => `${match[2]}${match[3]}`);
  const letters = new Set(marks.map((mark) => mark.charAt(0)));
  if (marks.length < LETTER_RANK_LINES_MIN || letters.size < 2 || [...letters].some((letter) => !marks.includes(`${letter}1`))) return dump;
  return dump.replace(LETTER_RANK, (_, lead: string, letter: string) => `${lead}(${letter}) `);
}
