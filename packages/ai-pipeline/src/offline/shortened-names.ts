import { isEnglishWord } from './spelling.ts';

/**
 * People shorten a project's name once they have said it: "the reno" after "Kitchen renovation",
 * "the wedding" after "Priya's wedding". A one-word name is the earlier project's when it is that
 * name's last word, or clips it ("reno", "uni", "admin" from "administration"): what it leaves off
 * is three letters or more and no word of its own ("home" does not clip "homework").
 */
const ONE_WORD = /^[\p{L}'’-]+$/u;
const WORDS = /\s+/;
/** A clipped word keeps enough letters to be read back: "reno", not "re". */
const CLIPPED_MIN = 3;
/** And leaves off enough: "car" does not clip "cards". */
const LEFT_OFF_MIN = 3;

function clips(short: string, word: string): boolean {
  const leftOff = word.slice(short.length);
  return short.length >= CLIPPED_MIN && leftOff.length >= LEFT_OFF_MIN && word.startsWith(short) && !isEnglishWord(leftOff);
}

/** The earlier name a one-word name shortens, or null. */
export function shortenedFrom(name: string, earlier: Iterable<string>): string | null {
  const short = name.trim().toLowerCase();
  if (!ONE_WORD.test(short)) return null;
  for (const candidate of earlier) {
    const words = candidate.trim().toLowerCase().split(WORDS);
    const last = words.at(-1) ?? '';
    if (words.length < 2 && last === short) continue;
    if (last === short && words.length >= 2) return candidate;
    if (clips(short, last)) return candidate;
  }
  return null;
}
