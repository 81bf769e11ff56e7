import { isEnglishWord } from './spelling.ts';

/**
 * A task that only reaches someone ("call the technician", "check with Peter", "ring Harlow Doors",
 * "remind Karthik", "call Pfaff service"), with no word of what about: the person, a day at most, and
 * nothing more. The second group is the one reached by name rather than by trade.
 */
const REACHING_ONLY =
  /^((?:call|ring|phone|text|email|e-mail|message|contact|check with|talk to|speak to|remind)\s+(?:the\s+(?:[\p{Ll}-]+|\p{Lu}{2,5})|(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}(?:\s+(?:service|support|helpdesk))?)))$/u;
/**
 * Reached by what they are, a body that serves many things ("ring the council", "call the ISP"):
 * unlike a trade ("call the plumber"), it says nothing of what about.
 */
const INSTITUTION = /\sthe\s+(?:council|bank|landlord|agency|gym|school|insurer|insurance|isp|provider|airline|hotel|office|surgery|embassy|consulate|club|nursery|university|college|hospital|clinic|pharmacy)$/i;
/** A person named by a pronoun says nothing of who; the reader knows no more. */
const PRONOUN_PERSON = /\s(?:him|her|them|it|me|us)$/i;
/** What opens a list line before its words: a bullet, a number, an emoji, a tag in brackets ("[home]"), a priority ("P1", "(A)"). */
const LINE_OPENING = /^(?:[\s*•+-]|\p{Extended_Pictographic}|\uFE0F|\u200D)*(?:\d+[.)]\s+)?(?:\[[^\]]{1,30}\]\s*)?(?:(?:P[0-4]|\([A-C]\))\s+)?/u;
/** A topic written before the task, closed by a dash or a question: "fridge compressor - ", "oven repair booked?? ". */
const TOPIC_BEFORE = /^([\p{L}][\p{L}\p{N}'’ -]{1,40}?)(?:\s+(?:booked|done|sorted|fixed|ok|okay|ready|paid|confirmed))?\s*(?:\s[-–—]|\?+)\s*$/iu;
const DETERMINER_START = /^(?:the|my|our|a|an|this|that|his|her|their|your)\s/i;
/**
 * A clause of prose saying a thing is in trouble, joined by a comma or a dash to the task after it:
 * "the boiler was clanking again, I'll ", "the lift in block B is making the noise again, ",
 * "deposit still not in (promised last week), ". The thing opens its clause; an aside in brackets
 * and a modal before the task ("I'll", "must", "so") are passed over.
 */
const TROUBLE_BEFORE =
  /(?:^|[,:]\s+)((?:[Tt]he|[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|[Tt]his|[Tt]hat)\s+[\p{L}\p{N}'’ -]{1,40}?|\p{Ll}[\p{L}'’-]*(?:\s+\p{Ll}[\p{L}'’-]*){0,2}?)\s+(?:(?:is|was|are|were|'s|keeps|kept|has been|have been|had been)\s+)?(?:(?:still|again|now|totally|completely)\s+)?(?:broken|broke|leaking|dripping|clanking|rattling|wobbling|wobbly|sticking|stuck|jammed|blocked|cracked|flickering|squeaking|beeping|faulty|overdue|bounced|failed|declined|rejected|expired|missing|wrong|dropping|crashing|cutting out|freezing|tripping|playing up|acting up|making (?:a|an|the|that|this) (?:[\p{L}-]+\s+)?noise|not (?:in|arrived|working|paid|fixed))\b[^,.!?;()]*(?:\([^)]*\))?\s*(?:[,;]|\s[-–—])\s*(?:(?:so|and|then)\s+)?(?:(?:I'll|I’ll|I will|I must|I need to|I have to|I should|need to|must|should)\s+)?$/u;
/** What ends a sentence in prose before the task's own. */
const SENTENCE_END = /[.!?]\s+/;
/** Longest topic, in words, that reads as a thing rather than a sentence ("the back gate hinge pin"). */
const TOPIC_WORDS_MAX = 5;

/**
 * "fridge compressor - call the technician" → "call the technician about the fridge compressor":
 * a task that only reaches someone takes the thing its line opens with, before a dash or a question
 * ("oven repair booked?? check with Lorna"), so the title says what the call is for. `lineBefore`
 * is the task's line up to the task; a topic that is the item's group ("Work - email Sarah") names
 * no thing. A thing in trouble in the clause of prose just before ("the boiler was clanking again,
 * I'll ring Trevor") is taken when the one reached is named: "ring the locksmith" says what for by
 * the trade, "ring Trevor" does not.
 */
export function reachedAbout(title: string, lineBefore: string, group: string | null): string {
  const reached = REACHING_ONLY.exec(`${title.charAt(0).toLowerCase()}${title.slice(1)}`);
  const reaching = reached?.[1];
  if (!reaching || PRONOUN_PERSON.test(reaching)) return title;
  const before = lineBefore.replace(LINE_OPENING, '');
  if (before.trim() === '') return title;
  const institution = INSTITUTION.test(reaching);
  const topic = ((reached[2] || institution ? troubleBefore(before) : undefined) ?? TOPIC_BEFORE.exec(before)?.[1])?.trim();
  if (!topic || topic.split(' ').length > TOPIC_WORDS_MAX || topic.toLowerCase() === group?.toLowerCase()) return title;
  // "Dinner with Jo - text Jo": a topic naming the one reached is about them, not a thing.
  const person = reaching.split(' ').at(-1) ?? '';
  // "The council tax direct debit bounced, ring the council": a body's name in the thing is no person.
  if (!institution && topic.toLowerCase().split(' ').includes(person.toLowerCase())) return title;
  return `${title} about ${thingNamed(topic)}`;
}

/** The thing in trouble in the clause just before the task, within its sentence. */
function troubleBefore(before: string): string | undefined {
  const sentences = before.split(SENTENCE_END);
  // "The direct debit bounced last month. Ring the council": the trouble ends the sentence before the task's.
  const last = sentences.at(-1) ?? '';
  const sentence = last.trim() === '' && sentences.length > 1 ? `${sentences.at(-2) ?? ''}, ` : last;
  return TROUBLE_BEFORE.exec(sentence)?.[1];
}

/** "Fridge compressor" → "the fridge compressor"; a name ("Hilux") stays as written, and so does a thing with its determiner. */
function thingNamed(topic: string): string {
  if (DETERMINER_START.test(topic)) return topic.replace(DETERMINER_START, (word) => word.toLowerCase());
  const first = topic.split(' ')[0] ?? '';
  if (first !== first.toLowerCase() && !isEnglishWord(first)) return topic;
  return `the ${topic.charAt(0).toLowerCase()}${topic.slice(1)}`;
}
