import { isDatePhrase } from './dates.ts';
import { isPastForm, startsWithVerb } from './verbs.ts';

/**
 * A dump often opens by saying what day it is ("payday!!", "Labour Day, office shut.", "14 juillet,
 * fête nationale", "Festa della Repubblica, niente ufficio"): the day sets the scene and asks for
 * nothing. Its first part names a day off or an occasion — a holiday, a feast, a "… day" — or is a
 * bare date; the parts after it, if any, only remark on it (no part opens with a task verb).
 */
/** A day off, a holiday or a feast at a part's end, or its weekend ("Bank hol weekend", "Easter weekend", "long weekend"). */
const OCCASION_END =
  /(?:\bday|\bpay ?day|\b(?:easter|whit|shrove|fat|ash|maundy|holy|good|black|cyber|blue|super)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|\bholiday|\bholidays|\bhol|\bhols|\bférié|\bferiado|\bfeiertag|\bbayram\p{L}*|\bfestival|\beve|\bnew year|\bnouvel an|\bnochebuena|\bnavidad|\bnatale|\bnoël|\bweihnachten|\bostern|\bpâques|\bpascua|\bpasqua|\b(?:long|easter|christmas|xmas)(?=\s+(?:weekend|wknd)))(?:\s+(?:weekend|wknd))?$/iu;
/**
 * "Fireworks tonight", "parade at 11", "load shedding again", "clocks forward": a happening the whole
 * town shares, which nobody in it has to do; named first, it sets the scene as a holiday does.
 */
const PUBLIC_HAPPENING =
  /(?:^|\s)(?:fireworks|feux? d['’]artifice|feuerwerk|fuegos artificiales|parades?|procession|load ?shedding|power cuts?|blackout|clocks? (?:go |went |going )?(?:forward|back|change)|daylight saving)$/iu;
/** "Festa della Repubblica", "Fête nationale", "Fiesta de la Independencia": a feast named first. */
const FEAST_START = /^(?:festa|fête|fete|fiesta|feast|jour|feriado)\b/i;
/**
 * "Lucia morning", "Christmas Eve", "Burns night", "Easter vigil", "dawn service", "midnight mass":
 * a feast named by its part of the day or the service that keeps it.
 */
const FEAST_TIME =
  /^(?:st\.?\s+|saint\s+)?(?:christmas|xmas|easter|lucia|lucy['’]s|eid|diwali|hanukkah|chanukah|passover|thanksgiving|halloween|bonfire|burns|new year['’]?s?|midsummer|midsommar|sinterklaas|carnival|pentecost|whitsun|remembrance|anzac|dawn|carol|midnight|sunrise)\s+(?:morning|night|evening|eve|vigil|service|services|mass)$/iu;
/** "Pakjesavond", "Heiligabend", "julaften": a feast's evening in one Dutch, German or Nordic word. */
const FEAST_EVENING_WORD = /^\p{L}{3,}(?:avond|abend|aften|afton)$/iu;
/** "The deadline is in ten days", "the fair starts Friday": a sentence about when something is, not a day named. */
const SAYS_WHEN = /\s(?:is|are|was|were|will|starts?|ends?|closes?|opens?)\s/i;
/** "pay day" reads as a verb and its object, but names the day the wages come. */
const PAYDAY = /^pay ?day$/i;
/** Someone's own day is a thing to act on ("Mum's birthday"), not the scene of the dump. */
const SOMEONES_DAY = /\b(?:birthday|b-?day|anniversary|name ?day|due day|deadline day|moving day|bin day|wash day|laundry day|leg day|rest day|sports day|open day|payment day)\b/i;
/** A day or time said after the occasion ("Swiss national day tomorrow", "parade at 11", "dawn service this morning"), or where it is spent ("… on the Chathams", "… over the river"). */
const TRAILING_WHEN_OR_WHERE = /\s+(?:(?:again\s+)?(?:today|tomorrow|tonight|this week(?:end)?|this (?:morning|afternoon|evening)|again|at last|finally)|at (?:\d{1,2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?|noon|midday|midnight)|(?:over|along|across|near|down)\s+the\s+\p{L}+|(?:on|in|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)$/u;
/** "Tomorrow's Republic Day", "it's payday": a lead that only points at the day. */
const LEADING_POINTER = /^(?:(?:today|tomorrow|tonight)['’]s|(?:it['’]s|its|today is|tomorrow is|finally)\s+)\s*/i;
/** Where a remark on the day begins: a mark, or "and", "but", "so" ("Holiday today but nothing plans itself"); the point after a leading day number ("17. mai") is part of the date. */
const PARTS = /\s*(?:[,;=]|\s[-–—]\s|(?<!^\d{1,2})[.!?]+(?:\s|$)|\s(?:and|but|so)\s)\s*/i;
/** "8 mai", "14 juillet", "3.10.": a day of the month, in any language. */
const LEADING_DATE = /^(?:\d{1,2}\.?\s*\p{L}{3,12}|\p{L}{3,12}\s+\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]?)$/u;
/** Marks and pictures around the line: "🇬🇷 parade at 11!", "reset day ✨". */
const EDGE_MARKS = /^(?:[\s"“(]|\p{Extended_Pictographic}|\p{Regional_Indicator}|\uFE0F)+|(?:[\s!?.…:"”)]|\p{Extended_Pictographic}|\uFE0F)+$/gu;
/** A scene line is short: the day and a remark or two. */
const WORDS_MAX = 12;
const WORD = /\S+/g;
const SPACE = /\s+/;
/** What may follow a place or thing in a remark: how it is, or how it always is ("post never sleeps"). */
const SHUT_OR_OPEN = /^(?:shut|shuts|closed|closes|open|opens|off|out|quiet|dead|never|always|still|already)$/i;

/** "17. mai", "1. August", "17. júní": a day number, its point and a month, as Europe writes a date. */
const DAY_POINT_MONTH = /^\d{1,2}\.\s*\p{L}{3,12}$/u;
const MARKS = /\p{M}/gu;

/**
 * True for a day of the month written "17. júní": the month's accents aside ("juni"), it reads as a
 * date in a language the date reader knows, or without its point once spelling has made the month
 * English ("3. october").
 */
export function isDayPointMonth(text: string): boolean {
  if (!DAY_POINT_MONTH.test(text)) return false;
  const plain = text.normalize('NFD').replace(MARKS, '');
  return isDatePhrase(plain) || isDatePhrase(plain.replace('.', ''));
}

function namesOccasion(part: string): boolean {
  // "Fireworks over the river tonight": when, then where, said after it.
  const name = part.replace(LEADING_POINTER, '').replace(TRAILING_WHEN_OR_WHERE, '').replace(TRAILING_WHEN_OR_WHERE, '');
  // "Load shedding again": a happening named whole, though its first word reads as a verb ("watch the parade" does not).
  if (PUBLIC_HAPPENING.exec(name)?.index === 0) return true;
  if (name === '' || SOMEONES_DAY.test(name) || SAYS_WHEN.test(name) || (startsWithVerb(name) && !PAYDAY.test(name))) return false;
  return OCCASION_END.test(name) || FEAST_START.test(name) || FEAST_TIME.test(name) || FEAST_EVENING_WORD.test(name) || PUBLIC_HAPPENING.test(name) || isDatePhrase(name) || isDayPointMonth(name);
}

/** "shop shut", "office closed", "stand opens at 10": a place and how it is, though its first word may be a verb. */
function statesState(part: string): boolean {
  const second = part.split(SPACE)[1] ?? '';
  return SHUT_OR_OPEN.test(second) || isPastForm(second);
}

/** "sparklers for new year", "cake for the name day": a thing for the occasion, not the occasion. */
const FOR_SOMETHING = /\s(?:for|to|from|with)\s/i;

/** True when a clause ("Fête nationale today", "Black Friday") only names the day or occasion, with no remark on it. */
export function namesOccasionOnly(clause: string): boolean {
  const bare = clause.replace(EDGE_MARKS, '');
  return bare !== '' && !bare.includes(':') && !FOR_SOMETHING.test(bare) && namesOccasion(bare);
}

/** True when a dump's opening line or sentence only says what day it is. */
export function namesDayOnly(text: string): boolean {
  const bare = text.replace(EDGE_MARKS, '');
  if (bare === '' || bare.includes(':') || (bare.match(WORD)?.length ?? 0) > WORDS_MAX) return false;
  const parts = bare.split(PARTS).filter((part) => part !== '');
  // "8 mai, jour férié": a date the reader may not know leads the occasion.
  const at = parts.findIndex(namesOccasion);
  if (at < 0 || at > 1 || (at === 1 && !LEADING_DATE.test(parts[0] ?? ''))) return false;
  return parts.every((part, index) => index === at || !startsWithVerb(part) || statesState(part));
}
