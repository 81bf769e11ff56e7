import { MONTH_NAMES, WEEKDAY_NAMES } from './calendar-words.ts';
import { trimFiller } from './cues.ts';
import { stepOnNeed } from './need-steps.ts';
import { matchesOf } from './quick-add/text-ranges.ts';
import { DETERMINER, tillIsNounAfter } from './till.ts';
import { isPastForm, startsWithVerb } from './verbs.ts';

/**
 * A thing said to be in some state: "the car is making that noise", "the spare room is full of boxes",
 * "my bus pass runs out on the 3rd".
 */
const STATED = /\b((?:the|my|our|your|their)\s+(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)\s+(?:is|was|are|were|has|keeps|started|needs|expires|runs out|ran out)\b/giu;
const DETERMINER_START = /^(?:the|my|our|your|their)\b/i;
/** "it" or "that" as what the task is done to: last, or before a particle or preposition ("clear that out"). */
const OBJECT_PRONOUN = /^(?:it|that)$/i;
const UPDATE_VERB = /^(?:cancel|drop|scrap|skip|ditch|forget|delete|remove|move|push|postpone|reschedule|mark|tick|rename)$/i;
// "fix it Friday": a weekday after the pronoun is when, as "tomorrow" is.
const AFTER_OBJECT =
  new RegExp(
    `^(?:$|together|first|properly|now|later|out|up|off|back|down|in|away|over|to|for|at|by|before|after|on|with|w/|via|online|from|into|again|today|tonight|tomorrow|soon|this|next|${WEEKDAY_NAMES}|mon|tue|tues|wed|thu|thur|thurs|fri|sat)$`,
    'i',
  );

/** Where a noun phrase ends: a mark, the end, or a word that starts another clause or a when. */
const PHRASE_END = String.raw`(?=\s*(?:[,.;:!?]|$)|\s+(?:so|and|but|since|yet|because|before|until|or|for ages|again)\b)`;
const NOUN_PHRASE = String.raw`((?:the|my|our|your|their)\s+(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+)`;
/** "I haven't even started the agenda", "still not booked the venue": a thing the writer has not yet done. */
const NOT_DONE = new RegExp(
  String.raw`\b(?:haven'?t|hasn'?t|didn'?t|not|never)\s+(?:even\s+|yet\s+|actually\s+)?(?:started|done|finished|booked|sent|written|opened|touched|sorted(?: out)?|bought|ordered|read|looked at|replied to|answered|paid|signed)\s+${NOUN_PHRASE}${PHRASE_END}`,
  'giu',
);
/** "I've been meaning to sort out the health insurance switch": a thing the writer keeps putting off. */
const PUT_OFF = new RegExp(String.raw`\b(?:meaning|meant|keep forgetting|kept forgetting|putting off)\s+(?:to\s+)?(?:[a-z]+\s+){0,2}?${NOUN_PHRASE}${PHRASE_END}`, 'giu');
/** "oil change is 500 miles overdue": a list line opening with a bare thing that is late or due. */
const LATE_THING = /^[\s*•-]*((?:[a-z][\p{L}'’-]*\s+){0,2}[a-z][\p{L}'’-]*)\s+(?:is|are)\s+(?:[\p{L}\p{N}]+\s+){0,3}?(?:overdue|late|due)\b/u;

/**
 * "- PFD deposit, check it hit", "- progress reports due 3/19, start them", "Octopus card autopay
 * failed, sort it": a list line that opens with a bare thing (its lapse or due day, or a fault, after
 * it at most) and goes straight on to the task.
 */
const OPENING_THING =
  /^[\s*•-]*((?:[\p{L}][\p{L}'’-]*\s+){0,2}[\p{L}][\p{L}'’-]*(?:\s+(?:on|of|for|at|in)\s+(?:(?:the|my|our)\s+)?(?:[\p{L}][\p{L}'’-]*\s+)?[\p{L}][\p{L}'’-]*)?)(?:\s+(?:(?:is|are)\s+)?(?:due|overdue|expires|expired|runs out|ran out|failed|bounced|broke|broken|died|wrong|missing|leaking|cracked|stopped working)\b[^,;:–—]*)?\s*(?:,|\s[-–—])\s*$/u;

/** What a bare thing is of or on, after it: " on the Air Tractor", " for Sam". */
const PLACING_TAIL = /\s+(on|of|for|at|in)\s+(?:(?:the|my|our)\s+)?(\S+(?:\s+\S+)?)$/;

/** The bare thing a list line opens with before its task, with "the", and whether it is plural; null when it is no thing. */
function openingThing(sentenceBefore: string): { phrase: string; plural: boolean } | null {
  const thing = OPENING_THING.exec(sentenceBefore)?.[1];
  if (!thing) return null;
  // "annual inspection on the Air Tractor": the thing, then what it is of or on.
  const tail = PLACING_TAIL.exec(thing);
  const words = (tail ? thing.slice(0, tail.index) : thing).split(/\s+/);
  const tailWords = tail?.[2]?.split(/\s+/) ?? [];
  const head = words.at(-1) ?? '';
  // "Sam, send it over": a name alone is who, not what.
  const named = words.length === 1 && !tail && /^\p{Lu}/u.test(head);
  if (named || startsWithVerb(thing) || [...words, ...tailWords].some((word) => NOT_IN_PHRASE.has(word.toLowerCase()) || NOT_A_THING.test(word) || CALENDAR_WORD.test(word))) return null;
  return { phrase: `the ${thing}`, plural: PLURAL_HEAD.test(head) };
}

/** The thing last said to be in some state in `text` ("the car"), or not yet done ("the agenda"), or null. */
export function statedThing(text: string): string | null {
  const found = [...matchesOf(STATED, text), ...matchesOf(NOT_DONE, text), ...matchesOf(PUT_OFF, text)];
  const last = found.reduce<RegExpExecArray | null>((latest, match) => (latest === null || match.index > latest.index ? match : latest), null)?.[1];
  if (last) return last.replace(DETERMINER_START, (determiner) => determiner.toLowerCase());
  const late = LATE_THING.exec(text)?.[1];
  return late ? `the ${late}` : null;
}

/** "them" or "those" as what the task is done to; "it" and "that" above. */
const PLURAL_PRONOUN = /^(?:them|those)$/i;
/** Words that end a noun phrase or cannot be in one: marks of grammar, not names of things. */
const NOT_IN_PHRASE = new Set(
  (
    'is are was were be been being am has have had do does did will would can could should shall must may might need needs needed ' +
    'and or but so then if when while because since as than that which who what where how to for from in on at by with about into ' +
    'a an of off up out over after before until till again also too just still really very not no it its they them their there here this ' +
    'those these i me my we us our you your he him his she her all any some every each next last go goes went start starts come comes ' +
    'keep keeps get gets got say says said want wants wanted'
  ).split(' '),
);
/** A phrase with these is a time or a vague amount, not a thing to act on ("the weekend", "the end of it"). */
const NOT_A_THING = /^(?:day|days|week|weeks|weekend|weekends|month|months|year|years|morning|afternoon|evening|night|time|times|moment|minute|hour|hours|end|start|beginning|rest|way|thing|things|stuff|lot|bit|mind|head)$/i;
/** A head word that is plural: "documents", "checks", "Delgados"; not "glass" or "bus". */
const PLURAL_HEAD = /^[\p{L}'’-]*[^su'’\s]s$/u;
/** Verbs whose "them" is someone to reach: "text them", "ask them". */
const REACHING = /^(?:text|call|ring|phone|email|e-mail|message|ask|tell|remind|invite|thank|ping|visit|meet)$/i;
/** Words for people that a plural "them" or "their" may name. */
const PEOPLE = /^(?:kids|children|parents|neighbours|neighbors|students|pupils|tenants|guests|boys|girls|twins|grandparents|in-laws|beginners|cousins|friends|players|clients|customers|volunteers|staff|team)$/i;
/** "Jess and Tom", "Ana, Raf and Leo": people named together. */
const NAMED_TOGETHER = /(?<![\p{L}'’])(\p{Lu}\p{Ll}+(?:,\s+\p{Lu}\p{Ll}+)*\s+and\s+\p{Lu}\p{Ll}+)(?![\p{L}'’])/gu;
/** "Monday and Tuesday", "Christmas and New Year": days, not people. */
const CALENDAR_WORD = new RegExp(`\\b(?:${WEEKDAY_NAMES}|${MONTH_NAMES}|christmas|easter)\\b`, 'i');
const TOKEN = /[\p{L}\p{N}'’-]+|[^\s\p{L}\p{N}'’-]/gu;
const WORD_TOKEN = /^[\p{L}\p{N}'’-]+$/u;
const CONTRACTED_IS = /['’]s$/;
/** Where one clause of a sentence ends and the next begins. */
const CLAUSE_MARK = /[,;:]|\s[-–—]\s/;

/** The last clause of the text before a task, the one right against it: "the heater is dead, so call Dad and " → "so call Dad and ". */
function lastClauseOf(sentenceBefore: string): string {
  return sentenceBefore.split(CLAUSE_MARK).findLast((part) => part.trim() !== '') ?? '';
}

/**
 * The clause that says something before a task's own words: "the rack tripped, so I have to " →
 * "the rack tripped" (the task's "so I have to" is filler, no clause of its own).
 */
function clauseBeforeTask(sentenceBefore: string): string {
  const parts = sentenceBefore.split(CLAUSE_MARK).filter((part) => part.trim() !== '');
  const last = parts.at(-1) ?? '';
  return trimFiller(last.trim()) === '' ? (parts.at(-2) ?? '') : last;
}
const TAIL_PREPOSITION = /^(?:of|in|from)$/i;

/** The title as a step on what the clause before says a thing needs ("take him to the vet" after "the dog needs his rabies jab"), or null. */
export function stepOnStatedNeed(title: string, sentenceBefore: string): string | null {
  return stepOnNeed(title, clauseBeforeTask(sentenceBefore));
}

const TILL = /^till$/i;
/** Words after "till" that make it "until": "the car till Monday", "the bins till tomorrow". */
const UNTIL_WHEN = /^(?:today|tonight|tomorrow|tmrw|noon|midnight|later|then|now|next|the|after|\d.*)$/i;

/** "the till", "the M-Pesa till statement": "till" first in a phrase, or before a word of it, is the cash drawer. */
function tillAsNoun(tokens: string[], index: number): boolean {
  if (!TILL.test(tokens[index] ?? '')) return false;
  const after = tokens[index + 1] ?? '';
  if (UNTIL_WHEN.test(after) || CALENDAR_WORD.test(after)) return false;
  return tillIsNounAfter(tokens[index - 1] ?? '') || (WORD_TOKEN.test(after) && !NOT_IN_PHRASE.has(after.toLowerCase()));
}

/**
 * A count opening a plural thing with no determiner before it: "ordered six wreaths", "12 crates
 * came in". "one" is left out: it stands for a thing as often as it counts one.
 */
const COUNT = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|fifty|hundred)$/i;

interface Antecedent {
  phrase: string;
  plural: boolean;
  people: boolean;
  /** Opened by a count alone ("six wreaths"): a thing "them" may stand for, never whose "their" is. */
  counted: boolean;
  at: number;
}

/** The determiner-led noun phrases and the people named together in `text`, in order. */
function antecedents(text: string): Antecedent[] {
  const tokens = [...matchesOf(TOKEN, text)].map((match) => match[0]);
  const isWord = (index: number) => WORD_TOKEN.test(tokens[index] ?? '');
  const ends = (index: number) => index >= tokens.length || !isWord(index) || NOT_IN_PHRASE.has((tokens[index] ?? '').toLowerCase());
  const found: Antecedent[] = [];
  for (let index = 0; index < tokens.length; index++) {
    // "the six wreaths" is found from its "the"; a count alone opens a thing only when its head is plural.
    const counted = COUNT.test(tokens[index] ?? '') && !DETERMINER.test(tokens[index - 1] ?? '');
    if (!DETERMINER.test(tokens[index] ?? '') && !counted) continue;
    const all = (tokens[index - 1] ?? '').toLowerCase() === 'all';
    let next = index + 1;
    while (next - index <= 4 && (!ends(next) || tillAsNoun(tokens, next))) next++;
    let words = tokens.slice(index + 1, next);
    // "the new hose arrived, attach it": a past verb after the thing says what happened to it, no part of its
    // name; the last one, as one before a noun describes it ("the old painted chair broke").
    const happened = words.findLastIndex((word, at) => at > 0 && isPastForm(word));
    if (happened > 0) {
      words = words.slice(0, happened);
      next = index + 1 + words.length;
    }
    // "the volunteer group arrives on the 29th": a verb after the thing says what it does, no part of its name.
    const doing = words.findIndex((word, at) => at > 0 && isSubjectVerb(word));
    if (doing > 0) {
      words = words.slice(0, doing);
      next = index + 1 + words.length;
    }
    // "the car's making a noise": the "'s" is "is", and the thing ends before it.
    const contracted = words.findIndex((word, at) => CONTRACTED_IS.test(word) && /ing$/i.test(words[at + 1] ?? ''));
    if (contracted >= 0) {
      words = [...words.slice(0, contracted), (words[contracted] ?? '').slice(0, -2)];
      next = index + 1 + words.length;
    }
    // "the two new beginners start next week": a plural head ends the phrase before a verb.
    const lastPlural = words.findLastIndex((word) => PLURAL_HEAD.test(word));
    if (lastPlural >= 0 && lastPlural < words.length - 1 && words.length > 1) {
      words = words.slice(0, lastPlural + 1);
      next = index + 1 + words.length;
    }
    const head = words.at(-1) ?? '';
    if (words.length === 0 || words.some((word) => NOT_A_THING.test(word)) || /\d/.test(head) || (counted && !PLURAL_HEAD.test(head))) continue;
    let tail = '';
    // "the summer holiday in Denmark", "the minutes from last year": one short phrase after it says which.
    if (TAIL_PREPOSITION.test(tokens[next] ?? '')) {
      let end = next + 1;
      if (DETERMINER.test(tokens[end] ?? '')) end++;
      const first = end;
      while (end - first < 2 && isWord(end) && (end === first || !NOT_IN_PHRASE.has((tokens[end] ?? '').toLowerCase()))) end++;
      if (end > first && ends(end)) tail = ` ${tokens.slice(next, end).join(' ')}`;
    }
    const determiner = (tokens[index] ?? '').toLowerCase();
    const capitalised = /^\p{Lu}/u.test(head) && determiner === 'the';
    found.push({
      phrase: `${all ? 'all ' : ''}${determiner} ${words.join(' ')}${tail}`,
      plural: PLURAL_HEAD.test(head),
      people: PEOPLE.test(head) || (capitalised && PLURAL_HEAD.test(head)),
      counted,
      at: index,
    });
  }
  // Named people are placed among the phrases by where they end in the text.
  for (const match of matchesOf(NAMED_TOGETHER, text)) {
    const phrase = match[1] ?? '';
    if (CALENDAR_WORD.test(phrase)) continue;
    const at = [...matchesOf(TOKEN, text.slice(0, match.index + phrase.length))].length - 1;
    found.push({ phrase, plural: true, people: true, counted: false, at });
  }
  return found.sort((left, right) => left.at - right.at);
}

function isObjectPronoun(word: string): boolean {
  return OBJECT_PRONOUN.test(word) || PLURAL_PRONOUN.test(word);
}

/**
 * Where a task's words name what it is done to only as "it", "that", "them" or "those" (once, or
 * again by the next verb: "sign it and post it"), or -1.
 */
function objectPronounAt(words: string[]): number {
  // "cancel that", "push it to Friday": what an update is of is matched against the open tasks, not named.
  if (UPDATE_VERB.test(words[0] ?? '')) return -1;
  const at = words.findIndex(
    // "eat all of them": a part of a thing is no thing to name.
    (word, index) =>
      index > 0 &&
      isObjectPronoun(word) &&
      words[index - 1]?.toLowerCase() !== 'of' &&
      (AFTER_OBJECT.test(words[index + 1] ?? '') || recipientAt(words, index) || sameAgainAt(words, index) > 0),
  );
  if (at < 0) return -1;
  const again = sameAgainAt(words, at);
  return !words.slice(again > 0 ? again + 1 : at + 1).some(isObjectPronoun) ? at : -1;
}

/** "sign it and post it": where the next verb takes the same pronoun again, or -1. */
function sameAgainAt(words: string[], index: number): number {
  const pronoun = (words[index] ?? '').toLowerCase();
  return /^(?:and|&)$/i.test(words[index + 1] ?? '') && (words[index + 3] ?? '').toLowerCase() === pronoun ? index + 3 : -1;
}

/** "send them the letter": "them" is who gets what follows. */
function recipientAt(words: string[], index: number): boolean {
  return index === 1 && /^them$/i.test(words[index] ?? '') && /^(?:the|a|an|my|our|some)$/i.test(words[index + 1] ?? '');
}

/**
 * The phrase a task's pronoun stands for: "it" or "that" from the clause before it in its sentence
 * (a thing said to be in some state or not yet done, else the nearest singular thing); "them" or
 * "those" from the nearest plural before it, in its sentence or the one before ("send them" to
 * "text them": people, for verbs that reach someone); null when none is clear.
 */
function antecedentOf(title: string, sentenceBefore: string, previousSentence = ''): { at: number; phrase: string } | null {
  const words = title.split(' ');
  const at = objectPronounAt(words);
  if (at < 0) return null;
  const pronoun = words[at] ?? '';
  if (OBJECT_PRONOUN.test(pronoun)) {
    const said = statedThing(sentenceBefore);
    // "before the good houses are gone, look at it": "it" is no plural.
    const stated = said !== null && /^it$/i.test(pronoun) && PLURAL_HEAD.test(said.split(' ').at(-1) ?? '') ? null : said;
    // "that" points at a whole state of things more often than at one thing: only a stated thing names it.
    // "patch the drywall by the bathroom, get an electrician in, and list it": after a task, "it" may be
    // any of its things or one said before, so only a clause that says something (no task) names it.
    const clause = clauseBeforeTask(sentenceBefore);
    const saysSomething = /^it$/i.test(pronoun) && !startsWithVerb(trimFiller(clause.trim()));
    const nearest = saysSomething ? antecedents(clause).findLast((candidate) => !candidate.plural && !candidate.people) : undefined;
    const opening = /^it$/i.test(pronoun) ? openingThing(sentenceBefore) : null;
    const phrase = stated ?? (saysSomething ? singularSubjectOf(clause) : null) ?? nearest?.phrase ?? (opening && !opening.plural ? opening.phrase : null);
    return phrase ? { at, phrase } : null;
  }
  const wantsPeople = (at === 1 && REACHING.test(words[0] ?? '')) || recipientAt(words, at);
  const candidate = antecedents(`${previousSentence} ${sentenceBefore}`).findLast((found) => found.plural && (!wantsPeople || found.people));
  if (candidate) return { at, phrase: candidate.phrase };
  const opening = wantsPeople ? null : openingThing(sentenceBefore);
  return opening?.plural ? { at, phrase: opening.phrase } : null;
}

/**
 * "Mom: you're still bringing the pop-up tent on Sunday?" then "Me: yes I'll grab it from the tower
 * storage": a reply's "it", with nothing named before it in the reply, is the thing the message it
 * answers is about.
 */
function answeredThing(title: string, replyBefore: string, message: string): { at: number; phrase: string } | null {
  const words = title.split(' ');
  const at = objectPronounAt(words);
  if (at < 0 || !/^it$/i.test(words[at] ?? '') || antecedents(replyBefore).length > 0) return null;
  // The message's subject ("the pop-up tent is in the tower storage"), else the first thing it names;
  // a tag asking to be agreed with ("…, right?") is no part of it.
  const asked = message.replace(TAG_QUESTION, '');
  const phrase = singularSubjectOf(asked) ?? antecedents(asked).find((candidate) => !candidate.plural && !candidate.people)?.phrase;
  return phrase === undefined ? null : { at, phrase };
}

/** "right", "yeah?", "no?": a tag closing a message, asking to be agreed with. */
const TAG_QUESTION = /[,\s]+(?:right|yeah|yes|no|ok|okay|eh|innit)\s*[?!.]*\s*$/i;
/** What opens a clause before its subject: "when the jib arrives", "also the rack tripped". */
const CLAUSE_OPENING = /^(?:(?:and|also|so|but|now|then|oh)\s+)*(?:(?:when|once|after|as soon as|if|since|now that)\s+)?/i;
/** A determiner, or a name's possessive ("Maddie's recital"), opening a subject. */
const SUBJECT_OPENING = /^(?:[Tt]he|[Mm]y|[Oo]ur|[Yy]our|[Tt]his|\p{Lu}[\p{L}-]*['’]s)$/u;
/** Verbs a thing is the subject of, in the present: "is", "goes", "arrives" (a past form counts too). */
const SUBJECT_VERB = /^(?:is|was|has|had|goes|went|comes|came|arrives|arrived|needs|keeps|starts|ends|opens|closes|expires|lapses|runs|broke|tripped|leaks|drips|['’]s)$/i;
/** Most words of a subject's name after its determiner: "the new chipper", "the dimmer rack". */
const SUBJECT_WORDS = 3;

/**
 * "When the new chipper arrives", "The dimmer rack in the basement tripped twice", "Maddie's
 * recital is Saturday": the singular thing a clause is about, its subject, which a task's "it"
 * after the clause stands for more often than for a thing named later in it ("the flight cage" in
 * "the fledglings go to the flight cage" is named only because the subject is plural).
 */
function singularSubjectOf(clause: string): string | null {
  const words = clause.trim().replace(CLAUSE_OPENING, '').split(/\s+/);
  const opening = words[0] ?? '';
  if (!SUBJECT_OPENING.test(opening)) return null;
  let end = 1;
  while (end <= SUBJECT_WORDS && end < words.length && !NOT_IN_PHRASE.has((words[end] ?? '').toLowerCase()) && !SUBJECT_VERB.test(words[end] ?? '')) end++;
  // "the old varnished stool wobbled": the last past form is the verb; one before a noun describes it.
  const past = words.slice(0, end + 1).findLastIndex((word, at) => at > 1 && isPastForm(word));
  if (past > 0) end = past;
  const name = words.slice(1, end);
  // "the dimmer rack in the basement tripped": one short phrase after the name says which.
  let verbAt = end;
  if (TAIL_PREPOSITION.test(words[verbAt] ?? '') && DETERMINER.test(words[verbAt + 1] ?? '')) verbAt += 3;
  const head = name.at(-1) ?? '';
  if (name.length === 0 || verbAt >= words.length || !isSubjectVerb(words[verbAt] ?? '') || PLURAL_HEAD.test(head) || NOT_A_THING.test(head)) return null;
  const determiner = /['’]s$/.test(opening) ? opening : opening.toLowerCase();
  return [determiner, ...name, ...words.slice(end, verbAt)].join(' ');
}

function isSubjectVerb(word: string): boolean {
  return SUBJECT_VERB.test(word) || isPastForm(word);
}

/** Words before "one" that make it a thing of the kind just named: "a new one", "another one", "a spare one". */
const ONE_OF_A_KIND_BEFORE = /^(?:new|another|spare|second|replacement|bigger|smaller|cheaper|better|proper|fresh|different|working)$/i;

/** "one", "ones": a thing of a kind named elsewhere. */
const ONE_OR_ONES = /^ones?$/i;

/** Where a task names its thing only as "one" (or "ones") of a kind said before ("order a new one", "get new ones"), or -1. */
function oneOfAKindAt(words: string[]): number {
  if (UPDATE_VERB.test(words[0] ?? '')) return -1;
  const at = words.findIndex((word, index) => index > 0 && ONE_OR_ONES.test(word) && ONE_OF_A_KIND_BEFORE.test(words[index - 1] ?? ''));
  return at >= 0 && !words.slice(at + 1).some((word) => ONE_OR_ONES.test(word)) ? at : -1;
}

/**
 * "the kettle is broken, order a new one" → "order a new kettle", "my uniform boots are finished,
 * order new ones" → "order new uniform boots": the thing said to be in some state in the sentence
 * before, one for "one" and more for "ones", without its determiner; null when none is said.
 */
function oneNamed(title: string, sentenceBefore: string): string | null {
  const words = title.split(' ');
  const at = oneOfAKindAt(words);
  if (at < 0) return null;
  const phrase = statedThing(sentenceBefore);
  if (!phrase || PLURAL_HEAD.test(phrase.split(' ').at(-1) ?? '') !== /s$/i.test(words[at] ?? '')) return null;
  const kind = phrase.split(' ').slice(1).join(' ');
  return [...words.slice(0, at), kind, ...words.slice(at + 1)].join(' ');
}

/**
 * "renew", "renew it", "top it up", "renew online", "shop around", "compare quotes": renewing (or
 * shopping for) what the writer did not name again, perhaps with how or where ("online", "at the post office").
 */
const RENEWING_UNNAMED =
  /^(?:(renew|extend|top\s+up)(?:\s+(?:it|that))?|(top)\s+(?:it|that)\s+up|(shop\s+around|compare\s+(?:quotes|prices)|get\s+(?:some\s+|new\s+|a\s+few\s+)?quotes))(\s+(?:online|in person|by post|by phone|over the phone|(?:at|on|via|through)\s+the\s+[\p{L}'’ -]{2,30}))?$/iu;
/**
 * "driver's licence ran out in August", "my Jahreskarte for the Wiener Linien runs out on the 31st":
 * a clause opening with a thing that lapses, the thing up to six words long.
 */
const LAPSING = /^[\s*•-]*((?:the|my|our|your|his|her|their)\s+)?((?:[\p{L}'’-]+\s+){0,5}?[\p{L}'’-]+)\s+(?:runs out|run out|ran out|has run out|expires|expire|expired|has expired|is expiring|lapses|lapsed|has lapsed|renews|is up for renewal|is due for renewal)\b/iu;
const TAIL_WORD = /^(?:for|of|in|from|the)$/i;
const POSSESSIVE_START = /^[\p{L}-]+['’]s\b/u;
const OWN_START = /^own\s+/i;

/**
 * "the permit expires on the 15th, renew before then" → "renew the permit": the renewal's thing is
 * the one its clause before says lapses; null when that clause opens with no such thing.
 */
function renewalOf(title: string, sentenceBefore: string): string | null {
  const renewing = RENEWING_UNNAMED.exec(title.trim());
  if (!renewing) return null;
  const clause = lastClauseOf(sentenceBefore);
  const lapsing = LAPSING.exec(clause);
  const words = lapsing?.[2]?.split(/\s+/) ?? [];
  // "Mum said the car tax expires": a thing is words of a name, with at most "for the", "of" or "in" between.
  if (!lapsing?.[2] || words.some((word) => NOT_IN_PHRASE.has(word.toLowerCase()) && !TAIL_WORD.test(word))) return null;
  const how = renewing[4] ?? '';
  // "my car insurance renews on the 20th, shop around" → "shop around for car insurance": a kind of cover, not the one held.
  if (renewing[3]) return `${renewing[3]} for ${lapsing[2].replace(OWN_START, '')}${how}`;
  const determiner = lapsing[1] ? lapsing[1].toLowerCase() : POSSESSIVE_START.test(lapsing[2]) ? '' : 'the ';
  const verb = renewing[2] ? `${renewing[2]} up` : (renewing[1] ?? '');
  return `${verb} ${determiner}${lapsing[2]}${how}`;
}

/** "the sauna light is broken", "the kitchen tap still drips": a singular thing said to be faulty. */
const FAULTY = /\b((?:the|my|our)\s+(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+)\s+(?:(?:is|are)\s+(?:still\s+|now\s+)?(?:broken|dead|blown|cracked|leaking|dripping|flickering|wobbly|loose|stuck|jammed|bust|busted|kaput)|(?:still\s+|keeps\s+|has\s+)?(?:drips|dripping|leaks|leaking|flickers|flickering|squeaks|squeaking|rattles|rattling|broke|died|blew|blown|stopped working))\b/giu;
/** "buy a bulb", "order a new washer": buying a part, with nothing said of what it is for. */
const BUYING_A_PART = /^(?:buy|order|pick up)\s+(?:a|an|some|a new|a replacement|new|replacement)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?$/iu;

/**
 * "the sauna light is broken, buy a bulb" → "buy a bulb for the sauna light": a part bought right
 * after the clause saying one thing is faulty is for that thing; null when that clause names none.
 */
function partFor(title: string, sentenceBefore: string): string | null {
  if (!BUYING_A_PART.test(title)) return null;
  // "the door is jammed, so call the installer and order a new remote": after another task, not the fault's part.
  const clause = lastClauseOf(sentenceBefore);
  const faulty = [...matchesOf(FAULTY, clause)];
  const thing = faulty.length === 1 ? faulty[0]?.[1] : undefined;
  if (!thing || PLURAL_HEAD.test(thing.split(' ').at(-1) ?? '')) return null;
  return `${title} for ${thing.replace(DETERMINER_START, (determiner) => determiner.toLowerCase())}`;
}

/** "make their welcome folders" with "the new beginners" before it: "make the welcome folders for the new beginners". */
function nameOwners(title: string, before: string): string {
  const words = title.split(' ');
  const at = words.findIndex((word, index) => index > 0 && /^their$/i.test(word));
  if (at < 0 || words.slice(at + 1).some((word) => /^their$/i.test(word))) return title;
  let end = at + 1;
  while (end < words.length && !NOT_IN_PHRASE.has((words[end] ?? '').toLowerCase()) && !AFTER_OBJECT.test(words[end] ?? '')) end++;
  if (end === at + 1) return title;
  const owner = antecedents(before).findLast((found) => found.plural && !found.counted)?.phrase;
  return owner ? [...words.slice(0, at), 'the', ...words.slice(at + 1, end), 'for', owner, ...words.slice(end)].join(' ') : title;
}

/** A step and a second verb on its thing in one title: "… and send it to Priti", "… and refund them". */
const OWN_THING_AGAIN = /^\S+(?:\s+\S+){2,}\s+and\s+\p{L}+\s+(?:it|them)\b/iu;

/**
 * A title's pronoun replaced by what it stands for ("the spare room is full of boxes, so clear that
 * out" → "clear the spare room out"; "did the invoices go out? No - send them" → "send the
 * invoices"), so the title says what without its sentence; unchanged when nothing clear is named.
 */
export function nameThing(title: string, sentenceBefore: string, previousSentence = '', answering = false): string {
  // "update the contact sheet and send it to the cast": the title names what "it" is already.
  if (OWN_THING_AGAIN.test(title)) return title;
  const onNeed = stepOnStatedNeed(title, sentenceBefore);
  if (onNeed) return onNeed;
  const renewal = renewalOf(title, sentenceBefore);
  if (renewal) return renewal;
  const found = antecedentOf(title, sentenceBefore, previousSentence) ?? (answering ? answeredThing(title, sentenceBefore, previousSentence) : null);
  if (!found) return oneNamed(title, sentenceBefore) ?? partFor(title, sentenceBefore) ?? nameOwners(title, `${previousSentence} ${sentenceBefore}`);
  const words = title.split(' ');
  return [...words.slice(0, found.at), found.phrase, ...words.slice(found.at + 1)].join(' ');
}
