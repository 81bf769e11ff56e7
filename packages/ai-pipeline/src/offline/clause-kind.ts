import { trimFiller } from './cues.ts';
import { isDatePhrase } from './dates.ts';
import { startsWithVerb } from './verbs.ts';

/**
 * What one clause of a dump is: a task (something to do), a statement (a fact, a feeling, a
 * condition: shown as a suggestion, never created silently) or noise (greetings, sign-offs, moods).
 */
export type ClauseReading =
  | { kind: 'task'; confidence: number; text: string }
  | { kind: 'statement'; confidence: number; text: string }
  | { kind: 'noise' };

/** Confidence of a clause that asks for something: an imperative, "need to …", "remind me to …". */
export const ASKED = 0.9;
/** A thing named without a verb ("dentist thu 2pm", "taxes"): a task in a list, likely one in prose. */
const NAMED_IN_LIST = 0.8;
const NAMED = 0.7;
/** An event stated with its day ("Mia's play is Thursday"): worth a task, less certain. */
const EVENT = 0.6;
const STATEMENT = 0.3;

const GREETING = /^(?:hi|hey|hello|hiya|dear|good (?:morning|afternoon|evening)|morning|yo)\b[\s,!]*(?:[\p{L}'-]+[\s,!]*){0,3}$/iu;
const SIGN_OFF = /^(?:thanks|thank you|thx|ty|cheers|best|best wishes|best regards|kind regards|warm regards|regards|warmly|sincerely|talk soon|speak soon|see you|all the best|many thanks|take care)\b/i;
const NOTHING = /^(?:nothing|none|nope|nada|n\/a|nothing (?:else|much|new|urgent|really|for now|today)|not much|that'?s (?:it|all)(?: for now)?|all good|no idea)\b[\s\p{P}]*(?:really|honestly|though|i think)?[\s\p{P}]*$/iu;
// Moods and asides: "ugh", "so much to do", "I'm behind on everything", "anyway".
const MOOD = /^(?:i'?m|i am|i forgot|ah+|oh+|i feel|feeling|it'?s been|so much|ugh+|argh+|wow|lol|hmm+|ok(?:ay)?|alright|right|so|this week is|today is|here'?s|here is|brain ?dump|anyway|phew|sigh|help)\b/i;
/** "If the waitlist gets 200 signups …": a condition, not an instruction. */
const CONDITION = /^(?:if|when|whenever|once|unless|because|since|as soon as|in case|assuming|although|though|while)\b/i;
/** A clause whose subject is a person or "it": "I keep forgetting things", "we open the beta". */
const PRONOUN_SUBJECT = /^(?:i|we|you|he|she|they|it|everything|everyone|nobody|someone|somebody|things|life)\b(?!['’])/i;
/** "<something> is …": the subject, the linking verb and what follows. */
const COPULA = /^((?:[\p{L}\p{N}'’&-]+\s+){0,5}?[\p{L}\p{N}'’&-]+?)(?:'s been|’s been|\s+(?:is|are|was|were|has been|have been|had been|seems?|feels?|looks?|sounds?|keeps?|got|gets?))\b\s*(.*)$/iu;
/** A project's own date, stated: "launch date is Jan 15", "Launch target Dec 15", "deadline: Friday". */
const PROJECT_DATE = /^(?:(?:the|our|my|a|its|their)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:deadline|target(?: date)?|due date|launch date|release date|go-?live(?: date)?|eta|milestone)\b/iu;
/** What a copula says about a subject that is a judgement, not a task: "work is a lot". */
const JUDGEMENT = /^(?:been\s+)?(?:so |really |very |pretty |kind of |kinda |a bit |super |just |quite |totally |absolutely )*(?:a lot|awful|terrible|horrible|crazy|insane|nuts|busy|hectic|stressful|great|fine|good|bad|rough|tough|nice|lovely|chaos|chaotic|wild|overwhelming|exhausting|boring|slow|meh|ok(?:ay)?|weird|annoying|frustrating|amazing)\b/i;
/** The second word makes a would-be verb a noun: "plan is to …", "order was wrong". */
const NOUN_BEFORE_COPULA = /^[a-z]+\s+(?:is|are|was|were)\b/i;

/** "Hi team," "Hey Sam": the opening of a message. */
export function isGreeting(text: string): boolean {
  return GREETING.test(text.trim());
}

/** "Best," "Thanks!" "Cheers, Sam": the close of a message; what follows is a signature. */
export function isSignOff(text: string): boolean {
  return SIGN_OFF.test(text.trim()) && words(text) <= 4;
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * Reads one clause (already split from its sentence, with its label and leading day removed).
 * `listed` says the clause is a list item of its own, where a bare noun is a task.
 */
export function readClause(clause: string, listed: boolean): ClauseReading {
  const text = clause.trim();
  const trimmed = trimFiller(text);
  if (trimmed.replace(/[^\p{L}\p{N}]/gu, '').length < 2) return { kind: 'noise' };
  if (GREETING.test(text) || SIGN_OFF.test(text) || NOTHING.test(trimmed)) return { kind: 'noise' };
  if (PROJECT_DATE.test(trimmed)) return { kind: 'statement', confidence: STATEMENT, text };
  const asked = trimmed !== text && /^(?:i|we|need|have|got|gotta|must|should|don'?t|remember|remind|make sure|let'?s)\b/i.test(text);
  if (startsWithVerb(trimmed) && !NOUN_BEFORE_COPULA.test(trimmed)) return { kind: 'task', confidence: ASKED, text };
  if (asked) return { kind: 'task', confidence: NAMED, text };
  if (MOOD.test(text)) return { kind: 'noise' };
  if (CONDITION.test(trimmed) || PRONOUN_SUBJECT.test(trimmed)) return { kind: 'statement', confidence: STATEMENT, text };
  const copula = COPULA.exec(trimmed);
  if (copula?.[1] && copula[2] !== undefined) {
    const said = trimFiller(copula[2].replace(/[,.;!?]+/g, ' '));
    if (JUDGEMENT.test(said)) return { kind: 'noise' };
    // "Mia's school play is Thursday": an event on a day is a task; the date reader cuts the day
    // and the dangling "is", leaving the subject as its title.
    if (said !== '' && isDatePhrase(said)) return { kind: 'task', confidence: EVENT, text };
    return { kind: 'statement', confidence: STATEMENT, text };
  }
  if (listed) return { kind: 'task', confidence: NAMED_IN_LIST, text };
  return { kind: 'task', confidence: NAMED, text };
}
