import { isGreeting, isSignOff } from './clause-kind.ts';
import { isEnglishWord } from './spelling.ts';
import { startsWithVerb } from './verbs.ts';

/**
 * Who "me" is in a pasted message. In an email or a chat line someone else wrote, "me", "my" and
 * "us" are its sender ("could you send me the form" from Cláudia asks to send Cláudia the form; so does
 * "send over the form");
 * in meeting notes the reader may be named ("Present: Astrid, me (Elin)"), and items given to that
 * name ("Elin to call the engineer") are the reader's.
 */

/** "Cláudia", "Mrs Patel", "Northside Vets": one to three capitalised words. */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}`;
/** "Thanks, Cláudia", "Best — Tomás": a sign-off that carries the name. */
const NAME_AFTER_SIGN_OFF = new RegExp(String.raw`[,—–-]\s*(${NAME})[.!]?$`, 'u');
/** "Mel", "Mrs Patel", "The Northside team": a signature line under the sign-off. */
const SIGNATURE = new RegExp(String.raw`^(?:the\s+)?(${NAME})$`, 'iu');
/** "From: Northside Vets <reception@…>", "From: Joan Ng": a forwarded header names the sender. */
const FROM_HEADER = new RegExp(String.raw`^from:\s*"?(${NAME})"?\s*(?:<[^>]*>)?\s*$`, 'iu');
/** Header and forwarding lines that come before a message's body. */
const BEFORE_BODY = /^(?:subject|to|cc|date|sent)\s*:|^-{2,}.*(?:forwarded|original) message|^(?:fwd?|fw)\b/i;
/** "> ", ">> ": the marks a mail client puts before each line of a quoted message. */
const QUOTE_MARKS = /^(?:>\s*)+/;
/** A team signs off as "The Northside team": the name without its "team". */
const TEAM_WORD = /\s+(?:team|office|crew)$/i;

/**
 * "me", "my", "us" standing as words, not a "Me:" label or an "@me" mention, which point at the
 * reader; and "your", which is the reader's ("send me your hours" asks the reader for their own),
 * except after "need" ("we need your bank details"), which is read as asking for it to be sent.
 */
const FIRST_PERSON = /(?<![\p{L}'’@])(me|my|us|(?<!\bneeds?\s+(?:(?:a\s+)?cop(?:y|ies)\s+of\s+)?)your)(?![\p{L}'’]|\s*:)/giu;

/** Each word's stand-in: the sender for "me" and "us", the sender's for "my", the reader's "my" for "your". */
function fromReader(word: string, sender: string): string {
  const lower = word.toLowerCase();
  if (lower === 'your') return word === 'Your' ? 'My' : 'my';
  return lower === 'my' ? `${sender}'s` : sender;
}

/**
 * "I'll", "I will", "we'll" opening a clause: what the sender says they will do themselves, in a sentence
 * of its own or after a comma or "and" ("the form is due Friday, I'll handle it", "we'll pay the deposit"); "we will
 * need a headcount" asks the reader for it.
 */
const SENDER_WILL = /(^|[.!?,;]\s+|\s(?:and|so|but)\s+)(?:I|[Ww]e)(?:['’]ll|\s+will)\b(?!\s+(?:also\s+|still\s+)?(?:need|want|require|expect|have to|be needing|be expecting)\b)/gu;
/**
 * "- I'll book the room" in an email forwarded with its "From:" header: a bullet of the sender's. A
 * recap signed with a name alone may be the reader's own, listing the reader's own items.
 */
const BULLET_WILL = /^(\s*(?:[-*•]\s+|\d+[.)]\s+))I(?:['’]ll|\s+will)\b/u;

/** "could you send over the signed SOW": sent to the sender, unless someone else is named after it ("… to Jo"). */
const SENT_OVER = /\b(send|email|forward|pass)\s+over\b(?![^.!?,;]*\bto\s+\p{Lu})/giu;

/** The message with the sender's "me", "my" and "us" replaced by the sender's name, "your" by "my", and their "I'll …" said of them. */
export function asSender(message: string, sender: string, forwarded = false): string {
  const named = message
    .replace(FIRST_PERSON, (word: string) => fromReader(word, sender))
    .replace(SENDER_WILL, `$1${sender} will`)
    .replace(SENT_OVER, `$1 ${sender}`);
  return forwarded ? named.replace(BULLET_WILL, `$1${sender} will`) : named;
}

/** The sender an email's close names: "Thanks, Cláudia", or "Thanks so much," over "Mel". */
function signedName(lines: string[], at: number): string | null {
  const line = lines[at]?.trim() ?? '';
  const inLine = NAME_AFTER_SIGN_OFF.exec(line)?.[1];
  if (inLine) return inLine;
  const next = lines.slice(at + 1).find((candidate) => candidate.trim().replace(QUOTE_MARKS, '') !== '');
  const signature = next === undefined ? undefined : SIGNATURE.exec(next.trim().replace(QUOTE_MARKS, ''))?.[1];
  return signature ? signature.replace(TEAM_WORD, '') : null;
}

/**
 * The dump with each pasted email's first person named: the lines between its opening (greeting,
 * header or forwarding line) and its signed close. A close with no name leaves the text as it is.
 */
export function withSendersNamed(dump: string): string {
  const lines = dump.split('\n');
  let start = 0;
  let sender: string | null = null;
  for (const [index, line] of lines.entries()) {
    const content = line.trim().replace(QUOTE_MARKS, '');
    const from = FROM_HEADER.exec(content)?.[1];
    if (from) {
      sender = from;
      start = index + 1;
      continue;
    }
    if (isGreeting(content) || BEFORE_BODY.test(content)) {
      start = index + 1;
      continue;
    }
    if (!isSignOff(content)) continue;
    const name = sender ?? signedName(lines, index);
    if (name !== null) {
      for (let body = start; body < index; body++) lines[body] = asSender(lines[body] ?? '', name, sender !== null);
    }
    sender = null;
    start = index + 1;
  }
  return lines.join('\n');
}

/** The roles that make a person at a meeting its notes' writer: "LB (minutes)", "DB (me, minutes)". */
const WRITER_ROLE = '(?:minutes|minute-?taker|note-?taker|notes|scribe|sec|secretary)';
/** "me (Elin)", "Me (Kemi)", "me (Sam, sec)", "Lin (me)", "DB (me, minutes)", "LB (minutes)": the name the notes give the reader. */
const READER_NAMED = new RegExp(
  String.raw`\b[Mm]e\s*\((\p{Lu}[\p{L}'’-]*)(?:,[^)]*)?\)|(\p{Lu}[\p{L}'’-]*)\s*\((?:me|${WRITER_ROLE})(?:,\s*(?:me|${WRITER_ROLE}))*\)`,
  'u',
);
/** Bullets and numbers before an item: "- ", "2. ", "3) ". */
export const ITEM_LEAD = String.raw`^(\s*(?:[-*•]\s+|\d+[.)]\s+)?)`;
/** Where a name may stand as an item's owner: after a bullet or number, a chat line's time stamp ("[20.03.2026 09:22] "), or a comma. */
const OWNER_LEAD = String.raw`(^\s*(?:[-*•]\s+|\d+[.)]\s+|\[[^\]\n]{3,40}\]\s*)?|,\s+)`;

/** "me" before a bracket, "(me", or a writer's role in brackets: READER_NAMED holds one of them, and a dump seldom does. */
const ME_BY_BRACKET = new RegExp(String.raw`me\s*\(|\(me\b|\(${WRITER_ROLE}\b`, 'i');

/** "I'm Emre", "I am Zaid", "me = Dani": the writer naming themselves over a pasted chat. */
const SELF_NAMED = /(?:^|[\s,(])(?:I(?:['’]m| am)|[Mm]e\s*=)\s*(\p{Lu}[\p{Ll}'’-]+)(?![\p{L}'’])/u;
/** Lines at the top of a dump where the writer may say who they are. */
const SELF_NAMED_LINES = 3;

/** The reader's name in notes that give it ("me (Elin)") or said at the top ("bayram group chat, I'm Emre", "me = Dani"), or null. */
export function readerName(dump: string): string | null {
  // READER_NAMED tries a capitalised word at every capital of the dump: the literal words rule most dumps out first.
  if (ME_BY_BRACKET.test(dump)) {
    const named = READER_NAMED.exec(dump);
    if (named) return named[1] ?? named[2] ?? null;
  }
  const top = dump.split('\n', SELF_NAMED_LINES).join('\n');
  // "I'm Emre", not "I'm Tired" or "I'm Done": a name, which is no English word.
  const self = top.includes('I') || top.includes('=') ? SELF_NAMED.exec(top)?.[1] : undefined;
  return self !== undefined && !isEnglishWord(self.toLowerCase()) ? self : null;
}

/** "can you …", "pls …", "don't forget …": a request or reminder put to whoever was just called by name. */
const ASKED_OF_YOU = /^(?:(?:can|could|would|will)\s+(?:you|u)|pls|please|plz|(?:don'?t|do not)\s+forget|remember)\b/i;

/** The notes with items given to the reader's name given to "me" ("Elin to call …" → "me to call …"). */
export function withReaderNamed(dump: string): string {
  // The name is letters only (READER_NAMED), so it stands in a pattern as it is.
  const name = readerName(dump);
  if (!name) return dump;
  // "Lin - draft", "Lin: draft", "Lin to check", "Jo + Lin - book": the name where an owner stands.
  const owner = new RegExp(String.raw`${OWNER_LEAD}((?:\p{Lu}[\p{L}'’-]*\s*(?:\+|&|and)\s*)?)${name}(?=\s*(?::|[-–—]\s|\s+to\s))`, 'gmu');
  const partner = new RegExp(String.raw`${ITEM_LEAD}${name}(\s*(?:\+|&|and)\s*\p{Lu}[\p{L}'’-]*(?:\s*(?::|[-–—]\s)|\s+to\s))`, 'gmu');
  // "Annem: Emre call your uncle Hasan today", "… the programmes. Kemi can you send me the photos?": the reader
  // called by name before what they are asked to do.
  const called = new RegExp(String.raw`(:\s+|[.!?]\s+)${name},?\s+(?=\p{Ll})`, 'gu');
  return dump
    .replace(owner, (_, lead: string, alongside: string) => `${lead}${alongside}${alongside === '' && !lead.startsWith(',') ? 'Me' : 'me'}`)
    .replace(partner, '$1Me$2')
    .replace(called, (whole: string, lead: string, offset: number, text: string) => {
      const asked = text.slice(offset + whole.length);
      return startsWithVerb(asked) || ASKED_OF_YOU.test(asked) ? lead : whole;
    });
}
