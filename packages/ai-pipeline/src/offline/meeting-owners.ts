import { ITEM_LEAD, readerName } from './senders.ts';
import { startsWithVerb, verbBase } from './verbs.ts';

/**
 * Who does what in typed-up minutes. "ACTION (SK): request a second quote" gives the item to SK, and
 * "KW writes the narrative" says what KW will do: both are written "SK to request …", "KW to write
 * …", as notes give someone else's items. The reader's own ("ACTION (LB): …" where the notes name
 * LB the writer, "DB drafts the budget") and everyone's ("ACTION (ALL): …") are written "Me: …".
 */

/** "ACTION (SK):", "- Action (me) -": an action line and whom it is for. */
const ACTION_LINE = new RegExp(String.raw`${ITEM_LEAD}actions?\s*\(\s*([^()]{1,30}?)\s*\)\s*[:–—-]?\s*(?=\S)`, 'gimu');
/** Owners that mean the reader: themselves, or everyone at the meeting. */
const READER_OR_ALL = /^(?:me|myself|all|everyone|everybody|all of us)$/i;
/** "Present: DB (me, minutes), KW, SM": the line naming who was at the meeting. */
const ATTENDANCE = /^\s*(?:present|attendees|attending|in attendance|participants)\s*:\s*(.+)$/im;
/** A bracketed remark after a name in the attendance line: "(chair)", "(me, minutes)". */
const BRACKETED = /\s*\([^)]*\)/g;
/** "Pastor L", "KW", "Jo": who an entry of the attendance line is, without its remark. */
const ATTENDEE = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?$/u;
/** What opens a verb's own object: "write a thank-you letter", "book it", "ring Dave". */
const OBJECT_START = /^(?:the|a|an|my|our|your|his|her|their|this|that|these|those|it|them|him|some|more|new|\d+|\p{Lu}[\p{L}'’-]*)$/u;
/** A word in the third person that may be a verb: "writes", "drafts", "does". */
const THIRD_PERSON = /^\p{Ll}+s$/u;

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The people the attendance line names, without the reader. */
function attendees(dump: string, reader: string | null): string[] {
  const listed = ATTENDANCE.exec(dump)?.[1] ?? '';
  return listed
    .replace(BRACKETED, '')
    .split(/\s*,\s*|\s+and\s+/)
    .map((entry) => entry.trim())
    .filter((entry) => ATTENDEE.test(entry) && entry !== reader && entry.toLowerCase() !== 'me');
}

/** The minutes with action lines and "KW writes …" lines written as whose items they are. */
export function withMeetingOwnersRead(dump: string): string {
  const reader = readerName(dump);
  // Someone else's item: "SK to request …" when it opens with a verb, else "Priya: new balls order".
  const actions = dump.replace(ACTION_LINE, (match: string, lead: string, owner: string, offset: number, whole: string) => {
    if (READER_OR_ALL.test(owner) || owner === reader) return `${lead}Me: `;
    const item = whole.slice(offset + match.length);
    return startsWithVerb(item) ? `${lead}${owner} to ` : `${lead}${owner}: `;
  });
  const people = attendees(actions, reader);
  if (people.length === 0 && reader === null) return actions;
  const names = [...people, ...(reader ? [reader] : [])].map(escaped).join('|');
  // "- KW writes the narrative", "DB drafts the budget section": an attendee and what they will do.
  const doing = new RegExp(String.raw`${ITEM_LEAD}(${names})\s+(\p{Ll}+)\b`, 'gmu');
  const done = actions.replace(doing, (whole: string, lead: string, name: string, word: string) => {
    const base = THIRD_PERSON.test(word) ? verbBase(word) : null;
    if (base === null) return whole;
    return name === reader ? `${lead}Me: ${base}` : `${lead}${name} to ${base}`;
  });
  // "- quiz night Fri 16 Oct – Kiri to book the pub", "- patrol roster out by next week – Lucy": a topic, then after a dash
  // who takes it and what they do about it. The topic is no item of its own: it is the owner's item's subject.
  const owned = new RegExp(String.raw`^(\s*[-*•]\s+)([^\s:][^:\n]*?)[ \t]+[–—-][ \t]+(${names})(?:[ \t]+to[ \t]+(\p{Ll}[^\n]*?))?[ \t.]*$`, 'gmu');
  return done.replace(owned, (_whole: string, lead: string, topic: string, name: string, step: string | undefined) => {
    const owner = name === reader ? 'Me:' : step === undefined ? `${name}:` : `${name} to`;
    if (step === undefined) return `${lead}${owner} ${topic}`;
    // "- UV bulbs overdue – Tash to replace before the audit": the reader's verb with no object of its own acts on the topic.
    const [verb = '', ...rest] = step.split(' ');
    if (name === reader && !OBJECT_START.test(rest[0] ?? '')) return `${lead}${owner} ${[verb, topic, ...rest].join(' ')}`;
    return `${lead}${owner} ${step} (${topic})`;
  });
}
