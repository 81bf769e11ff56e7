import { hasDatePhrase, isDatePhrase } from './dates.ts';
import { isPastForm } from './verbs.ts';

/**
 * Short items that name a thing and the day it must be dealt with by, without a verb to do:
 * the state the thing should be in by a deadline ("bike tyres pumped by Sunday"), or a thing of
 * paperwork that closes or runs out on a day ("library card renewal expires 3/9"). Both read as
 * statements by their shape (a subject and a finite verb), yet a list holds them as to-dos.
 */

/** The writer, the reader or a pronoun as the subject: "we finished by noon" reports. */
const PERSON_SUBJECT = /^(?:i|we|you|he|she|they|it|someone|somebody|everyone|everybody|nobody)$/i;
/** Past forms of coming, going and happening: "Mum arrived before the 20th" reports what happened. */
const HAPPENED = /^(?:arrived|landed|left|came|went|overran|overslept|got|started|began|ended|finished|opened|closed|happened|moved|returned|expired|changed|stopped|died|slept|woke|fell|stayed|was|were|had|said|told|called|texted|emailed|rang)$/i;
/** A subject with its own verb ("the forms must be signed by Friday") is read as a sentence is, not as a bare item. */
const AUXILIARY = /^(?:is|are|was|were|be|been|being|am|must|will|shall|should|would|can|could|may|might|has|have|had|need|needs|got|get|gets)$/i;
const WANTED_RESULT = /^((?:[\p{L}\p{N}'’&-]+\s+){1,4}?)([\p{L}]+)\s+(?:by|before)\s+(\S.*?)[\s.!]*$/iu;

/**
 * "waiver forms reprinted by Sat", "the skates sharpened before Saturday's game": a thing, a past
 * participle and a deadline naming a day ask for the thing to be in that state by then. Without a
 * deadline ("boots resoled") or with an agent ("forms signed by the head") it is a report.
 */
export function isWantedResult(text: string): boolean {
  const match = WANTED_RESULT.exec(text.trim());
  const [, subject = '', participle = '', deadline = ''] = match ?? [];
  const subjectWords = subject.trim().split(/\s+/);
  return (
    match !== null &&
    !PERSON_SUBJECT.test(subjectWords[0] ?? '') &&
    !subjectWords.some((word) => AUXILIARY.test(word)) &&
    isPastForm(participle) && !HAPPENED.test(participle) &&
    hasDatePhrase(deadline)
  );
}

/** Paperwork with a closing day: a renewal, a registration, a licence, a permit … */
const PAPERWORK =
  /^(?:renewal|registration|rego|enrol(?:l)?ment|application|sign-?up|licen[cs]e|permit|passport|visa|id|card|pass|membership|subscription|insurance|certificate|inspection|warranty|mot|wof)$/i;
const CLOSING = /^((?:[\p{L}\p{N}'’&.-]+\s+){0,4}?[\p{L}\p{N}'’&.-]+?)\s*(?:[,–—-]\s*)?(?:closes|expires|lapses|ends|runs out|is due|due)\s+(\S.*)$/iu;

/**
 * "TOPIK registration closes Friday", "work permit renewal – expires 12/05": an item naming
 * paperwork and the day it closes or runs out is the paperwork to see to by then; returned as the
 * thing and its day ("TOPIK registration Friday"), or null. In prose, or beside another clause, the
 * same words are often the reason for another task or someone else's deadline, so the caller asks
 * only of a clause alone on its line.
 */
export function closingPaperwork(text: string): string | null {
  const match = CLOSING.exec(text.trim());
  const thing = match?.[1]?.trim() ?? '';
  const day = match?.[2]?.replace(/[\s!]+$/, '') ?? '';
  const head = thing.split(/\s+/).at(-1) ?? '';
  return match !== null && PAPERWORK.test(head) && isDatePhrase(day) ? `${thing} ${day}` : null;
}

/** Things an -ing word names by what they are for: "parking permit", "fishing licence", "heating guy". */
const USED_FOR_THING =
  /^(?:permit|licen[cs]e|guy|man|lady|lessons?|class(?:es)?|test|appointment|bill|fee|kit|gear|pass|card|certificate|trip|shoes|boots|supplies|machine|bag|ticket|rod|aid)$/i;

/** "parking permit", "swimming lessons": an -ing word before such a thing (`next`) describes it; no one is doing anything. */
export function describedByUse(next: string): boolean {
  return USED_FOR_THING.test(next.replace(/[^\p{L}]/gu, ''));
}
