import { matchesOf } from './quick-add/text-ranges.ts';

/** A thing said to be in some state: "the car is making that noise", "the spare room is full of boxes". */
const STATED = /\b((?:the|my|our|your|their)\s+(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+)\s+(?:is|was|are|were|has|keeps|started|needs)\b/giu;
const DETERMINER_START = /^(?:the|my|our|your|their)\b/i;
/** "it" or "that" as what the task is done to: last, or before a particle or preposition ("clear that out"). */
const OBJECT_PRONOUN = /^(?:it|that)$/i;
const WHITESPACE = /\s+/;
const AFTER_OBJECT = /^(?:$|out|up|off|back|down|in|away|over|to|for|at|by|before|after|on|with|from|into|again|today|tonight|tomorrow|soon)$/i;

/** The thing last said to be in some state in `text` ("the car"), or null. */
export function statedThing(text: string): string | null {
  const thing = matchesOf(STATED, text).at(-1)?.[1];
  return thing ? thing.replace(DETERMINER_START, (determiner) => determiner.toLowerCase()) : null;
}

/** Where a task's words name what it is done to only as "it" or "that" (once), or -1. */
function objectPronounAt(words: string[]): number {
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
