import { isEnglishWord } from './spelling.ts';

/**
 * A task that only reaches someone ("call the technician", "check with Peter", "ring Harlow Doors"),
 * with no word of what about: the person, a day at most, and nothing more.
 */
const REACHING_ONLY =
  /^((?:call|ring|phone|text|email|e-mail|message|contact|check with|talk to|speak to)\s+(?:the\s+[\p{Ll}-]+|(?:\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}))$/u;
/** A person named by a pronoun says nothing of who; the reader knows no more. */
const PRONOUN_PERSON = /\s(?:him|her|them|it|me|us)$/i;
/** What opens a list line before its words: a bullet, a number, an emoji, a tag in brackets ("[home]"). */
const LINE_OPENING = /^(?:[\s*•+-]|\p{Extended_Pictographic}|\uFE0F|\u200D)*(?:\d+[.)]\s+)?(?:\[[^\]]{1,30}\]\s*)?/u;
/** A topic written before the task, closed by a dash or a question: "fridge compressor - ", "oven repair booked?? ". */
const TOPIC_BEFORE = /^([\p{L}][\p{L}\p{N}'’ -]{1,40}?)(?:\s+(?:booked|done|sorted|fixed|ok|okay|ready|paid|confirmed))?\s*(?:\s[-–—]|\?+)\s*$/iu;
const DETERMINER_START = /^(?:the|my|our|a|an|this|that|his|her|their|your)\s/i;
/** Longest topic, in words, that reads as a thing rather than a sentence ("the back gate hinge pin"). */
const TOPIC_WORDS_MAX = 5;

/**
 * "fridge compressor - call the technician" → "call the technician about the fridge compressor":
 * a task that only reaches someone takes the thing its line opens with, before a dash or a question
 * ("oven repair booked?? check with Lorna"), so the title says what the call is for. `lineBefore`
 * is the task's line up to the task; a topic that is the item's group ("Work - email Sarah") names
 * no thing. A thing said in a clause of prose before ("the gate is sticking again, ring the smith")
 * is not taken: writers title such a call either way.
 */
export function reachedAbout(title: string, lineBefore: string, group: string | null): string {
  const reaching = REACHING_ONLY.exec(`${title.charAt(0).toLowerCase()}${title.slice(1)}`)?.[1];
  if (!reaching || PRONOUN_PERSON.test(reaching)) return title;
  const before = lineBefore.replace(LINE_OPENING, '');
  if (before.trim() === '') return title;
  const topic = TOPIC_BEFORE.exec(before)?.[1]?.trim();
  if (!topic || topic.split(' ').length > TOPIC_WORDS_MAX || topic.toLowerCase() === group?.toLowerCase()) return title;
  // "Dinner with Jo - text Jo": a topic naming the one reached is about them, not a thing.
  const person = reaching.split(' ').at(-1) ?? '';
  if (topic.toLowerCase().split(' ').includes(person.toLowerCase())) return title;
  return `${title} about ${thingNamed(topic)}`;
}

/** "Fridge compressor" → "the fridge compressor"; a name ("Hilux") stays as written, and so does a thing with its determiner. */
function thingNamed(topic: string): string {
  if (DETERMINER_START.test(topic)) return topic.replace(DETERMINER_START, (word) => word.toLowerCase());
  const first = topic.split(' ')[0] ?? '';
  if (first !== first.toLowerCase() && !isEnglishWord(first)) return topic;
  return `the ${topic.charAt(0).toLowerCase()}${topic.slice(1)}`;
}
