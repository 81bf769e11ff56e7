import { isEnglishWord } from './spelling.ts';
import { isFunctionWord, verbBase } from './verbs.ts';

/**
 * Statements of need or lack that a careful reader writes down as the task they imply: "we're out
 * of dishwasher pods" → "buy dishwasher pods", "the car tax runs out on the 31st" → "renew the car
 * tax on the 31st", "Kids need new gumboots" → "get new gumboots for the kids", "I need a haircut" →
 * "get a haircut", "the garden needs a proper weeding" → "weed the garden". What is needed must be a
 * thing to get, a document to renew or an action named as a noun: "I need a break", "the team needs
 * clarity" are how someone is, not something to do.
 */

/** What is lacking or needed and is no errand: rest, time, feelings, help, a state of mind. */
const ABSTRACT =
  /^(?:break|breather|rest|sleep|nap|holiday|vacation|time|space|help|clarity|hug|moment|minute|second|change|win|miracle|motivation|energy|focus|support|answers?|peace|quiet|reset|perspective|patience|money|advice|life|sanity|therapy|drink|coffee|wine|chocolate|ideas?|steam|here|there|luck|options|excuses|breath|town|office|practice|shape|touch|sorts|reach|stock|control|date|order|work|job|boundaries|closure|direction|structure|attention|reassurance|validation|encouragement|confidence|courage|discipline|willpower|routine|plan|lie-?in|off|night|day|weekend|week|treat|cry|laugh|distraction|guidance|input|feedback|buy-?in|alignment|approval|sign-?off|decision|update)$/i;
/** Endings of nouns of quality or state ("happiness", "clarity", "guidance", "patience"). */
const ABSTRACT_ENDING = /(?:ness|ity|ance|ence|ship|hood|dom)$/i;
/** Documents and dues that lapse and are renewed; "licence" ends like a state but is one. */
const RENEWABLE =
  /^(?:tax|insurance|passport|licen[cs]e|registration|rego|permit|pass|membership|subscription|mot|wof|cert|certificate|visa|card|domain|lease|policy|warranty|contract|id|sticker)$/i;
/** Nouns of an action done to a thing, with the verb they name ("the car needs a service"). */
const ACTION_NOUN: Record<string, string> = {
  clean: 'clean',
  'clean-up': 'clean up',
  cleanup: 'clean up',
  'clear-out': 'clear out',
  clearout: 'clear out',
  hoover: 'hoover',
  mow: 'mow',
  overhaul: 'overhaul',
  polish: 'polish',
  repaint: 'repaint',
  service: 'service',
  'sort-out': 'sort out',
  sweep: 'sweep',
  tidy: 'tidy',
  'tidy-up': 'tidy up',
  trim: 'trim',
  'tune-up': 'tune up',
  vacuum: 'vacuum',
  wash: 'wash',
};
/** Words that only qualify an action noun: "a proper weeding", "a good clean", "a bit of a tidy". */
const QUALIFIERS = /^(?:(?:a|an|some|another)\s+)?(?:(?:good|proper|quick|deep|real|thorough|full|big|little|serious|complete|decent|fresh|bit of a|bit of|major|total)\s+)*/i;

/** People spoken of without a name: "the kids", "my son", "Grandma"; a group is "the kids" even written bare. */
const GROUP_NOUN = /^(?:kids|children|boys|girls|twins|baby|toddler)$/i;
const PERSON_NOUN =
  /^(?:son|daughter|husband|wife|partner|mum|mom|dad|grandma|grandpa|granny|gran|nan|nana|grandad|oma|opa|brother|sister|niece|nephew)$/i;
const OBJECT_OF: Record<string, string> = { he: 'him', she: 'her', they: 'them' };
const POSSESSIVE_OF: Record<string, string> = { he: 'his', she: 'her', they: 'their' };

/** "we're out of X", "I've run out of X", "running low on X", "we're almost out of X". */
const OUT_OF =
  /^(?:(?:we|i)(?:['’]re|['’]m|['’]ve|\s+are|\s+am|\s+have)?\s+)?(?:(?:also|now|all|almost|nearly|completely|totally|basically|officially|just|pretty much)\s+)*(?:(?:got|gone|ran|run|running)\s+)?(?:out of|low on|short of|short on)\s+(.+)$/i;
/** "the dog food has run out", "printer ink is running low": a thing that has run out. */
const RUN_OUT = /^((?:(?:the|our|my)\s+)?(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)\s+(?:(?:has run|have run|ran|is running|are running)\s+(?:out|low)|(?:is|are)\s+low)(?:\s+(?:again|already))?$/iu;
/** "the car tax runs out at the end of the month", "my passport expires in June". */
const LAPSES =
  /^((?:(?:the|my|our|your|his|her|their)\s+)?(?:[\p{L}'’-]+\s+){0,3}?([\p{L}'’-]+))\s+(?:runs out|run out|expires|expire|is expiring|are expiring|lapses|lapse|is up for renewal|is due for renewal)\b\s*(.*)$/iu;
/** "I need a haircut", "Need new running socks": the writer's own need; "we" in a message is its sender's. */
const OWN_NEED = /^(?:i\s+(?:also\s+|still\s+|really\s+|badly\s+|desperately\s+|definitely\s+)*(?:need|will need|['’]ll need)|need)\s+(?!to\b)(.+)$/i;
/** "Kids need new gumboots", "he needs a collared shirt", "the garden needs a proper weeding". */
const SOMEONE_NEEDS = /^((?:(?:the|my|our|this|that)\s+)?(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)\s+(?:also\s+|still\s+|really\s+|badly\s+|desperately\s+)*(?:needs?|will need)\s+(?!to\b)(.+)$/iu;

/** An action noun, then nothing or what says when ("a weeding before Sunday"), not a compound ("a building permit"). */
const ACTION_THEN = /^([\p{L}-]+)(?:$|\s+((?:before|by|this|next|on|in|at|soon|today|tonight|tomorrow|asap|again|after|over|for)\b.*))$/iu;
/** A stem ending in a doubled consonant that -ing doubles ("putt-", "mopp-"), not one a verb ends in ("fill", "pass"). */
const DOUBLED_END = /([bdgmnprt])\1$/;
/** A bare -ing form, then nothing or what says when: "feeding", "picking up after school". */
const GERUND_THEN = /^([\p{L}]+ing)(?:\s+(up|out|off|back|down|in|over|away))?(?:$|\s+((?:before|by|this|next|on|in|at|soon|today|tonight|tomorrow|asap|again|after|from)\b.*))$/iu;
const TRAILING_MARKS = /[.!]+$/;
const WHITESPACE = /\s+/;
const LOWER_START = /^[a-z]/;
const NEED_WORD = /\b(?:need|out of|low\b|short o[fn]|run|ran\b|running|expir|laps|renewal)/i;
const PRONOUN = /^(?:i|we|you|it|they|he|she|one|someone|everyone|nobody|somebody|everybody)$/i;
const OTHERS_LEAD = /\b(?:we|they|you)\b/i;
const LEADING_DETERMINER = /^(?:the|my|our|this|that|your)\s+/i;
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
/** A subject of plain lower-case words with no determiner or possessive: "clippers", "gutter guards". */
const BARE_COMMON_NOUN = /^(?!(?:the|my|our|this|that|your|his|her|their|its|these|those|a|an|some|any|no|each|every|both|all)\b)[a-z][a-z-]*(?:\s+[a-z][a-z-]*)*$/i;
const TRAILING_ADDITION = /\s+(?:too|as well|also)$/i;
const STARTS_WITH_PRONOUN = /^(?:it|them|that|this|those|these|one|some of|him|her|me|us|you)\b/i;
const POSSESSIVE_START = /^(?:his|her|their)\s+/i;
const FOR_INSIDE = /\bfor\b/i;
const WORD = /[\p{L}'’-]+/gu;
const PREPOSITION = /\s+(?:for|from|of|on|in|at|before|by|with|to)\s+/i;

/** The head noun of a noun phrase: its last word before any "for/from/of/…" that follows. */
function headOf(phrase: string): string {
  const core = phrase.split(PREPOSITION)[0] ?? phrase;
  return core.match(WORD)?.at(-1)?.toLowerCase() ?? '';
}

/** True when the phrase names a thing one can get: not a feeling, rest, time or help. */
function concrete(phrase: string): boolean {
  if (STARTS_WITH_PRONOUN.test(phrase.replace(POSSESSIVE_START, '')) || phrase.includes(':')) return false;
  const head = headOf(phrase);
  // "order toner because we ran out": a pronoun last closes a clause of its own, not a thing's name.
  return head !== '' && !PRONOUN.test(head) && !ABSTRACT.test(head) && !(ABSTRACT_ENDING.test(head) && !RENEWABLE.test(head));
}

/** Who a subject of a need names, as the object of "for", or null when it is a thing. */
function personOf(subject: string): string | null {
  const lower = subject.toLowerCase();
  if (OBJECT_OF[lower]) return OBJECT_OF[lower];
  const words = subject.split(/\s+/);
  const last = words.at(-1) ?? '';
  if (GROUP_NOUN.test(last) && words.length === 1) return `the ${last.toLowerCase()}`;
  if (GROUP_NOUN.test(last) || PERSON_NOUN.test(last)) return subject.replace(LEADING_DETERMINER, (word) => word.toLowerCase());
  // A name: one capitalised word in no English word list ("Sofia", "Lachie").
  return words.length === 1 && CAPITALISED.test(last) && !isEnglishWord(last) && !PRONOUN.test(last) ? last : null;
}

/** "get new gumboots for the kids"; "get Sofia a costume for the play" (no second "for"); "get Sofia's books". */
function getFor(person: string, subject: string, thing: string): string {
  const possessive = POSSESSIVE_START.exec(thing);
  if (possessive) {
    const lower = subject.toLowerCase();
    const owner = POSSESSIVE_OF[lower] ? (possessive[0].trim().toLowerCase() === POSSESSIVE_OF[lower] ? possessive[0].trim() : null) : person.endsWith('s') ? `${person}'` : `${person}'s`;
    return owner ? `get ${owner} ${thing.slice(possessive[0].length)}` : `get ${thing} for ${person}`;
  }
  return FOR_INSIDE.test(thing) ? `get ${person} ${thing}` : `get ${thing} for ${person}`;
}

/** The verb an action noun names: "weeding" → "weed", "service" → "service"; null for other nouns. */
function actionVerb(noun: string): string | null {
  const lower = noun.toLowerCase();
  if (ACTION_NOUN[lower]) return ACTION_NOUN[lower];
  return lower.endsWith('ing') ? verbBase(lower) : null;
}

/** Words in -ing that name a thing, not the doing of something: "the puppy needs bedding". */
const ING_THING = /^(?:\p{L}*thing|morning|evening|ceiling|bedding|clothing|packaging|stuffing|padding|seasoning|icing|lining|wiring|plumbing|building|housing|funding|sibling|pudding|wedding|earring|lightning|awning)$/iu;

/**
 * "the clippers need sharpening", "the rug needs beating": a bare -ing form straight after "needs"
 * is the doing itself, so its stem is a verb even when no list of task verbs holds it.
 */
export function gerundVerb(word: string): string | null {
  const lower = word.toLowerCase();
  if (!lower.endsWith('ing') || ING_THING.test(lower)) return null;
  // "doing", "going": verbs of two letters, shorter than any stem read below.
  if (lower === 'doing' || lower === 'going') return lower.slice(0, 2);
  const stem = lower.slice(0, -3);
  // "putting" is "put", not "putt"; "filling" stays "fill", "passing" "pass".
  const doubled = DOUBLED_END.test(stem);
  const stems = doubled ? [stem.slice(0, -1), stem] : [stem, `${stem}e`];
  return stems.find((candidate) => candidate.length >= 3 && !isFunctionWord(candidate) && isEnglishWord(candidate)) ?? null;
}

/** A bare doing needed, its particle and its when ("picking up after school" → pick, " up", " after school"). */
function doingOf(needed: string): { verb: string; particle: string; when: string } | null {
  const done = GERUND_THEN.exec(needed);
  const verb = done?.[1] ? gerundVerb(done[1]) : null;
  return verb && done ? { verb, particle: done[2] ? ` ${done[2].toLowerCase()}` : '', when: done[3] ? ` ${done[3]}` : '' } : null;
}

/** "a proper weeding before Sunday" → ["weed", "before Sunday"]; null when no action noun leads. */
function actionOf(needed: string): [string, string] | null {
  const qualified = needed.replace(QUALIFIERS, '');
  const noun = ACTION_THEN.exec(qualified);
  const bare = qualified === needed && noun?.[1] ? gerundVerb(noun[1]) : null;
  const verb = noun?.[1] ? (actionVerb(noun[1]) ?? bare) : null;
  return verb && noun ? [verb, noun[2] ?? ''] : null;
}

/** "new wiper blades", "a new impeller", "some fresh straw": a thing to get, not an action. */
const NEW_THING = /^(?:(?:a|an|some|two|a couple of)\s+)?(?:new|fresh|spare|replacement)\s+\p{L}/iu;
/** "we", "they": people, whose need the rules above read. */
const PERSON_PRONOUN = /^(?:i|we|you|they|he|she)$/i;
/** "Dami says the van": a need someone else reports, whose doing is theirs to say. */
const REPORTED_BY = /\b(?:says|said|thinks|reckons|told me|mentioned)\b/i;
const AFTER_THING = /\s+(?:by|before|until|till|on|this|next|tomorrow|tonight|today|asap)\b|,/i;

function tidy(task: string): string {
  return task.replace(TRAILING_ADDITION, '').trim();
}

/**
 * The task a statement of need or lack implies: `task` its text, `lapse` whether it renews
 * something that runs out (the writer often goes on to say what to do instead), `got` what is to
 * be got or bought when the task is that ("a collared shirt for him"), for a later "grab one".
 */
export interface ImpliedTask {
  task: string;
  lapse: boolean;
  got: string | null;
  /** Got for a thing that needs it ("the truck needs new wiper blades"): a step done to the thing answers it. */
  thingFor?: boolean;
}

function getting(task: string): ImpliedTask {
  const text = tidy(task);
  return { task: text, lapse: false, got: text.slice(text.indexOf(' ') + 1) };
}

/**
 * The task a statement of need or lack implies, or null when the clause is no such statement or
 * what is needed is no errand. Read on a clause without its leading filler; `lead` is that filler.
 */
export function taskOfNeed(clause: string, lead = ''): ImpliedTask | null {
  // Most clauses name no need: one test spares them the five patterns below.
  if (!NEED_WORD.test(clause)) return null;
  const text = clause.trim().replace(TRAILING_MARKS, '');
  const out = OUT_OF.exec(text)?.[1];
  if (out !== undefined) return concrete(out) ? getting(`buy ${out.replace(LEADING_DETERMINER, '')}`) : null;
  const ranOut = RUN_OUT.exec(text)?.[1];
  if (ranOut !== undefined) return concrete(ranOut) && !RENEWABLE.test(headOf(ranOut)) && personOf(ranOut) === null ? getting(`buy ${ranOut.replace(LEADING_DETERMINER, '')}`) : null;
  const lapses = LAPSES.exec(text);
  if (lapses?.[1] && lapses[2] && RENEWABLE.test(lapses[2]) && !STARTS_WITH_PRONOUN.test(lapses[1])) {
    const thing = lapses[1].replace(LEADING_DETERMINER, (word) => word.toLowerCase());
    return { task: tidy(`renew ${thing}${lapses[3] ? ` ${lapses[3]}` : ''}`), lapse: true, got: null };
  }
  // "We still need volunteers" with its subject trimmed: in a message, what "we" need is the sender's.
  const own = OTHERS_LEAD.test(lead) ? undefined : OWN_NEED.exec(text)?.[1];
  if (own !== undefined) return concrete(own) ? getting(`get ${own}`) : null;
  const needs = SOMEONE_NEEDS.exec(text);
  if (!needs?.[1] || !needs[2]) return null;
  const [subject, needed] = [needs[1], tidy(needs[2])];
  const person = personOf(subject);
  if (person) {
    // "the twins need feeding", "he needs collecting": the doing is done to them.
    const done = doingOf(needed);
    if (done) return { task: `${done.verb} ${person}${done.particle}${done.when}`, lapse: false, got: null };
    return concrete(needed) ? getting(getFor(person, subject, needed)) : null;
  }
  // "clippers need sharpening": a bare common noun is the one the writer means, "the clippers".
  const bareSubject = BARE_COMMON_NOUN.test(subject) && (LOWER_START.test(subject) || isEnglishWord(subject.split(WHITESPACE)[0]?.toLowerCase() ?? ''));
  const thing = bareSubject ? `the ${subject.charAt(0).toLowerCase()}${subject.slice(1)}` : subject.replace(LEADING_DETERMINER, (word) => word.toLowerCase());
  // "the bins need putting out" → "put the bins out".
  const done = doingOf(needed);
  if (done?.particle) return { task: `${done.verb} ${thing}${done.particle}${done.when}`, lapse: false, got: null };
  // A thing needs an action named as a noun: "the garden needs a proper weeding" → "weed the garden".
  const action = actionOf(needed);
  // "the truck needs new wiper blades": a thing got for the thing that needs it.
  if (!action) {
    if (!NEW_THING.test(needed) || PERSON_PRONOUN.test(subject) || REPORTED_BY.test(subject)) return null;
    // "… by Wednesday, rain's coming": the deadline and remark after the thing stay after "for the truck".
    const end = needed.search(AFTER_THING);
    const [got, rest] = end > 0 ? [needed.slice(0, end), needed.slice(end)] : [needed, ''];
    // A remark after a comma ("rain's coming") is kept as one, in brackets.
    const [deadline = '', ...remark] = rest.split(',');
    const aside = remark.join(',').trim();
    return concrete(got) ? { ...getting(`get ${got} for ${thing}${deadline}${aside === '' ? '' : ` (${aside})`}`), thingFor: true } : null;
  }
  return { task: `${action[0]} ${thing}${action[1] ? ` ${action[1]}` : ''}`, lapse: false, got: null };
}

/**
 * "I need to relax more", "should rest a bit", "I really need to get my act together", "remind me to
 * drink water", "I should talk to someone": a wish about how to live, or care for oneself, not an
 * errand, however it is asked. Read on a clause without its leading filler.
 */
const WELLBEING =
  /^(?:relax|rest|unwind|chill(?: out)?|calm down|slow down|breathe|switch off|de-?stress|recharge|decompress|take it easy|take (?:a|some) (?:break|breather|time out)|sleep more|get more sleep|get some sleep|sleep(?: in| late| (?:most|all|half|much) of (?:today|tomorrow|the (?:day|morning|afternoon|weekend)))|get an early night|go to bed early|drink (?:more |some |enough )?water|eat (?:something|properly|a proper meal)|talk to (?:someone|somebody|a friend)|look after myself|be kinder to myself|get my (?:act|life|shit|head) together|pull myself together|get (?:myself )?organi[sz]ed|sort myself out|sort my (?:life|head) out|stop procrastinating)(?:\s+(?:more|a bit|a little|a bit more|properly|for once|for a change|somehow))*[.!]*$/i;

/** True when the clause wishes for rest or calm rather than asking for something to be done. */
export function isWellbeingWish(clause: string): boolean {
  return WELLBEING.test(clause.trim());
}
