import { addDays } from '@ordo/shared-types';
import { type DateReference, findDate, monthsLater } from './dates.ts';

/**
 * A countdown to an event: "WEDDING Sat 24 Apr 2027" over "10 wks before: order the kua, …", "2 weeks
 * out: collect the rings", "day before: pack the bag", "on the day: …". Each label counts back from
 * the event's day, which the nearest line above the first label names; the label is written as the day
 * it counts to ("2027-02-13: order the kua, …"), a day label the parser reads as it reads "Friday: …",
 * and the event's line, its day taken out, as the heading of the steps ("## WEDDING").
 */
const COUNT_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
const LABEL =
  /^(\s*(?:[-*•]\s+)?)(?:(\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*(days?|d|wks?|weeks?|w|months?|mths?|mos?)\s+(?:before|out|prior)|(?:the\s+)?(day|night|week|month)\s+before|(on the day|day of|the day))\s*(?::|[-–—]\s)\s*/i;
const AFTER_LABEL = /^(\s*(?:[-*•]\s+)?)(?:after(?:wards)?|post)\s*:\s*/i;
/** Brackets, pictographs and the marks left around a date taken out of a line. */
const NOT_NAME = /\([^()]*\)|\p{Extended_Pictographic}|\u{FE0F}|^[\s:,.–—-]+|[\s:,.–—-]+$/gu;
const NAME_WORDS_MAX = 4;

/** The event's name in its line, the date taken out ("WEDDING ✨  (ROM …)" → "WEDDING"), or "" when it is no short name. */
function eventName(line: string): string {
  const name = line.replace(NOT_NAME, ' ').replace(NOT_NAME, '').replace(/\s+/g, ' ').trim();
  const words = name.split(' ').length;
  return name !== '' && words <= NAME_WORDS_MAX ? name : '';
}

/** Two labels at least make a countdown: one line "2 weeks before: …" may count from anything. */
const LABELS_MIN = 2;
const WEEK_DAYS = 7;

/** A line's lead, a bullet added when the event names a group and the line has none. */
function bulleted(lead: string, name: string): string {
  return name === '' || lead.trim() !== '' ? lead : `${lead}- `;
}

/** The day a label counts to from the event's day. */
function countedDay(label: RegExpExecArray, eventDay: string): string {
  const [, , number, unit = '', single, onTheDay] = label;
  if (onTheDay !== undefined) return eventDay;
  const count = single !== undefined ? 1 : (COUNT_WORDS[(number ?? '').toLowerCase()] ?? Number(number));
  const kind = (single ?? unit).toLowerCase();
  if (kind.startsWith('m')) return monthsLater(eventDay, -count);
  return addDays(eventDay, -count * (kind.startsWith('w') ? WEEK_DAYS : 1));
}

/** The dump with a countdown's labels written as the days they count to; any other dump as it was. */
export function withCountdownLabelsDated(dump: string, reference: DateReference): string {
  const lines = dump.split('\n');
  const labels = lines.map((line) => LABEL.exec(line));
  const first = labels.findIndex((label) => label !== null);
  if (first < 0 || labels.filter((label) => label !== null).length < LABELS_MIN) return dump;
  // The event counted down to is ahead: "countdown, updated tonight:" between it and the labels names no event.
  let event: { at: number; day: string; name: string } | null = null;
  for (let index = first - 1; index >= 0 && event === null; index--) {
    const line = lines[index] ?? '';
    const found = findDate(line, reference);
    if (found && found.due_date > addDays(reference.today, 1)) event = { at: index, day: found.due_date, name: eventName(`${line.slice(0, found.index)} ${line.slice(found.index + found.length)}`) };
  }
  if (event === null) return dump;
  const { at, day, name } = event;
  return lines
    .map((line, index) => {
      // "WEDDING ✨ Sat 24 Apr 2027 (…)": the event a countdown plans heads its steps, right above them (a
      // line between, "countdown, updated tonight:", heads none of them).
      if (index === at && name !== '') return '';
      const heading = index === first && name !== '' ? `## ${name}\n` : '';
      const label = labels[index];
      // Listed under the event's name, a day label dates its items and keeps them in the event's group.
      if (label) return `${heading}${bulleted(label[1] ?? '', name)}${countedDay(label, day)}: ${line.slice(label[0].length)}`;
      // "after: return the suits": a step after the event, on no day the label gives.
      const after = AFTER_LABEL.exec(line);
      return after ? `${bulleted(after[1] ?? '', name)}${line.slice(after[0].length)}` : line;
    })
    .join('\n');
}
