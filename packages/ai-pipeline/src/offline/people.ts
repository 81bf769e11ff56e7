/**
 * How a clause names a person. Family words take a pronoun: "My sister", "Emily's mother" and
 * "Mum" each name one person of a known gender, so a "her" after them may mean them, a "him" may not.
 */

/** Someone named: a name (or two, "Bev Carter"), or "my brother", "our neighbour". For a pattern without the "i" flag. */
export const SOMEONE = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?|[Mm]y\s+[\p{Ll}-]+|[Oo]ur\s+[\p{Ll}-]+`;

/** A person as named at the start of a clause, written for the middle of a title: "My dad" → "my dad". */
export function midSentence(person: string): string {
  return person.replace(/^(?:My|Our|The)\b/, (word) => word.toLowerCase());
}

/** Relatives after whose they are ("my sister", "Raj's dad"), or standing alone as a name ("Mum"). */
export const FEMALE_RELATIVES =
  'mum|mom|mam|mother|mama|sister|wife|girlfriend|daughter|aunt|auntie|aunty|grandmother|grandma|granny|gran|nan|nana|niece';
export const MALE_RELATIVES = 'dad|father|papa|brother|husband|boyfriend|son|uncle|grandfather|grandpa|grandad|granddad|nephew';

/** Family words that stand as a name ("call Mum", "ask Oma"); "Sister" or "Wife" opening a line does not. */
const FEMALE_NAMES = 'mum|mom|mummy|mommy|mam|mama|mamma|mamá|grandma|granny|gran|nan|nana|oma|auntie|aunty|sis';
const MALE_NAMES = 'dad|daddy|papa|pappa|papá|grandpa|grandad|granddad|opa|pops';

const ENDS_FEMALE = new RegExp(String.raw`\b(?:${FEMALE_RELATIVES})$`, 'i');
const ENDS_MALE = new RegExp(String.raw`\b(?:${MALE_RELATIVES})$`, 'i');
const FEMALE_NAME = new RegExp(`^(?:${FEMALE_NAMES})$`, 'i');
const MALE_NAME = new RegExp(`^(?:${MALE_NAMES})$`, 'i');

export type Gender = 'female' | 'male';

/** The gender of whom a phrase ending in a family word names ("my sister", "Emily's dad"), or null. */
export function relativeGender(phrase: string): Gender | null {
  if (ENDS_FEMALE.test(phrase)) return 'female';
  if (ENDS_MALE.test(phrase)) return 'male';
  return null;
}

/** The gender of a family word standing as a name ("Mum", "Grandpa", "Oma"), or null for any other word. */
export function kinNameGender(word: string): Gender | null {
  if (FEMALE_NAME.test(word)) return 'female';
  if (MALE_NAME.test(word)) return 'male';
  return null;
}
