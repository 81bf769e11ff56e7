import { SOMEONE } from './people.ts';

/**
 * "I owe Kalle a call about the anvil", "you still owe her $40 for the tickets", "I still owe
 * Marta the signed form": what the writer owes someone is the task of giving it, said as a debt.
 * Read as a statement it would be lost; it is "call Kalle about the anvil", "pay her $40 for the
 * tickets", "send Marta the signed form".
 */

/** Who is owed: a name, a family word, "my landlord", or "him"/"her" (named later from the text before). */
const OWED_PERSON = `(${SOMEONE}|him|her)`;
/** What is owed: a reply of some kind, a sum, or a particular thing ("the photos", "my numbers"). */
const OWED_WHAT = String.raw`(an?\s+(?:call|ring|phone call|text|email|message|reply|answer|visit)|[$£€]\s?\d[\d,.]*k?|\d[\d,.]*\s*(?:dollars|bucks|quid|pounds|euros)|(?:the|my|our)\s+[\p{L}'’-]+(?:\s+(?!(?:for|about|by|before|from|to|on|at|in|and|but|so|as|this|next|today|tomorrow|tonight|lol)\b)[\p{L}'’-]+){0,3})`;
/** "I still owe …", "owe Jo £20", "Jen says you still owe her …": the debt, with what it is for after it. */
// No "i" flag: a capital says a name; the words around it are written in either case.
const OWED = new RegExp(
  String.raw`^(?:(?:[Aa]nd|[Aa]lso|[Ss]o|[Oo]h|[Bb]ut|[Pp]lus)[\s,]+)*(?:(\p{Lu}[\p{L}'’-]+)\s+(?:says|said)\s+(?:that\s+)?)?(?:(?:[Ii]|[Ww]e|[Yy]ou)\s+)?(?:(?:[Ss]till|[Aa]lso|[Rr]eally|[Dd]efinitely)\s+)*[Oo]we\s+${OWED_PERSON}\s+${OWED_WHAT}(?=$|[\s,.!])(.*)$`,
  'u',
);
/** The doing each reply owed names: "a call" is to call, "an answer" to answer. */
const REPLY_VERB: Record<string, string> = {
  call: 'call',
  ring: 'ring',
  'phone call': 'call',
  text: 'text',
  email: 'email',
  message: 'message',
  reply: 'reply to',
  answer: 'answer',
  visit: 'visit',
};
const ARTICLE = /^an?\s+/i;
const OWED_PRONOUN = /^(?:him|her)$/;
const SUM = /^(?:[$£€]|\d)/;
/** "the whole story", "my life": what a person may owe that is no thing to hand over. */
const NOT_HANDED = /\b(?:life|world|story|favour|favor|apology|explanation|one|lot|thanks)$/i;
/** "lol", "haha" after the debt: a laugh, not part of what is owed. */
const TRAILING_LAUGH = /\s+(?:lol|lmao|haha+|hehe+)\s*$/i;

/** The task a debt said in `clause` asks for, or null when the clause owes nothing to hand over. */
export function owedTask(clause: string): string | null {
  const owed = OWED.exec(clause.trim().replace(/[.!]+$/, ''));
  const [sayer, owedTo, what] = [owed?.[1], owed?.[2], owed?.[3]];
  if (!owedTo || !what) return null;
  // "Jen says you owe her $40": the one saying so is the one owed.
  const person = sayer && OWED_PRONOUN.test(owedTo) ? sayer : owedTo;
  const rest = (owed?.[4] ?? '').replace(TRAILING_LAUGH, '');
  const reply = REPLY_VERB[what.replace(ARTICLE, '').toLowerCase()];
  if (reply) return `${reply} ${person}${rest}`;
  if (SUM.test(what)) return `pay ${person} ${what}${rest}`;
  // "I owe Tom the whole story": a thing said of a debt that is no thing to send.
  if (NOT_HANDED.test(what)) return null;
  return `send ${person} ${what}${rest}`;
}
