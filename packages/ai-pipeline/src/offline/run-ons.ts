import { trimFiller } from './cues.ts';
import { isDatePhrase } from './dates.ts';
import { isEnglishWord } from './spelling.ts';
import { isFunctionWord, isPastForm, startsWithVerb, TASK_VERBS } from './verbs.ts';

/**
 * Dictation runs tasks together with no mark between them: "call the nurse back tomorrow order
 * more wipes from Boots ask Gran if she can come". A new task starts at a task verb said right
 * after a verb phrase has closed — on a particle ("call her back"), a day or time of day ("…
 * tomorrow", "by the 21st", "at 8am", "before then"), a number ("size 40"), an object pronoun ("fix
 * it") or a name ("… from Boots") — when an object follows the
 * verb ("order more", "ask Gran", "drop off the parcel"). "book club", "the order form" and "pay
 * the water bill" stay whole: their verb-like word closes no phrase or takes no object.
 */
const PHRASE_END =
  /^(?:back|up|off|out|down|away|over|today|tonight|tomorrow|tmrw|tmr|later|asap|soon|noon|midnight|(?:mon|tues|wednes|thurs|fri|satur|sun)day|morning|afternoon|arvo|evening|night|weekend|week|month|anyway|anyways|it|them|him|me|us|\d{1,2}(?:st|nd|rd|th)|\d{1,2}(?:[:.]\d\d)?(?:am|pm)|\d{1,4})$/i;
const OBJECT_START = /^(?:the|a|an|my|your|his|her|our|their|its|it|them|him|me|us|some|more|new|all|both|another|\d+)$/i;
const PARTICLE = /^(?:up|out|off|down|back|away|over|in|to)$/i;
/** "before then", "by then": "then" names a day only after a word of time; alone it joins tasks. */
const DAY_OF_THEN = /^(?:before|by|until|till)$/i;
/** "help Sam move the sofa", "have them call the bank": a verb that hands its object another verb. */
const HANDS_ON = /^(?:help|let|have|make|watch|see|hear|get|bid)$/i;
const DETERMINER = /^(?:the|a|an|my|your|his|her|our|their|this|that|these|those)$/i;
const DAY_OR_MONTH = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const CAPITALISED = /^\p{Lu}[\p{Ll}'’]/u;
const LOWER_WORD = /^[a-z]+$/;
/** "I'll", "we'd", "they": someone about to do something, who is no verb's object. */
const SPEAKER_NEXT = /^(?:i|we|you|they|he|she)(?:['’](?:ll|d|m|re|ve))?$/i;
/** "I", "I'll", "I'm": the speaker, who names no thing that closes a phrase. */
const SPEAKER = /^I(?:['’][a-z]+)?$/;
const TRAILING_MARKS = /[.,;:!?]+$/;
const WORD = /\S+/g;
/** Words of the task before a break: a verb and its object at least ("call the nurse back"). */
const WORDS_BEFORE_MIN = 3;

/** Longest day phrase that may lead a task: "by next Friday". */
const DAY_WORDS_MAX = 3;
const SPACES = /\s+/;

/** Where a task's words may start within the run: after a comma, semicolon or colon. */
const PUNCTUATED_JOINS = /[,;:]\s*/g;
const JOINING_WORDS = /\s(?:and|then|also|plus|so|but|oh)(?=\s)/gi;
/** A condition opening the words before a break: "if the weather clears on Saturday …". */
const CONDITION_LEAD = /^(?:if|when|once)\s+(?:the|it|it's|its|we|i|my|our|they)\b/i;
/** "for the school I need to finalise …": the words after the writer's last need name the task. */
const NEED_FRAMES = /\b(?:(?:need|needs|have|has|got|ought) to|must|should|gotta)\s/gi;

/** What opens an object: "the gutters", "their first dance song", "Ella's kit", "the twins' bikes", "20 boxes". */
const OBJECT_LEAD = /^(?:the|a|an|my|your|his|her|our|their|its|some|more|new|any|\d+|\p{L}+(?:['’]s|s['’]))$/iu;
/** Words an object may hold between its opening and its noun: "the kids' old school shoes". */
const OBJECT_WORDS_MAX = 4;
const PLAIN_WORD = /^[\p{Ll}\d][\p{Ll}\d'’-]*$/u;
/**
 * Task verbs that are also the last noun of a compound ("the team lead", "the swim coach", "the tax
 * return", "a follow-up call", "the big shop"): after a noun they go on the object, not a new task.
 */
const NOUN_TOO = new Set(
  `back bill block book call catch change charge check clean coach cover cut design draft drink drop email exchange file fill frame guide
  host interview invite iron label lead list lock log map mark message mix move note offer order paint patch pay pin plan plant post practice present
  press price print quote rank rate record release reply report request return review run scan set share shop show sign stock store tag
  tape test text tile top train transfer trial update visit walk watch water wrap`.split(/\s+/),
);
/** "… signups we open the beta": a subject, whose verb goes on its own clause. */
const SUBJECT = /^(?:i|we|you|they|he|she|it|someone|somebody|everyone|everybody|nobody|one)$/;
/**
 * Verbs that start a task even with a bare object, after a noun ("… the gutters buy compost"; not one that
 * is also a compound's last noun, as "order" is) or after a closed phrase ("monday afternoon order bulbs").
 */
const BARE_OBJECT_VERBS = /^(?:buy|get|grab|fetch|collect|renew|chase|find|fix|cancel|submit|bake|ask|order)$/;

/** "things to do send the invoice", "jobs for the weekend clean out …": a list announced aloud before its first task. */
const LIST_ANNOUNCEMENTS =
  /\b(?:things to do|to-?dos?|(?:things|jobs|list)(?: for (?:the |this |next )?(?:weekend|week|today|tomorrow|tonight|morning|[a-z]+day))?|before I forget)\s/gi;
/** Where each dictated run-on's next task starts: the space before its verb. */
export function runOnBreaks(text: string): { index: number; length: number }[] {
  const words = [...text.matchAll(WORD)];
  const breaks: { index: number; length: number }[] = [];
  let chunkStart = 0;
  for (let at = WORDS_BEFORE_MIN; at < words.length - 1; at++) {
    const word = words[at]?.[0] ?? '';
    if (!LOWER_WORD.test(word) || !TASK_VERBS.has(word)) continue;
    const previous = (words[at - 1]?.[0] ?? '').replace(TRAILING_MARKS, '');
    const beforePrevious = words[at - 2]?.[0] ?? '';
    // "the Calgary interview": a capitalised word after "the" names a kind of thing, not an object that ends a phrase.
    const named = CAPITALISED.test(previous) && !SPEAKER.test(previous) && !DETERMINER.test(beforePrevious);
    const thenDay = previous.toLowerCase() === 'then' && DAY_OF_THEN.test(beforePrevious);
    const closes = (PHRASE_END.test(previous) || named || thenDay) && !HANDS_ON.test(beforePrevious);
    const start = words[at - 1];
    const verb = words[at];
    if (start === undefined || verb === undefined) continue;
    const next = words[at + 1]?.[0] ?? '';
    const afterNext = words[at + 2]?.[0] ?? '';
    // "the mackenzie invoice I'll send by friday": a word before its speaker is the thing they speak of, no verb.
    if (SPEAKER_NEXT.test(next)) continue;
    const opensTask = closes
      ? takesObject(next, afterNext) || takesBareObject(word, next)
      : endsObject(words, at) && nounThenTask(word, next, afterNext) && !namesDay(words.slice(at + 1, at + 1 + DAY_WORDS_MAX));
    if (!opensTask) continue;
    const end = start.index + start[0].length;
    const chunk = text.slice(chunkStart, end);
    if (!opensWithVerb(chunk) || leadsWithDay(chunk)) continue;
    breaks.push({ index: end, length: verb.index - end });
    chunkStart = verb.index;
  }
  // "the odd jobs fix the gate": a break both ways is one break.
  const taken = new Set(breaks.map((found) => found.index));
  const announced = [...announcementBreaks(text), ...needBreaks(text)].filter((found) => !taken.has(found.index) && !taken.has(found.index - 1));
  return [...breaks, ...announced].sort((one, other) => one.index - other.index);
}

/** "… thursday now not wednesday need to ring mrs papadopoulos back": a need said after a closed phrase opens a task of its own. */
const NEED_AFTER_WORD = /(?:(\S+)\s+)?(\S+)(\s+)(?=(?:also\s+|still\s+|really\s+)?(?:need|have|gotta|got)\s+to\s+([a-z]+)\b)/gi;
const NEED_SAID = /\b(?:need|have|gotta|got)\s+to\s/i;
/** "plus tonight need to ring Nan": after a joining word the day leads the need. */
const DAY_LEADS_AFTER = /^(?:and|then|plus|so|also|but|oh)$/i;

/**
 * Where a need said aloud without its "I" opens the next task: after a day or another word that closes a
 * phrase, whatever came before ("… not wednesday need to ring …"). With its "I" ("tonight I need to …") the
 * clause splitter has read it already.
 */
function needBreaks(text: string): { index: number; length: number }[] {
  const breaks: { index: number; length: number }[] = [];
  // Most run-ons say no need: the word-by-word pattern is not tried on them.
  if (!NEED_SAID.test(text)) return breaks;
  for (const found of text.matchAll(NEED_AFTER_WORD)) {
    const [whole, beforePrevious = '', previous = '', space = '', verb = ''] = found;
    if (!PHRASE_END.test(previous.replace(TRAILING_MARKS, '')) || TRAILING_MARKS.test(previous) || !TASK_VERBS.has(verb.toLowerCase())) continue;
    if (DAY_LEADS_AFTER.test(beforePrevious)) continue;
    breaks.push({ index: found.index + whole.length - space.length, length: space.length });
  }
  return breaks;
}

/**
 * "… it's her birthday", "… it is due by the 30th", "… shes been on my back about it", "… she wants
 * to swap weekends", "… the old one cracked", "… the heater is shot", "… theres like twelve of them",
 * "… actually I already did it": a remark on the task said aloud after it. A person
 * ("she", "they") is no object, so after a task's words they open a clause of their own, unless
 * the clause describes the thing before it ("the storm they're forecasting", "the tap that's leaking").
 */
const REMARK_OPENING =
  /\s(?=(?:it['’]s|it is|that['’]?s (?:done|fine|ok|okay|sorted|all|it|not|been|going|why|because|a|the|on|for|due|today|tomorrow|next|this|my|his|her|their|our)|(?:s?he|they) (?:wants? to|needs? to|said|says|asked|keeps?|reckons?|thinks?|was|were|will|won['’]?t|can['’]?t|already|never|always|might|should|could)|(?:s?he['’]?s|s?he is|they['’]?re|they are)(?!\s+\p{L}+ing\b)|there['’]?s|there (?:is|are|was|were)|actually (?:i|we)|the (?:old|new) ones?|the (?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+ (?:is|are|was|were|has|have)(?!\s+(?:\p{L}+ing|to|been|due)\b))\s+\S)/giu;
/**
 * Remarks that open with a person or a thing, either of which may be what a reported message or a thought is
 * about: "tell mum she needs to …", "tell him the car is ready", "check the tap is off".
 */
const REPORTED_OPENING = /^\s*(?:s?he|they|the\s)/i;
/** A remark about a thing: "the heater is shot", "theres twelve of them". */
const THING_OPENING = /^\s*(?:the|there)/i;
const JOINER = /^(?:and|also|plus|then|so|but|oh)$/i;
/** Words before a person that make what follows their message or a thought's content, not a remark. */
const REPORTING =
  /\b(?:tell|remind|ask|let|warn|promise|show|teach|assure|inform|text|message|email|say|said|know|hope|think|sure|guess|reckon|bet|realise|realize|mean|means|check|whether|if|note|notice|mention)\b/i;
/** Words after which "it's" goes on the clause they open: "check it's plugged in", "once it's dry". */
const CLAUSE_TAKING =
  /^(?:if|when|once|because|cause|cos|since|as|that|what|until|till|before|after|while|whether|unless|where|how|why|so|sure|ensure|check|see|confirm|make|think|hope|know|ask|tell|remember|and|or|but)$/i;

/**
 * Where a dictated task runs into a remark on it, which a comma would have set apart: "call grandma
 * on saturday it's her birthday", "call the pension office about the life certificate it's due by
 * 30 November".
 */
export function remarkBreaks(text: string): { index: number; length: number }[] {
  const breaks: { index: number; length: number }[] = [];
  let chunkStart = 0;
  for (const found of text.matchAll(REMARK_OPENING)) {
    const chunk = text.slice(chunkStart, found.index);
    const words = chunk.trim().split(SPACES);
    const previous = (words.at(-1) ?? '').replace(TRAILING_MARKS, '');
    if (words.length < WORDS_BEFORE_MIN || CLAUSE_TAKING.test(previous) || TRAILING_MARKS.test(chunk) || !opensWithVerb(chunk)) continue;
    if (REPORTED_OPENING.test(text.slice(found.index)) && REPORTING.test(afterLast(chunk, PUNCTUATED_JOINS))) continue;
    // "pack the lunches also the fair is on the 12th so bake a cake": joined on, a thing's state opens the next sentence.
    if (THING_OPENING.test(text.slice(found.index)) && JOINER.test(previous)) continue;
    breaks.push({ index: found.index, length: 1 });
    chunkStart = found.index + 1;
  }
  return breaks;
}

/** "… anyway things to do send the invoice …": the first task after a list announced aloud starts apart from what led to it. */
function announcementBreaks(text: string): { index: number; length: number }[] {
  const breaks: { index: number; length: number }[] = [];
  for (const found of text.matchAll(LIST_ANNOUNCEMENTS)) {
    const end = found.index + found[0].trimEnd().length;
    if (startsWithVerb(text.slice(found.index + found[0].length))) breaks.push({ index: end, length: found[0].length - (end - found.index) });
  }
  return breaks;
}

/**
 * True when the words before a break, from their last comma or colon, are a task: they open with a
 * verb, or their last "and", "also", "then" … does ("… is Thursday at 10 also call the nurse back
 * tomorrow"). "Dienstag workshop in Basel, am Donnerstag return the bike" opens with a day, not a verb.
 */
function opensWithVerb(chunk: string): boolean {
  const piece = afterLast(chunk, PUNCTUATED_JOINS);
  const opening = trimFiller(piece);
  // "if the rain holds off this week get the hay in": a condition said first closes before its task.
  if (startsWithVerb(opening) || CONDITION_LEAD.test(opening)) return true;
  const joined = afterLast(piece, JOINING_WORDS);
  if (joined !== piece && startsWithVerb(trimFiller(joined))) return true;
  const needed = afterLast(piece, NEED_FRAMES);
  if (needed !== piece && startsWithVerb(needed)) return true;
  const listed = afterLast(piece, LIST_ANNOUNCEMENTS);
  return listed !== piece && startsWithVerb(listed);
}

/** "… and then by Thursday return the drill": a day said alone after a joining word leads the verb after it. */
function leadsWithDay(chunk: string): boolean {
  const lead = afterLast(afterLast(chunk, PUNCTUATED_JOINS), JOINING_WORDS).trim();
  // A day phrase is a few words; a longer lead is never one, and the date reader need not be asked.
  return lead !== '' && lead.split(SPACES).length <= DAY_WORDS_MAX && isDatePhrase(lead);
}

/** The text after the last match of a global pattern, or all of it. */
function afterLast(text: string, pattern: RegExp): string {
  const last = [...text.matchAll(pattern)].at(-1);
  return last === undefined ? text : text.slice(last.index + last[0].length);
}

/**
 * True when the word before `at` is the noun that ends an object: "clean out the gutters", "reply
 * to the couple about their first dance song". The object opens on "the", "my", a name's "'s" … a
 * few plain words back, and no verb before it hands that object a verb of its own ("help the kids
 * pack").
 */
function endsObject(words: RegExpMatchArray[], at: number): boolean {
  const noun = words[at - 1]?.[0] ?? '';
  if (!PLAIN_WORD.test(noun) || isFunctionWord(noun) || SUBJECT.test(noun) || isPastForm(noun)) return false;
  for (let back = at - 1; back >= Math.max(0, at - 1 - OBJECT_WORDS_MAX); back--) {
    const word = words[back - 1]?.[0] ?? '';
    if (OBJECT_LEAD.test(word)) return !HANDS_ON.test(words[back - 2]?.[0] ?? '');
    // A word with a mark after it is no plain word and ends the search: "skim the leaves, top up the water".
    if (!PLAIN_WORD.test(word) || isFunctionWord(word)) return false;
  }
  return false;
}

/**
 * After a noun, a verb starts a task when it is no compound's last noun ("the book order", "the
 * team lead") and an object follows: "chase the promoter", "ring Nan", "buy compost".
 */
function nounThenTask(verb: string, next: string, afterNext: string): boolean {
  // "up" and "back" stand in the verb list for "back up"; alone they start nothing.
  if (NOUN_TOO.has(verb) || isFunctionWord(verb)) return false;
  return takesObject(next, afterNext) || (BARE_OBJECT_VERBS.test(verb) && PLAIN_WORD.test(next) && !isFunctionWord(next) && !TASK_VERBS.has(next));
}

/** Verbs whose object is often a person: "tell jase …", "get mum a present". */
const PERSON_VERB = /^(?:tell|ask|call|ring|phone|text|email|message|remind|get|pay|thank|invite|visit|meet|help)$/;
/** Who a dictated task is often for, in lower case: "get mum a present", "ring nan". */
const PERSON_WORD = /^(?:mum|mom|mam|dad|nan|nana|nanna|gran|granny|grandma|grandpa|grandad|mate|boss|sis|bro|hubby|wifey)$/;

/**
 * After a phrase has closed, a verb with an object dictation leaves bare: a lower-case name or family word
 * ("this week tell jase he's on the late shift", "by the 15th get mum a present") or, for a verb that
 * takes things without "the", the thing ("monday afternoon order bulbs").
 */
function takesBareObject(verb: string, next: string): boolean {
  if (!PLAIN_WORD.test(next) || isFunctionWord(next) || TASK_VERBS.has(next)) return false;
  if (PERSON_VERB.test(verb)) return PERSON_WORD.test(next) || !isEnglishWord(next);
  return BARE_OBJECT_VERBS.test(verb) && isEnglishWord(next) && !isDatePhrase(next);
}

/** "book the bike repair the week after": "the" opening a day after the noun is no object. */
function namesDay(after: RegExpMatchArray[]): boolean {
  if (after[0]?.[0].toLowerCase() !== 'the') return false;
  const said = after.map((word) => word[0].replace(TRAILING_MARKS, ''));
  return isDatePhrase(said.slice(0, 2).join(' ')) || isDatePhrase(said.join(' '));
}

function takesObject(next: string, afterNext: string): boolean {
  if (OBJECT_START.test(next) || (CAPITALISED.test(next) && next !== 'I' && !DAY_OR_MONTH.test(next))) return true;
  return PARTICLE.test(next) && OBJECT_START.test(afterNext);
}

/** The arrows that chain steps, besides "->" and "=>". */
const ARROW_MARKS = '→⟶➔➜➡⇒';
/** An arrow between two steps: "call Raj → confirm the venue", "get the song -> edit the fade". */
const ARROW = new RegExp(String.raw`\s*(?:➡\uFE0F?|[${ARROW_MARKS}]|-+>|=>)\s*`, 'gu');
/** The step after an arrow, up to the next arrow or the line's end. */
const STEP_AFTER = new RegExp(String.raw`^[^\n${ARROW_MARKS}]*?(?=\s*(?:[${ARROW_MARKS}]|-+>|=>)|\n|$)`, 'u');
/** Where a step may start before an arrow on its line: after the last arrow, label or sentence end (not a title's dot, "Mrs. Morales"). */
const STEP_STARTS = new RegExp(String.raw`[${ARROW_MARKS}>:!?;]|(?<!\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|St))\.`, 'gu');
const ARROWS_ANY = new RegExp(`[${ARROW_MARKS}]`, 'u');
/** A list line's bullet or number, before its first step. */
const LIST_MARK = /^\s*(?:[-*•◦▪+–]|\d{1,3}[.)]|\[[ xX]?\])?\s*/;

/**
 * Arrows chaining steps ("call Raj → confirm venue load-in time → send the run sheet"): each step
 * after an arrow is a task of its own when both it and the step before open with a verb. An arrow
 * after a thing ("AHV contribution statement → upload") says what to do with it, and one before a
 * name ("enquiry from Allegro → Marta") hands the line to someone: neither breaks.
 */
export function arrowBreaks(text: string): { index: number; length: number }[] {
  // Most dumps draw no arrow: the pattern is not run over them.
  if (!text.includes('>') && !ARROWS_ANY.test(text)) return [];
  const breaks: { index: number; length: number }[] = [];
  for (const arrow of text.matchAll(ARROW)) {
    const end = arrow.index + arrow[0].length;
    const after = STEP_AFTER.exec(text.slice(end))?.[0] ?? '';
    const lead = text.slice(text.lastIndexOf('\n', arrow.index - 1) + 1, arrow.index);
    const start = [...lead.matchAll(STEP_STARTS)].at(-1);
    const before = lead.slice(start === undefined ? 0 : start.index + start[0].length).replace(LIST_MARK, '');
    if (startsWithVerb(trimFiller(before)) && startsWithVerb(trimFiller(after))) breaks.push({ index: arrow.index, length: arrow[0].length });
  }
  return breaks;
}

