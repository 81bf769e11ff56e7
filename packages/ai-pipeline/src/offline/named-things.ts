import { matchesOf } from './quick-add/text-ranges.ts';

/** A thing said to be in some state: "the car is making that noise", "the spare room is full of boxes". */
const STATED = /\b((?:the|my|our|your|their)\s+(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+)\s+(?:is|was|are|were|has|keeps|started|needs)\b/giu;
const DETERMINER_START = /^(?:the|my|our|your|their)\b/i;
/** "it" or "that" as what the task is done to: last, or before a particle or preposition ("clear that out"). */
const OBJECT_PRONOUN = /^(?:it|that)$/i;
const WHITESPACE = /\s+/;
const UPDATE_VERB = /^(?:cancel|drop|scrap|skip|ditch|forget|delete|remove|move|push|postpone|reschedule|mark|tick|rename)$/i;
const AFTER_OBJECT = /^(?:$|out|up|off|back|down|in|away|over|to|for|at|by|before|after|on|with|from|into|again|today|tonight|tomorrow|soon|this|next)$/i;

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

/** The thing last said to be in some state in `text` ("the car"), or not yet done ("the agenda"), or null. */
export function statedThing(text: string): string | null {
  const found = [...matchesOf(STATED, text), ...matchesOf(NOT_DONE, text), ...matchesOf(PUT_OFF, text)];
  const last = found.reduce<RegExpExecArray | null>((latest, match) => (latest === null || match.index > latest.index ? match : latest), null)?.[1];
  if (last) return last.replace(DETERMINER_START, (determiner) => determiner.toLowerCase());
  const late = LATE_THING.exec(text)?.[1];
  return late ? `the ${late}` : null;
}

/** Where a task's words name what it is done to only as "it" or "that" (once), or -1. */
function objectPronounAt(words: string[]): number {
  // "cancel that", "push it to Friday": what an update is of is matched against the open tasks, not named.
  if (UPDATE_VERB.test(words[0] ?? '')) return -1;
  const at = words.findIndex((word, index) => index > 0 && OBJECT_PRONOUN.test(word) && AFTER_OBJECT.test(words[index + 1] ?? ''));
  return at >= 0 && !words.slice(at + 1).some((word) => OBJECT_PRONOUN.test(word)) ? at : -1;
}

/** True when the task does something to "it" or "that" ("take it to the shop", "clear that out"). */
export function pointsAtThing(task: string): boolean {
  return objectPronounAt(task.trim().split(WHITESPACE)) >= 0;
}

/**
 * A title's "it" or "that" replaced by the thing the clause before it in its sentence said was in
 * some state ("the spare room is full of boxes, so clear that out" → "clear the spare room out"),
 * so the title says what without its sentence; unchanged when that clause names no such thing.
 */
export function nameThing(title: string, clauseBefore: string): string {
  const words = title.split(' ');
  const at = objectPronounAt(words);
  const thing = at >= 0 ? statedThing(clauseBefore) : null;
  return thing ? [...words.slice(0, at), thing, ...words.slice(at + 1)].join(' ') : title;
}
