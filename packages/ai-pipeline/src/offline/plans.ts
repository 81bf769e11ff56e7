import { hasDatePhrase, isDatePhrase } from './dates.ts';
import { verbBase } from './verbs.ts';

/**
 * The writer's own plans said as statements, not as orders: what they are doing on a day to come
 * ("Jo and I are driving up to Perth on Friday", "I'm collecting the cake on Saturday") and what
 * they keep putting off ("I keep putting off ringing the optician"), and a slot of theirs said to
 * have moved to a new day and time ("physio got moved to Tuesday at 3:30"). Each is the writer's
 * task, worded as the step: "drive up to Perth on Friday", "ring the optician", "physio Tuesday at 3:30".
 */

/** The writer as subject, alone or with someone: "I'm", "we are", "Jo and I are", "my brother and I are". */
const PLANNER = String.raw`(?:i['’]m|i\s+am|we['’]re|we\s+are|(?:my\s+)?[\p{L}'’-]+\s+(?:and|&)\s+i\s+are)`;
/** "I'm driving down to Leeds on Friday": the writer, a verb in -ing and the rest of the plan. */
const DOING_ON_A_DAY = new RegExp(String.raw`^${PLANNER}\s+(?:(?:also|still|just)\s+)?(\p{L}{3,}ing)\s+(\S.*)$`, 'iu');
/** "going to", "having a party": the -ing forms that say no step ("going" before "to" is the future, read elsewhere). */
const NO_STEP = /^(?:going|having|getting|feeling|being|thinking|hoping|planning|trying)$/i;
/** "I keep putting off calling the bank", "we've been avoiding sorting the loft": the step, in -ing, after the delay. */
const PUT_OFF = /^(?:i|we)(?:\s+(?:keep|kept|have\s+been)|['’]ve\s+been)\s+(?:putting\s+off|avoiding|delaying|dodging)\s+(\p{L}{3,}ing)\b\s*(.*)$/iu;

/** Longest day phrase a verb's object may be: "next Friday morning". */
const DAY_WORDS_MAX = 3;

function opensWithDay(text: string): boolean {
  const words = text.split(/\s+/);
  for (let count = 1; count <= DAY_WORDS_MAX && count <= words.length; count++) if (isDatePhrase(words.slice(0, count).join(' '))) return true;
  return false;
}

/** The writer's dated plan or put-off step as a task's words, or null when the clause is neither. */
export function plannedStep(clause: string): string | null {
  const putOff = PUT_OFF.exec(clause);
  if (putOff?.[1]) {
    const base = verbBase(putOff[1]);
    return base ? `${base}${putOff[2] ? ` ${putOff[2]}` : ''}` : null;
  }
  const doing = DOING_ON_A_DAY.exec(clause);
  if (!doing?.[1] || !doing[2] || NO_STEP.test(doing[1])) return null;
  const base = verbBase(doing[1]);
  // Without a day ahead it is what the writer is doing now ("we're painting the hall"), no plan; a
  // day as the verb's object is time set aside ("I'm blocking Friday morning for admin"), no step.
  return base && hasDatePhrase(doing[2]) && !opensWithDay(doing[2]) ? `${base} ${doing[2]}` : null;
}

/** "physio got moved to Tue at 3:30", "the vet appt has been pushed to Friday 9am": a short subject and its new day. */
const SLOT_MOVED =
  /^((?:the\s+|my\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}?)\s+(?:got\s+|was\s+|has\s+been\s+|['’]s\s+been\s+)?(?:moved|pushed|rescheduled|changed|brought\s+forward)\s+(?:back\s+)?to\s+(.+?)[\s.!]*$/iu;
/** A clock time: what makes a moved thing a slot of the writer's, not a project's date ("launch moved to 2 March"). */
const CLOCK = /\b\d{1,2}(?::\d{2}|\s*[ap]\.?m\b)|\b(?:noon|midday)\b/i;

/** A slot moved to a new day and time, as the thing and its new day ("physio Tue at 3:30"), or null. */
export function movedSlot(clause: string): string | null {
  const moved = SLOT_MOVED.exec(clause);
  if (!moved?.[1] || !moved[2] || !CLOCK.test(moved[2]) || !isDatePhrase(moved[2])) return null;
  return `${moved[1]} ${moved[2]}`;
}
