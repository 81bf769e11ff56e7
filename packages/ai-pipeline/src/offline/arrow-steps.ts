import { isDatePhrase } from './dates.ts';
import { startsWithVerb } from './verbs.ts';

/**
 * "posada at the office Friday → bring ponche ingredients", "pearls running low → order 10 bags
 * tmrw", "subtitle file still missing → me to chase the sales agent": what is going on, an arrow,
 * then the step it calls for. The step is the task; what led to it is its remark, in brackets, so
 * its day dates a step that names none ("Bring ponche ingredients" on Friday) and the rest goes to
 * the notes. "AHV statement → upload": a verb alone takes the thing before it as its object. A
 * chain of steps ("call Raj → confirm the time"), a hand-off to someone ("→ Marta") or a route
 * ("AKL → SYD") is left as written.
 */
const ARROW = /\s+(?:→|->|=>)\s+/;
/** "me to chase …", "ME: post …": the step marked as the writer's. */
const MINE = /^(?:me\s+to|me\s*:)\s+/i;
const BRACKETS = /[()[\]]/;
/** A label, or clauses, before the last clause: up to its last colon, comma or semicolon. */
const LEAD = /^.*[:,;]\s+/;
const WHITESPACE = /\s+/;
const COUNTED_BACK_END = /\bthe\s+(?:day|night|morning|evening|week)\s+before$/i;

export function stepAfterArrow(content: string): string {
  const parts = content.split(ARROW);
  if (parts.length !== 2) return content;
  const [before = '', written = ''] = parts.map((part) => part.trim());
  // "Admin: AHV statement → upload", "Raj has the cocoa stand, needs 2 volunteers → ME: post the signup": the label
  // and the clauses before the last one stay where they are; the last clause is what led to the step.
  const cut = LEAD.exec(before);
  const lead = cut?.[0] ?? '';
  const context = before.slice(lead.length);
  const step = written.replace(MINE, '');
  if (context === '' || step === '' || BRACKETS.test(context) || startsWithVerb(context) || !startsWithVerb(step)) return content;
  const [verb = '', ...rest] = step.split(WHITESPACE);
  // "AHV contribution statement → upload", "receipts → file by Friday": the verb's object is the thing before the arrow.
  if (rest.length === 0 || isDatePhrase(rest.join(' '))) {
    return `${lead}${verb} ${context}${rest.length > 0 ? ` ${rest.join(' ')}` : ''}`;
  }
  // "school trip Friday → pack her lunch the night before": counted back from the event, as under its label.
  if (COUNTED_BACK_END.test(step)) return `${lead}${context}: ${step}`;
  return `${lead}${step} (${context})`;
}
