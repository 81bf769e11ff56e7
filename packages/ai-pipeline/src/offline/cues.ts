import type { TaskPriority } from '@ordo/shared-types';
import { MONTH_WORDS } from './dates.ts';
import { gerundVerb } from './needs.ts';
import { rememberedPerParse } from './parse-memos.ts';
import { findPriorityCodes } from './quick-add/priority.ts';
import { subordinateClauseStart } from './subordinate-clauses.ts';
import { toldAfterStart } from './told-after.ts';
import { isFunctionWord, isPastForm, startsWithVerb, TASK_VERBS, verbBase } from './verbs.ts';
import { SOMEONE } from './people.ts';

/** A cue found in a piece of text, with the span to cut out of the title. */
export interface Found<T> {
  value: T;
  index: number;
  length: number;
}

const HIGH = /(?:\s*!{2,}|\(\s*(?:urgent|high|important|asap)\s*\)|(?<!\bnot )\b(?:super |very |really )?(?:urgent(?:ly|e)?|dringend|asap|a\.s\.a\.p\.?|high[- ]prio(?:rity)?|top prio(?:rity)?|important|critical|must[- ]do)\b!*)/i;
const LOW = /(?:\(\s*(?:low|whenever|someday)\s*\)|\b(?:low[- ]prio(?:rity)?|not urgent|no rush|whenever(?: i (?:can|get (?:a chance|to it)|have time))?|someday|eventually|at some point|if (?:i have |there'?s )?time|nice to have|irgendwann)\b)/i;
const MEDIUM = /\b(?:medium[- ]prio(?:rity)?|normal[- ]prio(?:rity)?)\b/i;

/** "p1"–"p3" (quick add's codes), else "urgent", "!!", "asap" → high; "low priority", "whenever", "no rush" → low. */
export function findPriority(text: string): Found<TaskPriority> | null {
  const code = findPriorityCodes(text).find((found) => found.value !== null);
  if (code?.value) return { value: code.value, index: code.start, length: code.end - code.start };
  for (const [value, pattern] of [
    ['high', HIGH],
    ['low', LOW],
    ['medium', MEDIUM],
  ] as const) {
    const match = pattern.exec(text);
    if (match) return { value, index: match.index, length: match[0].length };
  }
  return null;
}

const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, couple: 2, 'a couple of': 2, few: 3, 'a few': 3 };

const HOURS_AND_MINUTES = /(?<![\p{L}\d.,])(\d+)\s*h(?:rs?|ours?)?\s*(\d+)\s*m(?:in(?:ute)?s?)?\b/iu;
const HOURS = /(?<![\p{L}\d.,])(?:(\d+(?:[.,]\d+)?)\s*(?:-\s*)?(?:h|hrs?|hours?)|(an?|one|two|three|four|five|six|a couple of|a few)[\s-]+(?:hrs?|hours?))\b/iu;
const MINUTES = /(?<![\p{L}\d.,])(\d+)\s*(?:-\s*)?(?:m|mins?|minutes?)\b/iu;
const HALF_HOUR = /\b(?:half an hour|half hour|30-minute)\b/i;
// A duration is said as one: "for 2h", "(30 min)", "~1.5 hours", "takes an hour"; "in 2 hours" is a date.
const DURATION_LEAD_IN = /(?:\b(?:for|takes?|about|around|roughly|approx\.?|maybe)\s+|~\s*|\(\s*)*$/i;

function amount(word: string): number {
  const lower = word.toLowerCase();
  return NUMBER_WORDS[lower] ?? Number(lower.replace(',', '.'));
}

const ENDS_WITH_SPAN_WORD = /\b(?:in|within|every|after)\s+$/i;

/** "2h", "30 min", "1.5 hours", "for an hour", "1h30m": minutes, or null when absent or absurd. */
export function findDuration(text: string): Found<number> | null {
  const candidates: { index: number; length: number; minutes: number }[] = [];
  const combined = HOURS_AND_MINUTES.exec(text);
  if (combined) candidates.push({ index: combined.index, length: combined[0].length, minutes: Number(combined[1]) * 60 + Number(combined[2]) });
  else {
    const hours = HOURS.exec(text);
    const hoursAmount = hours?.[1] ?? hours?.[2];
    if (hours && hoursAmount) candidates.push({ index: hours.index, length: hours[0].length, minutes: Math.round(amount(hoursAmount) * 60) });
    const minutes = MINUTES.exec(text);
    if (minutes?.[1]) candidates.push({ index: minutes.index, length: minutes[0].length, minutes: Number(minutes[1]) });
    const half = HALF_HOUR.exec(text);
    if (half) candidates.push({ index: half.index, length: half[0].length, minutes: 30 });
  }
  for (const candidate of candidates.sort((a, b) => a.index - b.index)) {
    const before = text.slice(0, candidate.index);
    if (ENDS_WITH_SPAN_WORD.test(before)) continue;
    if (!Number.isFinite(candidate.minutes) || candidate.minutes < 1 || candidate.minutes > 1440) continue;
    const lead = DURATION_LEAD_IN.exec(before);
    const index = lead ? lead.index : candidate.index;
    return { value: candidate.minutes, index, length: candidate.length + (candidate.index - index) };
  }
  return null;
}

/**
 * A frame said around a step that names nothing to do: its order ("before anything else", "first of
 * all", "above all") or a concession ("whatever the weather", "no matter the cost", "whatever it
 * takes"): "before" an indefinite pronoun and "else", or "whatever"/"no matter" before a bare noun.
 */
const FRAME = String.raw`before (?:anything|everything|all) else|above all|first of all|(?:whatever|no matter) (?:the [a-z]+|it takes|what(?: happens)?)(?=\s*(?:[,.;:!?—–-]|$))`;

/**
 * What a request is about, said before it is asked: "For the Lindqvist launch could you please",
 * "For Saturday, can you" (a few words after "for", then the asking).
 */
const REQUEST_TOPIC = String.raw`for\s+(?:[^\s,.;:!?]+[\s,]+){1,6}?(?:could|can|would|will) you\b\s*(?:please\s+)?`;

/** "right, …", "right so …", "right tomorrow …": dictation's "right" opening what comes next, not the side ("right wing mirror"). */
const SPOKEN_RIGHT = String.raw`right(?=\s*,|\s+(?:so|then|ok(?:ay)?|now|well|um+|tomorrow|today|tonight|this|next|first)\b)`;
/** "planning to repaint the hallway", "I'm planning to …", "we plan to …": the writer's own plan, its subject left out or "I"/"we". */
const PLANNED = String.raw`(?:(?:i'?m|i am|we'?re|we are)\s+)?(?:planning|plan|aiming|meaning) to\b\s*`;
/** "would be good to call Auntie Pat", "it'd be wise to back up the laptop": advice to oneself, not a wish ("would be nice to get away"). */
const ADVISED = String.raw`(?:it\s+)?(?:would|['’]d|will)\s+be\s+(?:good|wise|best|sensible|smart)\s+to\b\s*`;

/** "everyone send your photos to Malia by Friday", "y'all, bring a chair": a request to all, the reader among them. */
const EVERYONE = String.raw`(?:everyone|everybody|y'?all)(?=\s*,|\s+(?:please|pls|send|bring|pay|remember|don'?t|make|get|check|sign|reply|vote|come|be|wear|email|text|fill)\b)`;

/** How people start a to-do in prose; removed from the front of a title, repeatedly. */
const LEADING_FILLER = new RegExp(
  String.raw`^(?:(?:and|also|plus|then|so|but|ok(?:ay)?|oh|yeah|yep|yes|yup|sure|${EVERYONE}|um+|uh+|well|anyway|btw(?!-\w)|by the way|${FRAME}|whatever happens|no matter what|either way|in any case|in any event|todo|to-?do|maybe|probably|definitely|really|actually|basically|still|just(?! in case)|quickly|urgently|immediately|properly|gently|politely|pls|please|kindly|omw|otw|${SPOKEN_RIGHT}|i think|i suppose|i guess|first thing|first(?:ly)?|second(?:ly)?|next|finally|lastly|after that|before that|before then|by then|at least|at some point|first thing|hey|fyi|honestly|seriously|frankly|personally|ngl|tbh|tbf|imo|idk|lowkey|allora|dunque|alors|bueno|pues|entonces|quick (?:voice )?note|voice note|note to self|before i forget|while i remember|while i think of it)\b[\s,:-]*|(?:could|can|would|will) (?:you|u)\b\s*(?:please\s+|pls\s+)?|${REQUEST_TOPIC}|(?:i|we)(?:'ll| will| need 2| need to| needs to| have to| must| should| gotta| got to| want to| wanna| would like to|'d like to| ought to|'d better| had better| also need to| really need to| have got to|'ve got to| am going to|'m going to| gonna)\b\s*|(?:need|needs|have|got|has|want|going|ought) (?:to|2)\b\s*|(?:must|should|shud|shd|shld|gotta|gonna|wanna)\b\s*|(?:don'?t|do not|dont) forget (?:to|2|about)\b\s*|(?:remember|rmbr|rmb|remembr) (?:to|2)\b\s*|${PLANNED}|${ADVISED}|(?:also\s+)?remind (?:me|us) to\b\s*|(?:a\s+)?reminder to(?:\s+(?:self|myself)\b:?)?\s*|note to self:?\s*|(?:try|trying) to\b\s*|make sure (?:to|i|that i|we)\b\s*|(?:let'?s|lets)\b\s*|(?:the\s+)?(?:(?:first|next|last|final)\s+)?step is to\b\s*|(?:it'?s|its) time to\b\s*|(?:i|we)\b\s+(?=probably\b|really\b|definitely\b|also\b|still\b))`,
  'i',
);
const TRAILING_FILLER = new RegExp(
  String.raw`(?:[\s,]+(?:as well|too|also|either way|${FRAME}|(?:now,? )?just in case|in any case|i guess|i think|probably|maybe|pls|please|somehow|at some point|sometime|soon-?ish|or so|if possible|lol|haha|ngl|tbh|idk|imo|(?:first|1st) thing|though|i suppose|by the way|btw|no matter what|whatever happens|rain or shine|regardless|for real(?: this time)?|for sure|(?:don'?t|do not|can'?t) (?:miss|forget) (?:it|this|that)|(?:don'?t|do not) forget|nicht vergessen))+$`,
  'i',
);

/**
 * How the writer says they keep meaning to do what follows, that someone has to, or that they
 * promised to: "I keep meaning to", "I keep forgetting to", "someone needs to", "I promised Dad
 * I'd", "I told Priya I'd", "I said I'd", "I promised to".
 */
const INTENT_PREAMBLE =
  /^(?:(?:i|we)\s+(?:keep|kept)\s+(?:meaning|forgetting|trying|putting off)\s+to|(?:someone|somebody|one of us)\s+(?:(?:needs|has|have|ought)\s+to|should|must)|(?:(?:i|we)\s+)?(?:also\s+|already\s+)?(?:promised|told|offered|agreed)(?:\s+(?:to\s+)?(?:my\s+|our\s+|the\s+)?[\p{L}'’-]+)??\s+(?:i|we)(?:['’]d|['’]ll|\s+would|\s+will)|(?:i|we)\s+(?:also\s+|already\s+)?said\s+(?:to\s+(?:my\s+|our\s+|the\s+)?[\p{L}'’-]+\s+)?(?:i|we)(?:['’]d|['’]ll|\s+would|\s+will)|(?:i|we)(?:['’]ve|\s+have)?\s+(?:also\s+|already\s+)?(?:promised|offered|agreed)\s+to)\b\s*/iu;

/** Strips "I should probably", "don't forget to", "gotta" … from the front, and "too", "pls" from the end. */
export const trimFiller = rememberedPerParse(trimmedOfFiller);

/**
 * "need make appointment with doctor", "don't forget pay the rent", "remember bring the charger": the asking with its "to" left out,
 * as learners of English write it, then a task verb and a word that is no preposition ("need paint for
 * the fence" names a thing to get); after "remember" the verb's object must follow ("remember book club is …" is a note).
 */
const ASKING_WITHOUT_TO = /^(?:(?:i|we)\s+)?(need|(?:don'?t|do not|dont) forget|remember|rmbr)\s+([a-z]+)\s+([\p{L}'’]+)/iu;
const REMEMBERING = /^(?:remember|rmbr)$/i;
/** After "remember", a verb's object: a determiner, a pronoun or a name ("remember bring the charger", "remember call Mum"). */
const OBJECT_WORD = /^(?:(?:the|my|a|an|your|our|his|her|their|some|it|them|him|me)$|\p{Lu})/u;

/** "right renew the permit": dictation's "right" straight before a task verb (a date cut from between them leaves this). */
const RIGHT_BEFORE = /^right\s+/i;

/**
 * "don't forget you're collecting the pots", "remember I'm driving Mum Friday": a doing already
 * planned, told so it is not forgotten; the task is the doing ("Collect the pots").
 */
const PLANNED_DOING = /^(?:(?:don'?t|do not|dont)\s+forget|remember)\s+(?:that\s+)?(?:i['’]m|i\s+am|we['’]re|we\s+are|you['’]re|you\s+are)\s+(\p{L}+ing)\s+(?=\S)/iu;
/** "I'm driving him", "I'm taking her": the writer taking someone somewhere, said as already planned without the reminder, is the taking to do. */
const TAKING_PLANNED = /^(?:i['’]m|i\s+am)\s+(driving|taking|walking)\s+(?=(?:him|her|them)\b)/iu;

/**
 * "I still haven't booked the stand", "we haven't ordered the cake yet": what the writer has not
 * done yet is the doing left ("Book the stand"); someone else's ("the landlord hasn't fixed it") is
 * not, nor a complaint of no start on what was asked ("I haven't even opened the template").
 */
const NOT_DONE_YET = /^(?:(?:i|we|you)\s+)?(?:still\s+)?(?:haven['’]?t|have\s+not)\s+(?:(?:yet|actually)\s+)?(\p{L}+)\s+(\S+)/iu;
const YET_END = /\s+yet$/i;
/** "haven't got him anything": nothing named to do it to, so the step said next is the task. */
const ANY_THING = /\b(?:anything|any)\b/i;

/**
 * "Achieng wants the reward tiers finalised by Wednesday", "the landlord needs the form signed":
 * someone wanting a thing done asks for the doing ("Finalise the reward tiers"). Not their own
 * ("the dog needs her nails done" is a service to get, read with other needs).
 */
const WANTED_LEAD =
  /^(?:(?:my|our|the|his|her|their)\s+)?[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+)?\s+(?:wants|needs|would like|expects)\s+(?=(?:the|my|our|this|these|those|both|all)\s)/iu;
/** "Mum wants me to", "the neighbour downstairs asked me to", "Ammi also wants me to": someone asking the writer to do what follows. */
const ASKED_OF_ME = new RegExp(
  String.raw`^(?:(?:and|so|also)\s+)?(?:${SOMEONE}|[Tt]he\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?)\s+(?:also\s+)?(?:wants|asked|needs|would like)\s+me\s+to\s+`,
  'u',
);
/** What someone asks the writer to do ("drive her …" in "Mum wants me to drive her …"), or null when the clause asks nothing of them. */
function doingAskedOfWriter(text: string): string | null {
  const asked = ASKED_OF_ME.exec(text);
  const doing = asked === null ? null : text.slice(asked[0].length);
  return doing !== null && startsWithVerb(doing) ? doing : null;
}

/** Whether the clause is someone asking the writer to do something ("Mum wants me to drive her …"). */
export function askedOfWriter(text: string): boolean {
  return doingAskedOfWriter(text) !== null;
}

/** Most words of the thing wanted done, its determiner included. */
const WANTED_THING_WORDS = 7;
const PARTICLE = /^(?:up|out|off|in|back|over|down)$/i;
const CLAUSE_MARK = /[,;:!?]/;
const TRAILING_MARK = /^(.*?)([,;:!?.]*)$/;
/** "finalised", "organized": a verb in -ise or -ize, past, whichever spelling the word list lacks. */
const ISED = /[iy][sz]ed$/i;

/** "Finalise the reward tiers …" for "Achieng wants the reward tiers finalised …"; null when no doing is wanted. */
function wantedDoing(text: string): string | null {
  const lead = WANTED_LEAD.exec(text);
  if (lead === null) return null;
  const words = text.slice(lead[0].length).split(' ');
  for (let at = 2; at <= WANTED_THING_WORDS && at < words.length; at++) {
    if (CLAUSE_MARK.test(words[at - 1] ?? '')) return null;
    // "… the garden tidied, weed": a mark after the doing stays after the thing.
    const [, word = '', mark = ''] = TRAILING_MARK.exec(words[at] ?? '') ?? [];
    if (!isPastForm(word)) continue;
    const verb = verbBase(word) ?? (ISED.test(word) ? word.slice(0, -1).toLowerCase() : null);
    if (verb === null) return null;
    const particle = mark === '' && PARTICLE.test(words[at + 1] ?? '') ? ` ${words[at + 1]}` : '';
    const thing = words.slice(0, at).join(' ');
    return [`${verb}${particle}`, `${thing}${mark}`, ...words.slice(at + 1 + (particle ? 1 : 0))].join(' ');
  }
  return null;
}

function withoutSpokenLeads(text: string): string {
  const wanted = wantedDoing(text);
  if (wanted !== null) return wanted;
  // "Mum wants me to drive her to the eye doctor", "the neighbour asked me to move my bike": what someone asks of the writer.
  const askedOfMe = doingAskedOfWriter(text);
  if (askedOfMe !== null) return askedOfMe;
  const planned = PLANNED_DOING.exec(text) ?? TAKING_PLANNED.exec(text);
  const plannedVerb = planned?.[1] === undefined ? null : gerundVerb(planned[1]);
  if (planned && plannedVerb !== null) return `${plannedVerb}${text.slice(planned[0].length - 1)}`;
  const notDone = NOT_DONE_YET.exec(text);
  const [, done = '', object = ''] = notDone ?? [];
  const objectAt = notDone ? notDone[0].length - object.length : 0;
  const leftToDo = notDone && isPastForm(done) && !isFunctionWord(object) && !ANY_THING.test(text.slice(objectAt)) ? verbBase(done) : null;
  // The verb's base, then the space before the object and the rest as written.
  if (leftToDo !== null && TASK_VERBS.has(leftToDo)) return `${leftToDo}${text.slice(objectAt - 1)}`.replace(YET_END, '');
  const right = RIGHT_BEFORE.exec(text);
  if (right && startsWithVerb(text.slice(right[0].length))) return text.slice(right[0].length);
  const asked = ASKING_WITHOUT_TO.exec(text);
  const [, lead = '', verb = '', next = ''] = asked ?? [];
  if (!asked || !TASK_VERBS.has(verb.toLowerCase()) || isFunctionWord(next) || (REMEMBERING.test(lead) && !OBJECT_WORD.test(next))) return text;
  return text.slice(asked[0].length - verb.length - 1 - next.length).trimStart();
}

function trimmedOfFiller(text: string): string {
  let current = text.trim();
  for (;;) {
    const next = withoutSpokenLeads(current.replace(LEADING_FILLER, '').replace(INTENT_PREAMBLE, '').replace(TRAILING_FILLER, '').trim());
    if (next === current) return current;
    current = next;
  }
}

/**
 * A subordinate clause that explains or conditions a task rather than naming it: "before it
 * renews", "because I forgot last time", "if it ever stops raining", "so we can set up invoicing",
 * "once CI is green", "since the power went out", "in case it rains" ("since Monday" is a time, and
 * "just in case" ending a task is filler).
 * "Ask Luis if he can cover", "check if the domain is free" and "find out who owns it" keep their
 * question: it is what to ask.
 */
const ASIDE = /\s+(?:(?:before|after|until|till|once|when|whenever|while|as soon as)\s+(?:it|its|it's|they|they're|he|she|we|i|you|my|his|her|their|our|the|spots|school|term|someone|everyone|that)\b|(?:once|as soon as)\s+(?:[\p{L}\p{N}'’-]+\s+){1,3}?(?:is|are|has been|have been|gets|get)\s|before\s+(?:all|any|everything|everyone|anyone)\b|(?:before|until|till|once|when|as soon as)\s+(?:[\p{L}'’-]+\s+){1,3}?(?:starts|ends|opens|closes|shuts|arrives|arrive|finishes|begins|expires|renews|lapses|leaves|sells? out|runs? out|kicks? off|goes up|gets back|comes back|is over)\b|because\b|cause\b|(?<!\bjust\s+)in case\b|since\s+(?:it|they|i|we|he|she)\b|since\s+(?:the|my|our|his|her|their|your|this|that)\s+(?:[\p{L}'’-]+\s+){1,2}?(?:is|was|are|were|has|have|had|came|went|got|broke|fell|left|ran|began|stopped|[\p{L}]{2,}ed)\b|so\s+(?:that\b|we\b|i\b|they\b|it\b|he\b|she\b|you\b|\p{Lu}\p{Ll}+\s+(?:can|could|will|has|have|gets?)\b)|or\s+(?:else|they|it|i|we|you)(?:'ll|'d|\s+will|\s+would)?\b|otherwise\b|which\b|who\b|including\b|its gonna\b|it's gonna\b|if\b|(?<!\babout\s+)whether\s+(?:or\s+not|we|i|it|they|you|he|she|the|my|our)\b|instead of\b|maybe\s+(?:those|these|the|a|an|some|one of)\b)/iu;
/** A verb whose object may be a question of if or whether, before the question: "ask Sam if …", "tell the landlord whether …". */
const ASKING_VERB = /\b(?:ask|check|see|find out|confirm|decide|figure out|know|wonder|email|text|message|call|ring|phone|tell|let \S+ know)\b/i;
/** Verbs whose object may be a question: "find out who owns the lot" ("call the plumber, who …" is a remark). */
const ASKS_WHICH = /^(?:ask|check|see|find out|confirm|decide|figure out|work out|know|wonder)\b/i;

const IF_START = /^\s+(?:if|whether)\b/i;
const ASIDES = new RegExp(ASIDE.source, 'giu');
/** Verbs whose object may be a question of when: "ask the IT firm when they can wire the room" ("check the oil when it's cold" is a time). */
const ASKS_WHEN = /^(?:ask|find out|confirm|figure out|work out|decide|know|wonder|enquire|inquire)\b/i;
const WHEN_START = /^\s+(?:right\s+|just\s+)?when\b/i;

/** "ask the IT firm when they can wire the room": the "when" clause starting the rest is what the task asks. */
function whenAsked(rest: string, text: string): boolean {
  return WHEN_START.test(rest) && ASKS_WHEN.test(trimFiller(text));
}
/** "look after", "take after", "clean up after", "go after": "after"/"before" belongs to the verb before it. */
const PHRASAL_BEFORE_AFTER = /(?:^|\s)(?:look|looking|take|go|run|chase|ask|name|named|come|up|kneel|bow)$/i;
const WHO_OR_WHICH_START = /^\s+(?:who|which)\b/i;
const WHO_START = /^\s+who\b/i;
const ENDS_WITH_ABOUT = /(?<![\p{L}])(?:about|re:?|regarding|on)$/iu;
/**
 * People named by a determiner and a word to three, with no comma before "who": "the tenant", "the
 * new guy", "the U16 parents", "my Year 9s", "all the players"; or "everyone", "anyone".
 */
const PERSON_BEFORE_WHO =
  /(?:\b(?:the|a|an|that|this|those|these|my|our|his|her|their|any|all|all the|every)\s+(?:[\p{L}\p{N}'’-]+\s+){0,2}[\p{L}\p{N}'’-]+|\b(?:everyone|everybody|anyone|anybody|people))$/iu;

/** Where an explaining clause starts in a title, to move it to the notes; `dated` when the task has a day already. */
export function findAside(text: string, dated = false): Found<string> | null {
  // A clause inside brackets ("(Candlemas, or Gran would kill me)") is left to the brackets, which carry it to the notes whole.
  const starts = [explainingClauseStart(text), questionlessClauseStart(text), joinedClauseStart(text), toldAfterStart(text), complaintStart(text), whenAroundStart(text, dated)].filter(
    (start): start is number => start !== null && !insideBrackets(text, start),
  );
  if (starts.length === 0) return null;
  const found = Math.min(...starts);
  // "pack the night before the trip": the days counted before the clause go with it.
  const start = COUNTED_DAYS_END.exec(text.slice(0, found))?.index ?? found;
  return { value: text.slice(start).trim(), index: start, length: text.length - start };
}

function insideBrackets(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

/** "the night", "two days", "a week": a count of days ending the text, which a "before …" or "after …" after it counts from. */
const COUNTED_DAYS_END = /\s+(?:the|an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:days?|nights?|evenings?|mornings?|afternoons?|weeks?)$/i;

function explainingClauseStart(text: string): number | null {
  // "ask my manager whether I can shift my hours because of the kids": past a question the verb asks, a later clause may explain.
  for (const match of text.matchAll(ASIDES)) if (!asksOrCompletes(match, text)) return match.index;
  return null;
}

/** True when the clause an aside pattern found is what the task's verb asks or takes, not an explanation. */
function asksOrCompletes(match: RegExpExecArray, text: string): boolean {
  // "look after the kids", "clean up after the party": "after" completes the verb and names its object.
  if (PHRASAL_BEFORE_AFTER.test(text.slice(0, match.index))) return true;
  // "find out who owns the lot", "ask which day suits": after a verb of asking, the question is its object.
  // "… and to ask Mr Patel whether we can borrow his gazebo": the verb of asking may come after the task's first words.
  if (IF_START.test(match[0]) && ASKING_VERB.test(text.slice(0, match.index))) return true;
  if (whenAsked(match[0], text)) return true;
  // "ring Kumari aunty about which day we're visiting": after "about", the question is what the call is about, too.
  if (WHO_OR_WHICH_START.test(match[0]) && (ASKS_WHICH.test(text) || ENDS_WITH_ABOUT.test(text.slice(0, match.index)))) return true;
  // "reply to the tenant who wants a parking space": "who" straight after its person says which one.
  return WHO_START.test(match[0]) && PERSON_BEFORE_WHO.test(text.slice(0, match.index));
}

/** A clause of when with a noun-phrase subject ("once the vet calls back"), unless it is what a verb of asking asks. */
function questionlessClauseStart(text: string): number | null {
  const start = subordinateClauseStart(text);
  if (start === null || whenAsked(text.slice(start), text)) return null;
  return start;
}

/**
 * A new clause with its own subject, said straight after a task without a comma, as dictation
 * does: "book the MOT it runs out", "order dog food we're almost out", "cancel the gym I never go".
 * Its subject is a pronoun whose verb shows a finite clause: a verb in -s after "it" ("it expires"
 * may end the text once its day is cut: "renew the permit it expires on the 31st"), a shortened
 * "we're" / "it's" (or "its" / "theyre" written without the mark, before a word no possessive takes:
 * "its two months overdue"), "I never", "we don't", "they still haven't", a debt ("I owe him for two
 * months"), or a thing and how it is ("the old one is dying", "my phone is cracked"). Verbs that take a clause as their object keep it
 * ("tell Sam I'll be late", "make sure it's booked"), and so does a word that opens a clause
 * inside the task ("whatever we're missing"); a verb in -s that ends the text is missing its
 * object, so the clause describes the thing before it ("the lasagna she likes").
 */
const JOINED_CLAUSE =
  /\s+(?:(?:it|he|she)\s+(?:(?:never|always|still|just|already|only|really)\s+)?[a-z]{2,}[^su'’]s\s+\S|it\s+(?:(?:soon|already)\s+)?(?:expires|lapses|ends|closes|runs out)[\s.!]*$|(?:it|we|they|i)['’](?:s|re|m|ve)\s+(?!to\b)\S|(?:its|theyre)\s+(?:a|an|not|been|going|getting|already|almost|nearly|still|so|too|really|just|overdue|late|broken|\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b|(?:i|we|they)\s+(?:(?:still|just|really|also|even)\s+)?(?:never|always|barely|hardly|rarely|don'?t|can'?t|won'?t|haven'?t|hasn'?t|didn'?t|already)\s+\S|(?:i|we)\s+(?:still\s+)?owe\s+(?:him|her|them|you|\p{Lu}\p{Ll}+)\b|(?:the|my|our|his|her|their|this)\s+(?:[\p{L}-]+\s+){1,2}?(?:is|are|was|were)\s+(?:(?:almost|nearly|completely|totally|basically|already|still|finally)\s+)?(?:[a-z]+ing|[a-z]+ed|broken|dead|done|gone|worn out|falling apart|useless|knackered|wrecked|cracked)\b)/iu;
/** A question asked whole, with its own subject and verb: "if she can cover", "whether they have room". */
const COMPLETE_QUESTION = /\b(?:if|whether)\s+(?:he|she|they|we|you|it|\p{Lu}\p{Ll}+)\s+(?:can|could|will|would|is|are|has|have|does|do|wants?|minds?)\s+\S/u;
/** After a whole question, the writer's own need or state: "… I need one day off", "… we're short". */
const AFTER_QUESTION = /\s+(?:i|we)\s+(?:need|want|have|had|am|was|must|might)\s+\S/i;

function afterQuestionStart(text: string): RegExpExecArray | null {
  const match = AFTER_QUESTION.exec(text);
  return match && COMPLETE_QUESTION.test(text.slice(0, match.index)) ? match : null;
}
/** Verbs whose object may be a whole clause ("tell Sam I'll be late"): what follows them is not a remark. */
const TAKES_CLAUSE =
  /^(?:tell|ask|let|remind|say|warn|promise|text|email|e-mail|message|dm|write|reply|answer|explain|show|check|confirm|see|make sure|ensure|find out|figure out|work out|know|decide|think|hope|guess|mention|admit|pretend|agree|remember|forget|note|flag|update|inform|ping|call|ring|phone)\b/i;
const OPENS_CLAUSE = /\b(?:what|whatever|whichever|whoever|that|which|who|where|when|how|why|if|whether|and|or|but|as|than|so|because|for|to|of|in|on|at|with|about|from|like|one|ones|thing|things|stuff|way|day|time)$/i;
const MIN_TASK_WORDS = 2;
const WORD_GAP = /\s+/;

function joinedClauseStart(text: string): number | null {
  const match = JOINED_CLAUSE.exec(text) ?? afterQuestionStart(text);
  if (!match) return null;
  const before = trimFiller(text.slice(0, match.index));
  if (before.split(WORD_GAP).length < MIN_TASK_WORDS || !startsWithVerb(before) || OPENS_CLAUSE.test(before)) return null;
  // "ask Priya if she can cover I need a day off": once the asked question is whole, a new subject starts a remark.
  if (TAKES_CLAUSE.test(before) && !COMPLETE_QUESTION.test(before)) return null;
  // "sell the furniture we're not taking": a clause ending on a verb that wants an object is
  // missing it, so it describes the thing before it (a verb that takes none, "I never go", is whole).
  const last = LAST_WORD.exec(text)?.[0]?.toLowerCase() ?? '';
  const lastVerb = TASK_VERBS.has(last) ? last : verbBase(last);
  // "… the tour they still haven't paid": "still" and a negation complain of a lack; they pick nothing out.
  if (lastVerb !== null && !TAKES_NO_OBJECT.test(lastVerb) && !STILL_NOT.test(text.slice(match.index))) return null;
  // "the toys they've outgrown": a bare participle after "'ve" is the same kind of description.
  if (PERFECT_THEN_ONE_WORD.test(text.slice(match.index))) return null;
  return match.index;
}

const STILL_NOT = /^\s+\S+\s+still\s+(?:haven'?t|hasn'?t|don'?t|doesn'?t|didn'?t|won'?t|can'?t|isn'?t|aren'?t|never)\b/i;
const PERFECT_THEN_ONE_WORD = /^\s+\S+['’]ve\s+[\p{L}-]+[\s.!?]*$/iu;
const LAST_WORD = /[\p{L}'’]+(?=[^\p{L}]*$)/u;
const TAKES_NO_OBJECT = /^(?:go|come|work|sleep|happen|arrive|live|stay|wait|start|end|close|open|run|expire|lapse)$/;

/**
 * A relative clause that complains about the thing rather than picking it out: "the rebate that
 * never came", "the fence panel that blew down", "the parcel that still hasn't arrived". A verb of
 * telling or checking keeps its "that" clause ("check that it worked").
 */
const COMPLAINT = /\s+that\s+(?:(?:never|still|just|finally|already|always|apparently)\s+)?([\p{L}'’]+)/iu;
/** Verbs whose "that" may open what is checked ("make sure that worked"). */
const CHECKS_THAT = /^(?:check|confirm|see|make sure|ensure|find out|verify|know|remember)\b/i;
const NEGATED_OR_ONGOING = /^(?:never|keeps|doesn'?t|didn'?t|won'?t|isn'?t|wasn'?t|hasn'?t|haven'?t)$/i;

function complaintStart(text: string): number | null {
  const match = COMPLAINT.exec(text);
  const word = match?.[1];
  if (!match || word === undefined || !(isPastForm(word) || NEGATED_OR_ONGOING.test(word))) return null;
  const before = trimFiller(text.slice(0, match.index));
  if (before.split(WORD_GAP).length < MIN_TASK_WORDS || CHECKS_THAT.test(before)) return null;
  return match.index;
}

/**
 * When around something else the task falls, said at its end, which no date reader reads: the
 * next of a routine ("by next rehearsal"), a clock hour it must beat ("before 5"), a season
 * ("before fall"), a month it falls in sometime ("sometime in May"), the month a booking is for ("book the hut for Sept") or a span after an event
 * ("within 3 days of the move"), or whom it is for when that is the writer ("learn the nocturne for
 * myself"). A reader leaves them out of the title; the notes keep them. "for the design review" is
 * a purpose and stays.
 */
const WORD = String.raw`[\p{L}'’-]+`;
/** The end of a title once its cues are cut: "(Tuesday)" leaves its brackets behind. */
const EDGE_PUNCTUATION = /^[\s,:-]+|[\s,:-]+$/g;
const TITLE_END = String.raw`(?:\s*\(\s*\))*[\s.!]*$`;
const WHEN_AROUND = new RegExp(
  String.raw`\s+(?:(?:right|just|straight|soon|shortly)\s+)?(?:(?:sometime|some time|at some point)\s+(?:in|during)\s+(?:(?:early|mid|late)[\s-]+)?(?:(?:${MONTH_WORDS})|the\s+(?:spring|summer|fall|autumn|winter))|(?:before|after|until|till|by|ahead of)\s+(?:the\s+|my\s+|our\s+)?next\s+${WORD}(?:\s+${WORD})?|(?:before|by|ahead of)\s+(?:the\s+)?(?:spring|summer|fall|autumn|winter)|(?:before|by)\s+\d{1,2}(?::\d{2})?\s*(?:am|pm)?|(?:within|innerhalb(?:\s+von)?|binnen)\s+(?:\d+|a|an|one|two|three|four|five|six|seven)\s+\p{L}+\s+(?:of|after|nach|vor)\s+[\p{L}'’\s-]{1,40}?|(?:just\s+)?for\s+(?:myself|me|fun|the fun of it))${TITLE_END}`,
  'iu',
);
/**
 * On a day the task already has, the routine or event it falls around: "tomorrow before work",
 * "pickup tmrw after handover". With no day, "before handover" or "after deploy" says when in a
 * sequence of steps, which the title keeps ("Deep clean before handover").
 */
const AROUND_EVENT = new RegExp(
  String.raw`\s+(?:(?:right|just|straight|soon|shortly)\s+)?(?:before|after|ahead of)\s+(?:(?:the|my|our|your|his|her|their)\s+)?${WORD}(?:\s+${WORD}){0,2}${TITLE_END}`,
  'iu',
);
/**
 * A month or season said as when, which no date reader dates: "sometime in March repaint the
 * shed", "in the autumn clear the gutters". Said before a task's verb it leaves the title for the
 * notes; "the reunion in July" names which reunion and stays.
 */
const LEADING_MONTH = new RegExp(
  String.raw`^\s*(?:(?:sometime|some time|at some point)\s+)?(?:in|during)\s+(?:(?:early|mid|late)[\s-]+)?(?:(?:${MONTH_WORDS})|the\s+(?:spring|summer|fall|autumn|winter))\b[\s,:-]*`,
  'iu',
);

/** A month or season leading a task as its vague when, to move to the notes. */
export function findLeadingMonth(text: string): Found<string> | null {
  const match = LEADING_MONTH.exec(text);
  if (!match || !startsWithVerb(text.slice(match[0].length))) return null;
  return { value: match[0].replace(EDGE_PUNCTUATION, ''), index: 0, length: match[0].length };
}

/** The month a booking is for: "book the hut for Sept" ("send invoices for December" names which invoices). */
const FOR_MONTH = new RegExp(String.raw`\s+for\s+(?:(?:early|mid|late)[\s-]+)?(?:${MONTH_WORDS})${TITLE_END}`, 'iu');
const BOOKING = /^(?:book|reserve|plan|arrange|schedule|organi[sz]e|rent|hire)\b/i;
const LAST_WORD_BEFORE = /([\p{L}'’]+)\s*$/u;

function whenAroundStart(text: string, dated: boolean): number | null {
  const forMonth = FOR_MONTH.exec(text);
  const match = WHEN_AROUND.exec(text) ?? (forMonth && BOOKING.test(trimFiller(text)) ? forMonth : null) ?? (dated ? AROUND_EVENT.exec(text) : null);
  if (!match) return null;
  const before = text.slice(0, match.index);
  // "Dentist for me": a thing named alone is still what the writer wants for themselves ("wait for me" is a verb's object).
  const forWriterAlone = FOR_WRITER.test(match[0]) && !startsWithVerb(trimFiller(before));
  if ((before.trim().split(WORD_GAP).length < MIN_TASK_WORDS && !forWriterAlone) || PHRASAL_BEFORE_AFTER.test(before)) return null;
  // "tidy up after the party": a particle before "after" makes the event the verb's object.
  const last = LAST_WORD_BEFORE.exec(before)?.[1]?.toLowerCase() ?? '';
  if (PARTICLES.has(last)) return null;
  return match.index;
}

const FOR_WRITER = /^\s+(?:just\s+)?for\s+(?:myself|me)\b/i;
const PARTICLES = new Set(['up', 'out', 'off', 'down', 'over', 'away', 'back', 'in', 'on']);
