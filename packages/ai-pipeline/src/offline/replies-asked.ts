import { MONTH_NAMES, WEEKDAY_NAMES } from './calendar-words.ts';
import { FEMALE_RELATIVES, MALE_RELATIVES, midSentence, relativeGender } from './people.ts';

/**
 * "Mum keeps asking about Easter, I need to give her an answer": a reply to someone is the task, and
 * what it is about is what they asked, said before it in the sentence. Read alone, "give her an
 * answer" names neither whom nor what about, and is only offered; with the asking clause before
 * it, it is "give Mum an answer about Easter".
 */

/** Who asked: "my mom", "Emily's mother", "Mum", "Priya", "Mrs Okafor", "the school office". */
const ASKER = String.raw`((?:[Mm]y|[Oo]ur|\p{Lu}[\p{L}-]*['’]s)\s+(?:${FEMALE_RELATIVES}|${MALE_RELATIVES})|\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?|[Tt]he\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?)`;
/** How they asked: once, or over and over, in words or by message. */
const ASKING = String.raw`(?:asked|has asked|is asking|was asking|keeps asking|kept asking|keeps on asking|keeps texting|keeps messaging|keeps emailing|keeps calling|keeps ringing|texted|messaged|emailed|called|rang|phoned|wrote|wants to know|wanted to know)(?:\s+(?:me|us))?(?:\s+again)?`;
/** What about: "about the reunion", "if we're coming up for his 70th", "whether I'm going to the wedding". */
const TOPIC = String.raw`(?:about\s+(.+)|(?:if|whether)\s+(?:we|i)(?:['’]re|['’]m|\s+are|\s+am)\s+(?:coming|going)(?:\s+(?:up|down|over|round|home|back))?\s+(?:for|to)\s+(.+))`;
// No "i" flag: a capital says a name; the words that may open the clause are written in either case.
const ASKED = new RegExp(String.raw`^(?:(?:[Aa]nd|[Aa]lso|[Ss]o|[Oo]h|[Bb]ut|[Pp]lus)[\s,]+)*${ASKER}\s+(?:still\s+)?${ASKING}\s+${TOPIC}$`, 'u');

/** A month, a weekday or a numbered day after "in", "on", "this", "next": when the asked-about thing is, not what it is. */
const TRAILING_WHEN =
  new RegExp(String.raw`\s+(?:in|on|at|this|next|for)\s+(?:the\s+\d{1,2}(?:st|nd|rd|th)\b|${MONTH_NAMES}|${WEEKDAY_NAMES}|week|weekend|month|year)\b.*$`, 'i');
const TOPIC_WORDS_MAX = 6;

/** The filler a reply may open with, then the reply itself: its verb and the pronoun for whom, and the rest. */
const REPLY =
  /^(?:(?:and|so|but|also|then|just)[\s,]+)*(?:i\s+|we\s+)?(?:(?:just|really|actually|still|finally|definitely)\s+)*(?:(?:need|have|ought)\s+to\s+|must\s+|should\s+|gotta\s+|['’]ll\s+|will\s+)?(?:(?:just|really|actually|finally|properly)\s+)*((?:answer|reply to|respond to|get back to|write back to|call|ring|phone|text|email|message)\s+(him|her|them)(?:\s+back)?|(?:give|send)\s+(him|her|them)\s+(?:an?\s+|my\s+|our\s+)?(?:answer|reply|decision)|tell\s+(him|her|them)\s+(?:yes or no|yes|no))(?=$|[\s,.!])(.*)$/i;

const REPLY_PRONOUN = /\b(?:him|her|them)\b/i;

interface Asking {
  person: string;
  topic: string;
}

/** Who asked and about what in `clause`, or null when it says no such thing. */
function askingIn(clause: string): Asking | null {
  const asked = ASKED.exec(clause.trim().replace(/[.!?]+$/, ''));
  const person = asked?.[1];
  const topic = (asked?.[2] ?? asked?.[3])?.replace(TRAILING_WHEN, '').trim();
  if (!person || !topic || topic.split(/\s+/).length > TOPIC_WORDS_MAX) return null;
  return { person: midSentence(person), topic };
}

/** Whether a pronoun can name the person: "her" not "my dad", "them" a group or a place ("the school"). */
function fits(pronoun: string, person: string): boolean {
  if (/^them$/i.test(pronoun)) return /^the\s/i.test(person);
  if (/^the\s/i.test(person)) return false;
  return relativeGender(person) !== (/^her$/i.test(pronoun) ? 'male' : 'female');
}

/**
 * "give him an answer by Sunday" after "Dad wants to know if we're coming up for his 70th" → "give
 * Dad an answer about his 70th by Sunday"; `before` is the sentence's clauses before the task, in
 * order, those after its last task only. Null when the task is no reply to a pronoun or no clause
 * before says who asked what.
 */
export function replyAsked(task: string, before: string[]): string | null {
  const reply = REPLY.exec(task.trim());
  if (!reply?.[1]) return null;
  const pronoun = reply[2] ?? reply[3] ?? reply[4] ?? '';
  const asking = before
    .map(askingIn)
    .findLast((found) => found !== null && fits(pronoun, found.person));
  if (!asking) return null;
  const replied = reply[1].replace(REPLY_PRONOUN, asking.person);
  return `${replied} about ${asking.topic}${reply[5] ?? ''}`;
}
