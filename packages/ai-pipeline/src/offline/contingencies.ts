/**
 * A condition under which a task exists only if something goes wrong, or only if the reader offers:
 * "if the migration fails again", "if the boiler dies", "if the card payment bounces", "if the parcel doesn't arrive by Friday", "if you can help". A
 * careful reader drafts no task for it; a plan's condition ("if QA signs off", "if it's sunny
 * Sunday", "if nothing by next Friday", and fair weather: "if it's not too hot", "if it doesn't
 * rain") keeps its task.
 */

/** What goes wrong: a mishap's verb, a denial, a repeat ("if you haven't already" asks for it still). */
const MISHAP = String.raw`(?:[^,.;!?()]*?\s)?(?:(?:again|fails?|failed|breaks?|broke|goes wrong|went wrong|falls through|fell through|dies|died|gets worse|got worse|stops working|stopped working|gives out|gave out|bounces|bounced|(?:is|gets|was|got) (?:declined|rejected|cancell?ed|delayed|refused))\b|(?:(?:does|do|did|is|are|was|were|wo|has|have|ca)n['’]?t|not)\b(?!\s+(?:already|yet|done|too|rain|raining|snow|snowing|pour|pouring)\b))`;
/** What the reader may offer: "if you can help", "if you're free". */
const OFFER = String.raw`(?:you|anyone|anybody)\s+(?:can|could|are able to|(?:['’]re|are)\s+(?:free|able|available|interested|around))\b`;
const CONTINGENCY = new RegExp(String.raw`\bif\s+(?:${OFFER}|${MISHAP})`, 'i');
/** "if …", "and if …", "but if …": a condition, after the connective that joins it on. */
const CONDITION_START = /^(?:(?:and|but|or|so|also|oh and|plus)\s+)?if\b/i;
/** "ask Dad if the car broke down again": after a verb of asking, the condition is the question asked. */
const ASKS_IF = /^(?:ask|check|see|find out|confirm|figure out|work out|double-?check)\b/i;

/** True when a task holds such a condition: "ping Kenji if the staging migration fails again". */
export function dependsOnMishap(task: string): boolean {
  return CONTINGENCY.test(task) && !ASKS_IF.test(task.trim());
}

/** True when the clause is only such a condition, which the clause after it depends on: "if the car makes that noise again". */
export function isContingency(clause: string): boolean {
  return CONDITION_START.test(clause.trim()) && CONTINGENCY.test(clause);
}
