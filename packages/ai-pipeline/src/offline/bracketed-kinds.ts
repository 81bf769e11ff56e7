/**
 * A bracket after what to get that says which kinds of it: "order reeds (alto sax, clarinet)",
 * "buy batteries (AA + AAA)", "order A3 paper (Bond 90g)". The kinds are part of the order, so
 * they stay in its title; a remark in brackets ("(ugh)", "(the big ones)", "(Dan's paying)") and a
 * list of the things themselves ("stationery (black pens, clear pencil cases)") go to the notes.
 */

/** Verbs of getting something, which a kind in brackets completes. */
const GETTING = /^(?:re-?order|order|buy|rebuy|restock|stock up on|get|grab|pick up)\s/i;

/** One to four kinds of one to three words each, joined by commas, "+", "&", "/" or "or". */
const KINDS = /^[\p{L}\p{N}][\p{L}\p{N}.%-]*(?:\s+[\p{L}\p{N}][\p{L}\p{N}.%-]*){0,2}(?:\s*(?:,|\+|&|\/|\bor\b)\s*[\p{L}\p{N}][\p{L}\p{N}.%-]*(?:\s+[\p{L}\p{N}][\p{L}\p{N}.%-]*){0,2}){0,3}$/u;

/**
 * Words no kind is written with: a determiner or pronoun ("the big ones"), a word of feeling or
 * asking ("ugh", "pls"), of how or when ("again", "maybe"), a verb of being.
 */
const NOT_A_KIND =
  /(?:^|[\s,+&/])(?:i|me|my|mine|it|its|he|she|his|her|they|them|their|we|us|our|you|your|the|a|an|this|that|these|those|one|ones|some|any|both|all|to|for|of|if|at|by|on|in|from|with|no|not|too|also|again|still|just|maybe|ugh|lol|pls|please|oops|is|are|was|were|be|been)(?=$|[\s,+&/])/iu;

/** A word of the list in -ing or -ed ("paying", "insisted") or a plural ("pens"), not a kind's name ("gloss", "AAA"). */
const VERB_OR_PLURAL = /\p{Ll}(?:ing|ed|[^s']s)(?=$|[\s,+&/])/u;

/** True when `remark`, bracketed in `title`, names the kinds of what the title orders. */
export function namesKinds(title: string, remark: string): boolean {
  const kinds = remark.trim();
  return GETTING.test(title.trimStart()) && KINDS.test(kinds) && !NOT_A_KIND.test(kinds) && !VERB_OR_PLURAL.test(kinds);
}
