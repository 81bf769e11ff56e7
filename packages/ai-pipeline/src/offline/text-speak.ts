import { TASK_VERBS } from './verbs.ts';

/**
 * Text-speak written out, so a title reads as words and the date readers meet them: "get her smth"
 * is "get her something", "wed morn" "wed morning", "txt jess" "text jess". Shorthand no one means
 * as written is spelled out in any dump; shorthand a terse list keeps ("dinner w/ the Lims", "taxes
 * appt", "call abt the radiator") only in a dump written in text-speak throughout, where the person
 * writes everything short and a title should not.
 */

/** Shorthand that is never a word of its own, written out wherever it stands. */
const ALWAYS = new Map([
  ['smth', 'something'],
  ['smthg', 'something'],
  ['sth', 'something'],
  ['morn', 'morning'],
  ['txt', 'text'],
]);

/** Shorthand a terse list may keep as its person wrote it, written out in text-speak only. */
const IN_TEXT_SPEAK = new Map([
  ['w/', 'with'],
  ['abt', 'about'],
  ['appt', 'appointment'],
  ['bday', 'birthday'],
  ['b4', 'before'],
  ['wknd', 'weekend'],
]);

const ALWAYS_WORDS = /(?<![\p{L}\p{N}'’/.])(?:smthg|smth|sth|morn|txt)(?![\p{L}\p{N}'’-])/giu;
const TEXT_SPEAK_WORDS = /(?<![\p{L}\p{N}'’/.])(?:smthg|smth|sth|morn|txt|w\/(?=\s)|abt|appt|bday|b4|wknd)(?![\p{L}\p{N}'’-])/giu;

/**
 * Marks of text-speak rather than of a terse list: fillers ("ngl", "idk", "pls"), shorthand of
 * everyday words ("smth", "abt", "b4", "gotta") and words without their apostrophe ("dont",
 * "theyre"). "w/", "appt", "bday" and "tmrw" are left out: terse lists write them too.
 */
const TEXT_SPEAK_MARK =
  /(?<![\p{L}\p{N}'’])(?:pls|plz|ngl|idk|tbh|smth|sth|abt|txt|wknd|gotta|rn|lol|omg|thx|cuz|b4|n|u|ur|dont|cant|wont|im|theyre|youre|wanna)(?![\p{L}\p{N}'’])/giu;
/** Distinct marks that make a dump text-speak: one or two are a terse writer's habit. */
const TEXT_SPEAK_MARKS_MIN = 4;

/** True when the dump is written in text-speak throughout ("gotta finish it b4 tues", "ngl", "idk"). */
export function isTextSpeak(dump: string): boolean {
  const marks = new Set<string>();
  for (const mark of dump.matchAll(TEXT_SPEAK_MARK)) {
    marks.add(mark[0].toLowerCase());
    if (marks.size >= TEXT_SPEAK_MARKS_MIN) return true;
  }
  return false;
}

/**
 * "its" written for "it's": before a word no thing of its can be ("its her birthday", "its due
 * Friday", "its online and closes Wednesday"), where "its battery" and "its online shop" are its own.
 */
const ITS_FOR_IT_IS =
  /(?<![\p{L}\p{N}'’])(its)(?=\s+(?:a|an|the|her|his|my|our|their|your|this|that|not|been|going|gonna|due|on|at|in|over|done|ok|okay|fine|already|still|just|only|really|so|too|very|about|almost|nearly|probably|definitely|supposed|down|up|out|gone|getting|coming|late|overdue|broken|busted|stuffed|expired|booked|sorted|paid|ready|open|closed|free|raining|snowing|making|leaking|playing|acting|online(?=\s+and\b|\s*[,.;!]|\s*$))\b)/giu;

/** "ill call her", "and ill shock her pool": "I'll" said aloud and written without its apostrophe, before a task verb or after a joining word ("ill health" stays). */
const ILL_BEFORE_VERB = /(?<![\p{L}\p{N}'’])(?:(and|so|then|but|also)\s+)?ill(?=\s+([a-z]+)\b)/giu;

/** The line with its shorthand written out; `textSpeak` when the whole dump is written so. */
export function writtenOut(line: string, textSpeak: boolean): string {
  const words = textSpeak ? TEXT_SPEAK_WORDS : ALWAYS_WORDS;
  const table = textSpeak ? IN_TEXT_SPEAK : null;
  return line
    .replace(ITS_FOR_IT_IS, (its) => `${its.charAt(0)}t's`)
    .replace(ILL_BEFORE_VERB, (ill, joined: string | undefined, verb: string) => (joined !== undefined || TASK_VERBS.has(verb.toLowerCase()) ? `${joined === undefined ? '' : `${joined} `}I'll` : ill))
    .replace(words, (word) => {
    const key = word.toLowerCase();
    const full = ALWAYS.get(key) ?? table?.get(key) ?? word;
    // "Txt Jess": a capital the shorthand had stays.
    return word.charAt(0) === word.charAt(0).toUpperCase() && word.charAt(0) !== word.charAt(0).toLowerCase() ? full.charAt(0).toUpperCase() + full.slice(1) : full;
  });
}
