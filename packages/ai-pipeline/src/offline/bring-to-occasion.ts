/**
 * "staff BBQ Sat 11/7, bring a plate", "braai at the Naidoos' next Saturday, bring the wors": the
 * occasion named before the comma is where the thing goes, so the step's title says so ("Bring a
 * plate to the staff BBQ", "Bring the wors to the braai at the Naidoos'"). The occasion itself is
 * no task (segment.ts decides that, and gives the step its day). The person whose occasion it is
 * goes there themselves: "Amber's dentist appt Thursday, take her" → "Take Amber to her dentist appt";
 * a gift got after someone's birthday is for them: "Dad's birthday Sunday, buy a card" → "Buy a card for Dad".
 */
import { trimFiller } from './cues.ts';
import { FEMALE_RELATIVES, MALE_RELATIVES } from './people.ts';

/** What one takes to an occasion. */
const TAKING = /^(?:bring|take|carry)\s/i;
/** The step already names where the thing goes: "take the kids to the lake", "bring it round to Dev's". */
const WHERE_NAMED = /\s(?:to|round|over|along|into|for)\s/i;
/** A clock time left once the day is cut: "9:15am", "at 3". */
const CLOCK_TIME = /(?:\s+(?:at|@))?\s+\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?(?=\s|$)/gi;
/** An occasion already said with its own determiner or an owner: "the fête", "Sam's party", "my sister's". */
const DETERMINED = /^(?:the|a|an|my|our|his|her|their|your|this|that)\s|^[\p{L}'’-]+['’]s?\s/iu;
/** Meals go without "the": "bring the wine to dinner at my sister's". */
const MEAL = /^(?:dinner|lunch|breakfast|brunch|supper|tea)\b/i;
/** A first word that keeps its capital: a shorthand in capitals ("DMV") or an owner's name ("Sam's"). */
const OWN_CAPITAL = /^(?:\p{Lu}{2,}|\p{Lu}[\p{L}-]*['’]s?\s)/u;
const EDGE_MARKS = /^[\s,;:.!?—–-]+|[\s,;:.!?—–-]+$/g;
const SPACES = /\s+/g;

/** The occasion as the object of "to" ("the staff BBQ"), from the clause with its day cut out. */
export function occasionAsPlace(clauseWithoutDay: string): string {
  const named = trimFiller(clauseWithoutDay.replace(CLOCK_TIME, ' ').replace(SPACES, ' ')).replace(EDGE_MARKS, '');
  if (named === '') return '';
  // "DMV appt", "Sam's party": a shorthand or an owner's name stays as written; "Staff BBQ" had a sentence's capital.
  const head = OWN_CAPITAL.test(named) ? named : named.charAt(0).toLowerCase() + named.slice(1);
  return DETERMINED.test(head) || MEAL.test(head) ? head : `the ${head}`;
}

/** Taking the person whose occasion it is: "take her", "drive him". */
const TAKING_PERSON = /^(take|drive|bring|walk)\s+(her|him|them)\b(.*)$/i;
/** An occasion of someone named: "Amber's passport appt". */
const NAMED_OWNER = /^(\p{Lu}[\p{L}-]*)['’]s\s+(.+)$/u;
const POSSESSIVE: Record<string, string> = { her: 'her', him: 'his', them: 'their' };

/** The step taking the person whose occasion it is there ("take her" → "take Amber to her passport appt"), or null. */
export function takenTo(step: string, occasion: string): string | null {
  const person = TAKING_PERSON.exec(trimFiller(step));
  const owner = person ? NAMED_OWNER.exec(occasion) : null;
  if (!person || !owner) return null;
  const rest = (person[3] ?? '').replace(EDGE_MARKS, '');
  return `${person[1]} ${owner[1]} to ${POSSESSIVE[(person[2] ?? '').toLowerCase()] ?? 'their'} ${owner[2]}${rest === '' ? '' : ` ${rest}`}`;
}

/** The step with the occasion it serves ("bring a plate" → "bring a plate to the staff BBQ"), or null when it takes nothing there. */
export function broughtTo(step: string, occasion: string): string | null {
  const asked = trimFiller(step);
  // "Amber's passport appt 1/27, I have to take her": the person is taken to their own occasion.
  const taken = takenTo(step, occasion);
  if (taken !== null) return taken;
  if (occasion === '' || !TAKING.test(asked) || WHERE_NAMED.test(` ${asked} `)) return null;
  return `${step.replace(EDGE_MARKS, '')} to ${occasion}`;
}

/** A gift got for an occasion, for no one named: "buy a card", "order flowers", "get something nice". */
const GIFTING = /^(?:buy|get|order|make|send|pick up|grab|find|choose|wrap)\s+(?!(?:her|him|them|me|us|you)\b)(?:(?:a|an|some|the)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:card|present|gift|flowers|bouquet|cake|something)\b(?!.*\s(?:for|to)\s)/iu;
/** A name straight after the verb: "get Lena a present", "buy Dad a card". */
const NAMED_NEXT = /^\S+(?:\s+up)?\s+\p{Lu}/u;
/** Whose occasion it is: "Mum's birthday", "my sister's leaving do", "Dad's 60th". */
const OCCASION_OWNER = new RegExp(
  String.raw`^((?:(?:my|our)\s+)?(?:\p{Lu}[\p{L}-]*|${FEMALE_RELATIVES}|${MALE_RELATIVES}))['’]s\s+(?:[\p{L}\d-]+\s+)?(?:birthday|bday|anniversary|leaving do|retirement|wedding|graduation|christening|\d+(?:st|nd|rd|th))\b`,
  'iu',
);

/** True when the step gets a gift for no one named ("buy a card"): after someone's occasion, it is for them. */
export function getsGift(step: string): boolean {
  const asked = trimFiller(step);
  // "get Lena a present" names whom it is for.
  return GIFTING.test(asked) && !NAMED_NEXT.test(asked);
}

/** The gift step with whose occasion it is for ("order flowers" → "order flowers for Mum"), or null. */
export function giftFor(step: string, occasion: string): string | null {
  const owner = getsGift(step) ? OCCASION_OWNER.exec(occasion)?.[1] : undefined;
  return owner ? `${step.replace(EDGE_MARKS, '')} for ${owner}` : null;
}

/** Getting something for an event: "buy costume stuff", "get him something", "order the cake". */
const GETTING = /^(?:buy|get|order|pick up|grab|find|hire|rent)\s/i;
/** The person a thing is got for, straight after the verb: "get him something", "buy her a card". */
const PERSON_GOT_FOR = /(?<=^(?:buy|get|order|grab|find)\s+)(her|him|them)\b/i;
/** Getting a thing into a state is readying it, not getting it: "get the banten ready", "get the forms printed". */
const READYING = /\s(?:ready|done|sorted|fixed|printed|signed|cleaned|serviced|finished)\b/i;

/** The step getting something with the event it is for ("buy costume stuff" → "buy costume stuff for Eino's Halloween party"), or null. */
export function gotFor(step: string, event: string): string | null {
  const asked = trimFiller(step);
  if (event === '' || !GETTING.test(asked) || READYING.test(asked) || WHERE_NAMED.test(` ${asked} `)) return null;
  const stepText = step.replace(EDGE_MARKS, '');
  // "Tomás's birthday drinks, get him something": the one it is got for is the one whose event it is.
  const pronoun = PERSON_GOT_FOR.exec(stepText);
  const owner = pronoun ? NAMED_OWNER.exec(event) : null;
  if (pronoun?.[1] && owner?.[1] && owner[2]) {
    const named = `${stepText.slice(0, pronoun.index)}${owner[1]}${stepText.slice(pronoun.index + pronoun[1].length)}`;
    return `${named} for ${POSSESSIVE[pronoun[1].toLowerCase()] ?? 'their'} ${owner[2]}`;
  }
  return `${stepText} for ${event}`;
}
