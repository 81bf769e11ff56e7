import { rememberedPerParseIn } from './parse-memos.ts';

/** Words that say nothing about which task is meant: "the dentist thing" is "dentist". */
const NOISE = new Set(
  'a an the my our your this that those these all thing things stuff task tasks item one for to of with on at in about re and or'.split(' '),
);

const POSSESSIVE_ENDING = /'s$/;
const IES_ENDING = /(?:ies)$/;
const PLURAL_ENDING = /(?<=[a-z]{3})(?:es|s)$/;

function stem(word: string): string {
  // Each ending below ends in "s": other words are their own stem.
  if (!word.endsWith('s')) return word;
  return word.replace(POSSESSIVE_ENDING, '').replace(IES_ENDING, 'y').replace(PLURAL_ENDING, '');
}

const NOT_WORD_CHARACTERS = /[^\p{L}\p{N}' ]+/gu;
const WHITESPACE = /\s+/;

export function contentWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(NOT_WORD_CHARACTERS, ' ')
    .split(WHITESPACE)
    .filter((word) => word !== '' && !NOISE.has(word))
    .map(stem);
}

/** Shortest verb that names its own noun by a longer ending: "renew" in "renewal", "compar(e)" in "comparison". */
const NOUN_ROOT_MIN = 5;
/** A verb of five letters or more keeps four before its "y" turns to "i": "appl" of "apply". */
const Y_ROOT_MIN = 4;

/** Whether `a` from `aStart` on and `b` from `bStart` on are the same text (a start past the end reads ""). */
function sameFrom(a: string, aStart: number, b: string, bStart: number): boolean {
  const aFrom = Math.min(aStart, a.length);
  const bFrom = Math.min(bStart, b.length);
  if (a.length - aFrom !== b.length - bFrom) return false;
  for (let offset = 0; aFrom + offset < a.length; offset++) if (a.charCodeAt(aFrom + offset) !== b.charCodeAt(bFrom + offset)) return false;
  return true;
}

/** "renewal" for "renew", "comparison" for "compare": the noun made from a task's verb names it. */
function sameRoot(a: string, b: string): boolean {
  const aShorter = a.length <= b.length;
  const short = aShorter ? a : b;
  const long = aShorter ? b : a;
  // Asked of every pair of words: the lengths rule most pairs out before the root is compared.
  if (short.length < NOUN_ROOT_MIN || long.length === short.length) return false;
  // The root is the shorter word without a final "e", or without "er" before an "r" ("register" in "registration"),
  // or without a final "y" that turns to "i" ("apply" in "application", "notify" in "notification").
  const yToI = short.endsWith('y') && long[short.length - 1] === 'i';
  const rootLength = short.endsWith('e') || yToI ? short.length - 1 : short.endsWith('er') && long[short.length - 2] === 'r' ? short.length - 2 : short.length;
  if (rootLength < (yToI ? Y_ROOT_MIN : NOUN_ROOT_MIN)) return false;
  for (let index = 0; index < rootLength; index++) if (short.charCodeAt(index) !== long.charCodeAt(index)) return false;
  return true;
}

/**
 * One edit apart, for typos in longer words ("dentsit" for "dentist"), or one's noun. Asked of
 * every pair of a phrase's and the open tasks' words, so the ends are compared in place, not cut.
 */
function nearlyEqual(a: string, b: string): boolean {
  if (a === b || sameRoot(a, b)) return true;
  if (Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const transposed = a[i] === b[i + 1] && a[i + 1] === b[i] && sameFrom(a, i + 2, b, i + 2);
  return transposed || sameFrom(a, i + 1, b, i + 1) || sameFrom(a, i + 1, b, i) || sameFrom(a, i, b, i + 1);
}

/** Words that describe a task's kind; they need not appear in its title ("the vet visit"). */
const SOFT = new Set(['appointment', 'appt', 'visit', 'meeting', 'session', 'call', 'trip', 'errand', 'job']);

/** Each task's content words, per list of tasks: a dump asks about the same open tasks for every item. */
const titleWords = new WeakMap<readonly { title: string }[], string[][]>();

function titleWordsOf(tasks: readonly { title: string }[]): string[][] {
  let words = titleWords.get(tasks);
  if (!words) {
    words = tasks.map((task) => contentWords(task.title));
    titleWords.set(tasks, words);
  }
  return words;
}

/**
 * The one open task a phrase refers to, or null. Confident means: every content word of the
 * phrase appears in the title (allowing plurals and one typo), and no other task matches too.
 */
export function matchTask<T extends { title: string }>(phrase: string, tasks: readonly T[]): T | null {
  // The task found is one of `tasks`, so of their type.
  return matchedPerParse(phrase, [tasks]) as T | null;
}

/** A dump asks after a fifth of its phrases more than once (a clause read as a report, then as a task). */
const matchedPerParse = rememberedPerParseIn((phrase: string, [tasks]: readonly [readonly { title: string }[]]) => matchingTask(phrase, tasks));

/** Whether every wanted word is nearly one of `words` (loops, not callbacks: asked for each open task of each phrase). */
function holdsEvery(words: readonly string[], wanted: readonly string[]): boolean {
  for (const word of wanted) {
    let held = false;
    for (const candidate of words) {
      if (nearlyEqual(word, candidate)) {
        held = true;
        break;
      }
    }
    if (!held) return false;
  }
  return true;
}

function matchingTask<T extends { title: string }>(phrase: string, tasks: readonly T[]): T | null {
  const words = contentWords(phrase);
  const specific = words.filter((word) => !SOFT.has(word));
  const wanted = specific.length > 0 ? specific : words;
  if (wanted.length === 0) return null;
  const allWords = titleWordsOf(tasks);
  // The one task whose title holds every wanted word; a second such task makes it no match.
  let found: T | null = null;
  for (let index = 0; index < tasks.length; index++) {
    const task = tasks[index];
    if (task === undefined || !holdsEvery(allWords[index] ?? [], wanted)) continue;
    if (found !== null) return null;
    found = task;
  }
  return found;
}
