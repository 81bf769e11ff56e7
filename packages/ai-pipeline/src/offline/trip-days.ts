import { datePhraseIn, dayAlone, hasDatePhrase } from './dates.ts';

/**
 * A trip's days said once and counted from later: "leave Tue 24th, back Mon 30th" over "print the
 * permits the day before we leave", "fix the mesh before we go" and "after we're back: enter the
 * counts"; "We fly to Porto on 14 May." before "ring the GP before we go"; "Mon 21st: fly to
 * Cairns" on a calendar above "book the cattery before we fly"; an itinerary's "dep 23:55" line
 * over "Before we leave:". Leaving is the day a clause says someone leaves, flies or departs; being
 * back, the day it says they are back or home.
 */
const LEAVING_WORD = /\b(?:leave|leaves|leaving|depart|departs|departing|departure|dep|fly|flies|flying|set(?:ting)?\s+off|head(?:ing)?\s+off)\b/i;
const BACK_WORD = /\b(?:back|home|return|returns|returning)\b/i;

/** "before we leave", "the day before we go", "before I fly out": a step put before the trip starts. */
const BEFORE_LEAVING = /\b((?:the\s+(?:day|night|morning|evening|week)\s+)?before\s+)((?:i|we)\s+(?:leave|go|fly(?:\s+out)?|set\s+off|head\s+off|go\s+away))\b/i;
/** "after we're back", "once I get back", "after we get home": a step put after the trip. */
const AFTER_RETURN = /\b((?:after|once)\s+)((?:i|we)(?:['’](?:m|re)|\s+(?:am|are|get|come))\s+(?:back|home))\b/i;

/** Where a clause ends: what comes after is another clause's ("leave Tue 24th, back Mon 30th"). */
const CLAUSE_END = /[,;.!?()]|\s+(?:and|but|then|so|while)\s/i;
const CLAUSE_START = /[,;.!?()][^,;.!?()]*$/;
/** Most words between the word and its day: "fly to Porto on 14 May". */
const WORDS_TO_DAY_MAX = 5;
const WHITESPACE = /\s+/;
/** "dep 23:55", "fly to Cairns 6am": a clock time alone says when in the day, not which day. */
const CLOCK_ONLY = /^(?:at\s+)?\d{1,2}(?:[:.h]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|h|hrs)?$/i;

/** The day a sentence gives the word it holds, said right after it or at the start of its line ("Mon 21st: fly to Cairns"). */
function dayOfWord(sentence: string, word: RegExp): string | null {
  const found = word.exec(sentence);
  if (found === null) return null;
  const after = sentence.slice(found.index + found[0].length);
  const clause = after.slice(0, CLAUSE_END.exec(after)?.index ?? after.length);
  const near = clause.trim().split(WHITESPACE).slice(0, WORDS_TO_DAY_MAX).join(' ');
  const following = near === '' ? null : datePhraseIn(near);
  if (following !== null && !CLOCK_ONLY.test(following)) return following;
  const before = sentence.slice(0, found.index);
  const leading = datePhraseIn(before);
  return leading !== null && before.trimStart().startsWith(leading) ? leading : null;
}

/** The day the nearest of these sentences (nearest last) gives for leaving, or for being back. */
function tripDay(above: string[], word: RegExp): string | null {
  for (let index = above.length - 1; index >= 0; index--) {
    const day = dayOfWord(above[index] ?? '', word);
    if (day !== null) return day;
  }
  return null;
}

/** Whether a text puts a step before leaving or after coming back: worth reading the sentences above it for. */
export function pointsAtTrip(text: string): boolean {
  return BEFORE_LEAVING.test(text) || AFTER_RETURN.test(text);
}

/**
 * The text with the trip's day said in place of leaving or coming back ("… before we leave" →
 * "… before Tue 24th"), taken from the sentences before it (`above`, given the text before the
 * phrase; nearest last); unchanged when its clause names a day of its own or none says the trip's.
 */
export function onTripDay(text: string, above: (ownBefore: string) => string[]): string {
  const leaving = BEFORE_LEAVING.exec(text);
  const found = leaving ?? AFTER_RETURN.exec(text);
  if (found?.[1] === undefined || found[2] === undefined) return text;
  const start = found.index;
  const clauseStart = start - (CLAUSE_START.exec(text.slice(0, start))?.[0].length ?? start);
  const rest = text.slice(start + found[0].length);
  const clause = `${text.slice(clauseStart, start)} ${rest.slice(0, CLAUSE_END.exec(rest)?.index ?? rest.length)}`;
  if (hasDatePhrase(clause)) return text;
  const day = tripDay(above(text.slice(0, start)), leaving ? LEAVING_WORD : BACK_WORD);
  if (day === null) return text;
  return `${text.slice(0, start)}${found[1]}${dayAlone(day)}${rest}`;
}
