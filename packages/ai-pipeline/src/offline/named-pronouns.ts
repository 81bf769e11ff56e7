import { FEMALE_RELATIVES, type Gender, kinNameGender, MALE_RELATIVES, relativeGender } from './people.ts';
import { matchesOf } from './quick-add/text-ranges.ts';
import { isEnglishWord } from './spelling.ts';

/** A capitalised word, with the possessive it may carry ("Lena", "Raj's"); not a label ("Maison:"). */
const CAPITALISED = /(?<![\p{L}\p{N}'’])(\p{Lu}\p{Ll}+)(?=(?:['’]s)?(?![\p{L}\p{N}:]))/gu;
/** A capitalised word after these names a place, a time or a thing, not a person ("back from Italy", "the Laterne"). */
const NOT_PERSON_BEFORE = /\b(?:in|to|from|at|near|around|via|for|of|over|since|until|after|before|the|a|an|el|la|los|las|le|les|de|del|der|die|das)\s+$/i;
/** Enough of the text before a word to hold any of those words and its space: testing all of it each time is quadratic. */
const NOT_PERSON_REACH = 16;
/** A group named as a person is: by a title and a name, or by capitalised words no English word opens ("Gogo Dlamini", "Tía Rosa", "Mrs. Kowalski"). */
function namesSomeone(group: string): boolean {
  const [first = '', ...rest] = group.replace(DOTS, '').split(' ');
  if (HONORIFIC.test(first)) return rest.length > 0;
  return CAPITALISED_WORD.test(first) && !isEnglishWord(first.toLowerCase()) && kinNameGender(first) === null;
}

const DOTS = /\./g;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;

/** "Mr", "Mrs", "Dr": a title before a name, never the name itself. */
const HONORIFIC = /^(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Sr|Sra|Srta|Mme|Mlle|Herr|Frau)$/;
/** A place's kind after its name: "… station", "… Road", "… Park". */
const PLACE_KIND_AFTER =
  /^\s+(?:station|street|st|road|rd|avenue|ave|lane|park|square|bridge|airport|hospital|clinic|school|college|university|centre|center|mall|library|church|hall|market|beach|bay|hill|river|lake|stadium|arena|terminal|pier|harbou?r|drive|way|place)\b/i;
/** A name joined by a dash to the one before it: "Commercial–Broadway". */
const JOINED_NAME = /\p{L}[–-]$/u;
const SHORT_DATE_WORD = /^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)$/i;
const DIGIT_BEFORE = /\d[\s/.-]*$/;
const DIGIT_AFTER = /^[\s/.,-]*\d/;
/** Verbs whose first object is who gets the second: "get her a present", "send him the link". */
const GIVING = /^(?:get|buy|send|give|bring|make|show|pay|lend|order|book|write|text|email|tell|find|cook|knit|bake|sew|pick)$/i;
/** Verbs whose object does what follows: "help her move", "let her know". */
const CAUSING = /^(?:help|let|watch|hear|see)$/i;
/** After "her", these make it the object ("for her", "ask her about it", "collect her from the station", "call her Sunday"), not a possessive. */
const AFTER_OBJECT =
  /^(?:$|a|an|the|some|back|up|about|to|with|for|on|at|in|and|or|know|if|that|what|when|how|soon|today|tonight|tomorrow|tmrw|later|again|from|off|out|over|round|around|there|here|down|into|onto|through|by|before|after|next|this|(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)$/i;

/**
 * "my sister", "our mum", "Emily's mother": a person named by a family word after whose they are,
 * in lower case where a name would be capitalised; the family word gives the gender.
 */
const RELATIVE = new RegExp(String.raw`(?<![\p{L}'’])((?:[Mm]y|[Oo]ur|\p{Lu}\p{Ll}+['’]s)\s+(?:${FEMALE_RELATIVES}|${MALE_RELATIVES}))(?![\p{L}])`, 'gu');

/** The words after a name, up to the end of its clause: a pronoun there says which gender the name is ("ask Andrés if he can …"). */
const CLAUSE_AFTER = /^[^.!?;,\n]{0,40}/;
const MALE_IN = /\b(?:he|him|his)\b/i;
const FEMALE_IN = /\b(?:she|her)\b/i;

function saidOfOtherGender(after: string, gender: Gender): boolean {
  const clause = CLAUSE_AFTER.exec(after)?.[0] ?? '';
  return (gender === 'female' ? MALE_IN : FEMALE_IN).test(clause);
}

/** Whether `index` is inside brackets closed before the text ends: an aside ("(Día de las Madres too)") names no one a later pronoun means. */
function inClosedBrackets(text: string, index: number): boolean {
  const opened = text.lastIndexOf('(', index);
  return opened >= 0 && text.lastIndexOf(')', index) < opened && text.indexOf(')', index) >= 0;
}

/**
 * The last person named in `before`, other than what the title names, who may be meant by a pronoun
 * of that gender: a name, a family word standing as one ("Mum"), or a relative ("my sister"); the
 * one whose words end last.
 */
function lastPerson(before: string, gender: Gender, title: string): string | null {
  let person: string | null = null;
  let end = -1;
  for (const match of matchesOf(CAPITALISED, before)) {
    const word = match[1] ?? '';
    const kin = kinNameGender(word);
    // "Thursdays" is a day, though no list holds the plural; "12 Sept", "Fri 3pm" are a month and a day, shortened
    // ("Dec:" labelling a pupil's lines is Declan).
    if (kin === null && (isEnglishWord(word) || (word.endsWith('s') && isEnglishWord(word.slice(0, -1))))) continue;
    if (SHORT_DATE_WORD.test(word) && (DIGIT_BEFORE.test(before.slice(Math.max(0, match.index - 3), match.index)) || DIGIT_AFTER.test(before.slice(match.index + word.length)))) continue;
    if ((kin !== null && kin !== gender) || HONORIFIC.test(word)) continue;
    if (title.includes(word) || NOT_PERSON_BEFORE.test(before.slice(Math.max(0, match.index - NOT_PERSON_REACH), match.index))) continue;
    if (inClosedBrackets(before, match.index) || saidOfOtherGender(before.slice(match.index + word.length), gender)) continue;
    // "Commercial–Broadway station", "Holloway Road": a word joined to a place's name, or naming a place's kind after it, is the place.
    if (PLACE_KIND_AFTER.test(before.slice(match.index + word.length)) || JOINED_NAME.test(before.slice(Math.max(0, match.index - 2), match.index))) continue;
    [person, end] = [word, match.index + word.length];
  }
  for (const match of matchesOf(RELATIVE, before)) {
    const phrase = (match[1] ?? '').replace(/^(?:My|Our)\b/, (whose) => whose.toLowerCase());
    if (relativeGender(phrase) !== gender || title.includes(phrase)) continue;
    // "Emily's mother" ends after "Emily", and is who is meant.
    if (match.index + phrase.length >= end) [person, end] = [phrase, match.index + phrase.length];
  }
  return person;
}

const INDENT = /^\s*/;
/** A line that goes on with the sentence above it, as a wrapped email's does: it opens in lower case, with no list mark. */
const GOES_ON = /^\s*\p{Ll}/u;
const SENTENCE_STOPPED = /[.!?:;]\s*$/;
const HEADING_LINE = /:\s*$/;

/**
 * What a pronoun in a task may point back to: the task's line up to `end`, the lines it sits under
 * (less indented ones, the heading it follows, the line a wrapped sentence started on), not the
 * lines beside it in a list: "- Biscuit's vacc cert expires 3/4, remind his owner" after "- Dad's
 * 70th is 8/4" is Biscuit's owner, not Dad's. A paragraph of prose is one line, read whole.
 */
export function referentText(text: string, paragraphStart: number, lineStart: number, end: number): string {
  const parts = [text.slice(lineStart, end)];
  let current = parts[0] ?? '';
  let indent = INDENT.exec(current)?.[0].length ?? 0;
  for (let cursor = lineStart; cursor > paragraphStart; ) {
    const start = Math.max(paragraphStart, text.lastIndexOf('\n', cursor - 2) + 1);
    const line = text.slice(start, cursor - 1);
    cursor = start;
    if (line.trim() === '') continue;
    const lineIndent = INDENT.exec(line)?.[0].length ?? 0;
    const wrapped = GOES_ON.test(current) && !SENTENCE_STOPPED.test(line);
    if (!wrapped && lineIndent >= indent && !HEADING_LINE.test(line)) continue;
    parts.unshift(line);
    if (!wrapped && HEADING_LINE.test(line) && lineIndent === 0) break;
    [current, indent] = [line, lineIndent];
  }
  return parts.join('\n');
}

const THIRD_PERSON = /\b(?:he|she|him|his|her)\b/gi;
const THIRD_PERSON_WORD = /^(?:he|she|him|his|her)$/;
const FEMALE_PRONOUN = /^(?:she|her)$/i;

/**
 * A title's "her", "him", "his", "he", "she" replaced by the person last named in its paragraph
 * up to the end of the task's clause ("Lena's birthday is Sunday, get her a present" → "get Lena a
 * present"), so the title says who without its sentence; unchanged when nobody is named, the
 * title mixes genders, or the person is the group the task is filed under.
 */
export function namePronouns(title: string, beforeText: string | (() => string), group: string | null = null): string {
  const pronouns = title.match(THIRD_PERSON);
  if (!pronouns) return title;
  const genders = new Set(pronouns.map((pronoun): 'female' | 'male' => (FEMALE_PRONOUN.test(pronoun) ? 'female' : 'male')));
  if (genders.size > 1) return title;
  const [gender] = genders;
  // "Call Oma on her birthday": a title that names someone already says whose.
  const named = title.slice(title.indexOf(' ') + 1);
  if (!gender || lastPerson(named, gender, '') !== null) return title;
  // Most titles name no one by a pronoun: the text before is read (a walk back over lines) only for one that does.
  const before = typeof beforeText === 'string' ? beforeText : beforeText();
  // Under "Mrs Pillay:", "order her shade" already says whose: the group is the person.
  if (group !== null && namesSomeone(group) && before.includes(`${group}:`)) return title;
  const person = lastPerson(before, gender, title);
  if (!person || group?.split(' ').includes(person)) return title;
  const words = title.split(' ');
  // "help him with his application" → "Help my nephew with his application": once named, the person is "his" again.
  let personNamed = false;
  return words
    .map((word, index) => {
      if (index === 0 || personNamed) return word;
      const lower = word.toLowerCase();
      if (!THIRD_PERSON_WORD.test(lower)) return word;
      personNamed = true;
      if (lower === 'his') return `${person}'s`;
      if (lower === 'him' || lower === 'he' || lower === 'she') return person;
      const next = words[index + 1] ?? '';
      const object = AFTER_OBJECT.test(next) || (index === 1 && (GIVING.test(words[0] ?? '') || CAUSING.test(words[0] ?? '')));
      return object ? person : `${person}'s`;
    })
    .join(' ');
}
