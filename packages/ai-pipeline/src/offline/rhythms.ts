/**
 * A chore's rhythm said after it ("pay the cleaner each month", "flush the drains fortnightly") is
 * how often it comes round, not a part of what to do: it goes to the notes in brackets, and the task
 * has no due date. When the dump names its next or first turn ("…, next one by the 28th", "…,
 * first round this Saturday"), that day is the task's: the turn's words go and its day stays. A
 * daily habit ("every morning") is left to the date readers and the title, as is a rhythm someone
 * starts ("start running weekly"), one a noun takes ("his monthly", "the weekly shop") or a preposition
 * ("the best photos from each year").
 */
import { isDatePhrase } from './dates.ts';

/** How often a chore comes round, less often than daily: "each month", "every 3 months", "fortnightly". */
const RHYTHM = String.raw`(?:(?:every|each)\s+(?:other\s+|second\s+|single\s+)?(?:week|fortnight|month|quarter|year)|every\s+(?:[2-9]|1[0-2]|two|three|four|five|six|eight|ten|twelve)\s+(?:weeks|months|years)|once\s+a\s+(?:week|fortnight|month|quarter|year)|(?:bi-?)?weekly|fortnightly|(?:bi-?)?monthly|quarterly|yearly|annually)`;

/** The cheap test before the patterns below: a word of rhythm anywhere in the line. */
const RHYTHM_WORD = /\b(?:every|each|once|weekly|biweekly|bi-weekly|fortnightly|monthly|bimonthly|bi-monthly|quarterly|yearly|annually)\b/i;

/** "… each month, next one by the 28th", "… fortnightly, first round this Saturday": the rhythm, then the day of a turn. */
const RHYTHM_THEN_TURN = new RegExp(
  String.raw`(\s)(${RHYTHM})\s*[,;:–—-]\s*(?:and\s+|with\s+)?(?:the\s+)?(?:next|first)\s+(?:one|round|turn|time|lot|batch|dose|session|payment|visit|run|spray|cut|clean)(?:\s+(?:is|'s))?(?:\s+due)?\s+([^,.;!?\n]+)`,
  'gi',
);

/** Tags and a priority code ending a line: " #market p2", " !!". */
const TRAILING_TAGS = /(?:\s+(?:#[\p{L}\d_-]+|p[1-4]|!{1,3}))+\s*$/iu;

/** A rhythm ending a clause: "pay the cleaner each month", "descale the kettle weekly." */
const RHYTHM_AT_END = new RegExp(String.raw`(\s)(${RHYTHM})(?=\s*(?:[,.;!?\n]|$))`, 'gi');

/** Words before a rhythm that make it a noun's ("his monthly", "the weekly") or a preposition's ("the best ones from each year"). */
const NOUN_BEFORE = /\b(?:my|his|her|our|their|your|the|a|its|from|of|for|in|per|across|through|over|during|since)\s*$/i;
const STARTED = /\b(?:start|starting|begin|beginning|try|trying|set up|setting up|get into|getting into)\b/i;

/** The line with each chore's rhythm in brackets after it, and its next turn's day in the rhythm's place. */
export function withRhythmsAside(line: string): string {
  if (!RHYTHM_WORD.test(line)) return line;
  const turned = line.replace(RHYTHM_THEN_TURN, (whole, space: string, rhythm: string, turn: string, at: number, text: string) => {
    // "next one June 15 #market p2": the tags after the day are the line's, not the day's.
    const tags = TRAILING_TAGS.exec(turn)?.[0] ?? '';
    const day = turn.slice(0, turn.length - tags.length).trim();
    return isDatePhrase(day) && !STARTED.test(text.slice(0, at)) ? `${space}${day} (${rhythm})${tags}` : whole;
  });
  return turned.replace(RHYTHM_AT_END, (whole, space: string, rhythm: string, at: number, text: string) => {
    const before = text.slice(0, at);
    return NOUN_BEFORE.test(before) || STARTED.test(before) || insideBrackets(before) ? whole : `${space}(${rhythm})`;
  });
}

function insideBrackets(before: string): boolean {
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}
