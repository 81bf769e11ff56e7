import { isDatePhrase } from './dates.ts';
import { readerName } from './senders.ts';

/**
 * Tickets copied off a tracker's board, one a line, their fields apart by dashes or bars: "PAY-2211
 * Fix login redirect loop — assignee: me — due 30/Mar — P1". Only the reader's tickets are theirs to
 * do ("assignee: me"); each is written as the list item the parser reads everywhere else, the ticket
 * first, then its due day and priority code ("- PAY-2211 Fix login redirect loop 30 Mar p1"). A
 * ticket done is ticked, one closed as won't do is cancelled, and "due moved 29/Mar → 8/Apr" gives it
 * the later day, so an open task it names is moved. Someone else's ticket is no task of the reader's.
 * Action items pasted from a retro or minutes are written the same way ("2. Book a room — owner:
 * Meenakshi — by Tuesday"): the reader is also the name the dump gives them ("I'm Meenakshi"), one of
 * several owners is enough, and a field that is a day ("by Wed", "Aug 21") or "ASAP" dates or ranks it.
 */

/** Fields after a ticket's title: apart by a spaced dash, a bar or a middle dot. */
const FIELD_BREAK = /\s+[—–|·]\s+|\s+-\s+/;
const ASSIGNEE = /^(?:assignees?|assigned(?:\s+to)?|owners?)\s*:?\s*(.+)$/i;
const FOR_READER = /^(?:me|myself|@?me|you)$/i;
/** Owners named together: "Arjun, Meenakshi", "Jo & me". */
const OWNERS_APART = /\s*(?:,|&|\+|\band\b)\s*/i;
/** A numbered or bulleted item's lead, which the item written anew takes again. */
const ITEM_MARK = /^\s*(?:[-*•]\s+|\d{1,3}[.)]\s+)/;
const AS_SOON_AS_POSSIBLE = /^asap$/i;
const DUE = /^due(?:\s+date)?\s*:?\s*(.+)$/i;
/** "due moved 29/Mar → 8/Apr": the day after the arrow. */
const MOVED = /^moved\s+.+?\s*(?:→|->|=>|to)\s*(.+)$/i;
const NO_DAY = /^(?:no\s+due\s+date|none|n\/a|-|tbd)$/i;
const PRIORITY = /^(?:p([1-4])|priority\s*:?\s*(highest|high|medium|low|lowest))$/i;
const PRIORITY_CODES: Record<string, string> = { highest: '1', high: '1', medium: '2', low: '3', lowest: '3' };
const STATUS = /^(?:status\s*:?\s*)?(.+)$/i;
const DONE_STATUS = /^(?:done|closed|resolved|fixed|merged|complete(?:d)?)\b/i;
const DROPPED_STATUS = /^(?:won['’]?t\s+(?:do|fix)|wontfix|cancell?ed|declined|duplicate|obsolete)\b/i;
/** "30/Mar", "8/Apr": a day before a month name, written as the date reader reads it. */
const DAY_SLASH_MONTH = /\b(\d{1,2})\/(\p{L}{3,9})\b/gu;
/** Tickets on a board: two lines with an assignee field make a pasted board, not a sentence that mentions one. */
const TICKETS_MIN = 2;

interface Ticket {
  title: string;
  assignee: string;
  fields: string[];
}

function ticketOf(line: string): Ticket | null {
  const [title = '', ...fields] = line.trim().replace(ITEM_MARK, '').split(FIELD_BREAK);
  const assignee = fields.map((field) => ASSIGNEE.exec(field)?.[1]?.trim()).find((name) => name !== undefined);
  return assignee === undefined || title === '' ? null : { title, assignee, fields };
}

/** The list item a reader's ticket is read as, or null when nothing is left to do. */
function itemOf(ticket: Ticket): string {
  let day = '';
  let code = '';
  let status = '';
  for (const field of ticket.fields) {
    if (ASSIGNEE.test(field)) continue;
    const due = DUE.exec(field)?.[1]?.trim();
    if (due !== undefined) {
      const said = MOVED.exec(due)?.[1] ?? due;
      if (!NO_DAY.test(said)) day = said.replace(DAY_SLASH_MONTH, '$1 $2');
      continue;
    }
    if (AS_SOON_AS_POSSIBLE.test(field)) {
      code = 'p1';
      continue;
    }
    if (day === '' && isDatePhrase(field)) {
      day = field;
      continue;
    }
    const priority = PRIORITY.exec(field);
    if (priority) {
      code = `p${priority[1] ?? PRIORITY_CODES[(priority[2] ?? '').toLowerCase()] ?? '2'}`;
      continue;
    }
    status ||= STATUS.exec(field)?.[1]?.trim() ?? '';
  }
  if (DONE_STATUS.test(status)) return `- [x] ${ticket.title}`;
  if (DROPPED_STATUS.test(status)) return `- ${ticket.title}: cancelled`;
  return `- ${[ticket.title, day, code].filter((part) => part !== '').join(' ')}`;
}

/** The dump with a pasted board's tickets read as the reader's list items; any other dump as it was. */
export function withTrackerLinesRead(dump: string): string {
  // Most dumps name no assignee: the lines are not split.
  if (!/assign|owner/i.test(dump)) return dump;
  const lines = dump.split('\n');
  const tickets = lines.map(ticketOf);
  if (tickets.filter((ticket) => ticket !== null).length < TICKETS_MIN) return dump;
  const reader = readerName(dump)?.toLowerCase();
  const forReader = (assignee: string) => assignee.split(OWNERS_APART).some((owner) => FOR_READER.test(owner) || owner.toLowerCase() === reader);
  return lines
    .flatMap((line, index) => {
      const ticket = tickets[index];
      if (!ticket) return [line];
      return forReader(ticket.assignee) ? [itemOf(ticket)] : [];
    })
    .join('\n');
}
