/**
 * "do we have enough food? yes", "is there petrol in the mower? yep": a question to oneself about
 * how things stand, answered yes at once, leaves nothing to do. A question about what is needed or
 * should be done ("do we need milk? yes", "should I book it? yes") is asked by its yes.
 */

/** "do we have …", "is there …", "have I paid …", "are the tyres …": asking whether something already holds. */
const ASKS_HOW_THINGS_STAND =
  /^(?:(?:do|does|did)\s+(?:i|we|you|they|he|she|it)|(?:is|are|was|were)\s+(?:there|it|the|my|our|his|her|their)|(?:have|has)\s+(?:i|we|you|they|he|she|it|the|my|our)|(?:am|was)\s+i)\b/i;
/** "need", "should", "due", "have to": a question whose yes asks for something. */
const ASKS_FOR_ACTION = /\b(?:need|needs|needed|want|wants|should|shall|must|ought|due|have to|has to|got to|supposed to)\b/i;
/** "yes", "yep, plenty", "yeah we do": a bare yes, with at most a word that confirms it. */
const BARE_YES = /^(?:yes|yep|yeah|yup|yes+)(?:[\s,]+(?:plenty|loads|enough|already|all good|we do|i do|i did|we did|it is|there is|they are))?[\s.!]*$/i;

/** True when `question` asks how things stand and `answer`, the sentence after it, only says yes. */
export function isConfirmedAtOnce(question: string, answer: string): boolean {
  const asked = question.trim();
  return ASKS_HOW_THINGS_STAND.test(asked) && !ASKS_FOR_ACTION.test(asked) && BARE_YES.test(answer.trim());
}
