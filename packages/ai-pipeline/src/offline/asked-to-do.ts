import { midSentence, relativeGender, SOMEONE } from './people.ts';
import { startsWithVerb } from './verbs.ts';

/**
 * "Bev can check the numbers after, ask her": asking someone is the task, and what to ask them to
 * do is what the clause before says they can do. Read alone, "ask her" says neither whom nor
 * what; with that clause, it is "ask Bev to check the numbers after".
 */

/** Who could do it: a name (or two), or "my brother", "our neighbour". */
const DOER = `(${SOMEONE})`;
/** "can", "could", "should", "might be able to": what they may do, not what they did. */
const ABLE = '(?:might be able to|is able to|could probably|can probably|should probably|can|could|should|might|may|would)';
// No "i" flag: a capital says a name; the words that may open the clause are written in either case.
const ABLE_TO = new RegExp(String.raw`^(?:(?:[Aa]nd|[Aa]lso|[Ss]o|[Mm]aybe|[Pp]robably|[Pp]erhaps)[\s,]+)*${DOER}\s+${ABLE}\s+(?:(?:also|probably|maybe|easily)\s+)?(.+)$`, 'u');
/** "too", "as well", "instead" after what they can do: how it adds to the rest, not part of the doing. */
const TRAILING_ADDITION = /\s+(?:too|as well|also|instead)$/i;
const WORDS_MAX = 8;

/** "ask her", "I'll ask him", "need to ask them": asking a pronoun, with nothing after it but a day at most. */
const ASK_PRONOUN = /^(?:(?:and|so|but|then|just)[\s,]+)*(?:i(?:['’]ll|\s+will|\s+can|\s+should|\s+need to|\s+have to)\s+)?(?:just\s+)?ask\s+(him|her|them)(\s+(?:today|tonight|tomorrow|this week|next week|on \S+|at \S+))?[.!]*$/i;

/** Who can do what in `clause` ("Bev", "check the numbers after"), or null when it says no such thing. */
function ableIn(clause: string): { doer: string; doing: string } | null {
  const able = ABLE_TO.exec(clause.trim().replace(/[.!]+$/, ''));
  const [doer, doing] = [able?.[1], able?.[2]?.replace(TRAILING_ADDITION, '')];
  if (!doer || !doing || !startsWithVerb(doing) || doing.split(/\s+/).length > WORDS_MAX) return null;
  return { doer: midSentence(doer), doing };
}

/**
 * "ask her" after "Bev can check the numbers after" → "ask Bev to check the numbers after"; `before`
 * is the sentence's clauses before the task, those after its last task only. Null when the task
 * is no bare asking of a pronoun or the clause right before says nobody can do anything.
 */
export function askedToDo(task: string, before: string[]): string | null {
  const ask = ASK_PRONOUN.exec(task.trim());
  const last = before.at(-1);
  if (!ask?.[1] || last === undefined) return null;
  const able = ableIn(last);
  if (!able) return null;
  const pronoun = ask[1].toLowerCase();
  // "my sister can drive, ask him": the pronoun names someone else.
  if (pronoun === 'them' || relativeGender(able.doer) === (pronoun === 'her' ? 'male' : 'female')) return null;
  return `ask ${able.doer} to ${able.doing}${ask[2] ?? ''}`;
}
