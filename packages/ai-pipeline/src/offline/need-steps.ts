/**
 * A step done to what a thing was just said to need: "the flare guns need new cartridges, order
 * those" orders the cartridges, for the guns ("Order new cartridges for the flare guns"); "the boat
 * needs its annual service, book that" books the boat's service ("Book the boat's annual service");
 * "the costume needs a new zip, take it to wardrobe" takes the costume, for the zip ("Take the
 * costume to wardrobe for a new zip"); "the lecture still has no slides, start those" starts the
 * slides for it; "the baler needs knotter parts, so ring the dealer" rings about them, as "I'll need
 * Rob's rake, so text Rob" does about the rake. The thing needing is the subject, the need its
 * object; which the pronoun stands for follows the verb: one gets or arranges what is needed, and
 * takes the thing that needs it. A person's need is got for them ("the kids need new shoes, get them
 * before Monday" gets the shoes, for the kids); a person is not taken anywhere for it here.
 */
import { datePhraseIn } from './dates.ts';
import { FEMALE_RELATIVES, MALE_RELATIVES } from './people.ts';
import { isPastForm } from './verbs.ts';

/** "the RIB needs its annual service", "the flare guns need new cartridges", "the talk still has no slides". */
const NEEDING =
  /^(?:(?:and|so|also|but|oh)\s+)*((?:the|my|our|his|her|their)\s+(?:[\p{L}\p{N}'’-]+\s+){0,6}?[\p{L}\p{N}'’-]+)\s+(?:(?:still\s+|also\s+|badly\s+|really\s+)?(?:needs|need)|(?:still\s+)?(?:has|have)\s+no)\s+((?:(?:its|their|his|her|a|an|some|new|more|two|three|fresh)\s+)*)((?:[\p{L}\p{N}'’-]+\s+){0,3}?[\p{L}\p{N}'’-]+)(?=\s+(?:before|after|when|because|since|if|so|or|and|by|for|until)\b|\s*$)/iu;
/**
 * A verb of getting or arranging what is needed, then the pronoun: "order those", "order one" ("book
 * it in", "get it fixed" take the thing itself).
 */
const GETTING_IT = /^((?:re-?order|order|buy|get|book|arrange|schedule|source|find|pick up|start|make|write|sort|sort out)\s+)(it|that|those|them|one)\b(?!\s+(?:in|up|out|off|back|round|over|done|fixed|sorted|serviced|repaired)\b)/i;
/** A need said as one thing: "a new kettle", "an extra bed"; "order one" stands for it. */
const ONE_THING = /^an?\b/i;
/** A verb of taking the thing that needs something somewhere, then the pronoun: "take it to wardrobe", "take him to the vet" (a pet). */
const TAKING_IT = /^((?:take|bring|send|drop|run)\s+)(?:it|them|him|her)\b(.*)$/i;
/** Whose the need is, said before it: "its annual service", "his rabies jab". */
const OWNER_WORD = /^(?:its|their|his|her)\b/i;
/** Reaching someone, with nothing said of what about: "ring the dealer", "email Sven". */
const REACHING_ONLY = /^(?:ring|call|phone|email|e-mail|text|message)\s+(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?$/iu;
/** "I'll need Rob's rake", "we need a second quote": the writer's own need, ending the clause. */
const MY_NEED = /\b(?:i|we)(?:['’]ll|\s+will|\s+still|\s+also)?\s+need\s+(?!to\b)((?:(?:a|an|some|the|[\p{Lu}][\p{L}-]*['’]s)\s+)?(?:[\p{L}\p{N}'’-]+\s+){0,2}[\p{L}\p{N}'’-]+)$/iu;
/** Words of a clause that make the subject someone, not a thing: "my sister needs a lift". */
const PERSON_HEAD = new RegExp(`\\b(?:i|we|you|he|she|they|${FEMALE_RELATIVES}|${MALE_RELATIVES}|kids|partner|boss|team|everyone)$`, 'i');
const EDGE = /[\s,;:.!?—–-]+$/;
const SPACES = /\s+/g;
/** A list line's bullet or box before the clause: "- ", "• ", "[ ] ". */
const LEADING_MARKS = /^[\s\-*•–—>[\]x]*(?=\p{L})/iu;

/** The title with its pronoun put for the need the clause before states, or null when it states none. */
export function stepOnNeed(title: string, clauseBefore: string): string | null {
  const clause = clauseBefore.replace(LEADING_MARKS, '').replace(EDGE, '');
  // "I'll need Rob's rake, so text Rob": what the writer needs is what to reach someone about.
  const mine = REACHING_ONLY.test(title.trim()) ? MY_NEED.exec(clause)?.[1] : undefined;
  if (mine !== undefined) return `${title.trim()} about ${mine}`;
  const need = NEEDING.exec(clause);
  if (!need?.[1] || !need[3]) return null;
  const thing = withoutItsDay(need[1]);
  const getting = GETTING_IT.exec(title);
  // "my sister needs a lift, take her": a person is taken, not gone for; only what they need is got for them.
  if (PERSON_HEAD.test(thing) && !getting) return null;
  const lead = need[2]?.trim() ?? '';
  const owner = OWNER_WORD.exec(lead)?.[0].toLowerCase();
  const owned = owner !== undefined;
  const kind = lead.replace(OWNER_WORD, '').trim();
  // "a lift on Friday": the need's day dates the task its need implies, not the name of what is got.
  const needed = `${kind}${kind === '' ? '' : ' '}${withoutItsDay(need[3])}`;
  // "order one" stands for one thing needed: "a new kettle", not "new cartridges".
  if (getting?.[2]?.toLowerCase() === 'one' && !ONE_THING.test(lead)) return null;
  if (getting?.[1]) {
    const what = owned ? `${thing}'s ${needed}` : `${needed.startsWith('the ') || lead !== '' ? '' : 'the '}${needed} for ${lowered(thing)}`;
    return `${getting[1]}${owned ? lowered(what) : what}${title.slice(getting[0].length)}`;
  }
  // "the baler needs new knotter parts, so ring the dealer": what the call is about.
  if (REACHING_ONLY.test(title.trim()) && !owned) return `${title.trim()} about ${needed} for ${lowered(thing)}`;
  // "the dog needs his rabies jab, take him to the vet": the thing is taken, for its need ("for his rabies jab").
  const taking = TAKING_IT.exec(title);
  // "the mare needs her feet trimmed": a need said as something done is no thing to take it for.
  if (taking?.[1] && !isPastForm(needed.split(' ').at(-1) ?? '')) return `${taking[1]}${lowered(thing)}${(taking[2] ?? '').replace(EDGE, '')} for ${owner ?? (lead === '' ? 'the' : '')} ${needed}`.replace(SPACES, ' ');
  return null;
}

/** "the guest lecture on the 18th" → "the guest lecture": a day is no part of a thing's name. */
function withoutItsDay(phrase: string): string {
  const day = datePhraseIn(phrase);
  return (day === null ? phrase : phrase.replace(day, ' ')).replace(SPACES, ' ').trim();
}

function lowered(phrase: string): string {
  return phrase.replace(/^(?:The|My|Our|His|Her|Their)\b/, (word) => word.toLowerCase());
}
