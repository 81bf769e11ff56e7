import { hasDatePhrase, isDatePhrase } from './dates.ts';

/**
 * A list copied from a reminders or tasks app, each item's day on an indented line under it
 * ("Brine the turkey" over "    Sun, 8:00 PM"): the day is the item's, so the line is joined to the
 * item as ", Sun, 8:00 PM". A "Completed Oct 7" under an item says it was done: the item is ticked and the line goes.
 */
const INDENT = /^[ \t]*/;
/** A detail line's lead a reminders app writes before the day. */
const DETAIL_LEAD = /^(?:due|scheduled|remind(?:er)?|alert|when)\s*:?\s+/i;
const COMPLETED = /^(?:completed|done|finished)\b/i;
const TICKED = /^\s*(?:[-*•]\s+)?(?:[✓✔☑✅]|\[[xX]\])/u;
/** A line that heads others rather than asks: it names no item to date. */
const HEADING_END = /:\s*$/;

function indentOf(line: string): number {
  return (INDENT.exec(line)?.[0] ?? '').replace(/\t/g, '    ').length;
}

/** The dump with each date-only detail line joined to the item above it; any other dump as it was. */
export function withDetailDatesJoined(dump: string): string {
  if (!dump.includes('\n ') && !dump.includes('\n\t')) return dump;
  const lines = dump.split('\n');
  const kept: string[] = [];
  for (const line of lines) {
    const item = kept.at(-1);
    const detail = line.trim().replace(DETAIL_LEAD, '');
    if (item === undefined || item.trim() === '' || detail === '' || indentOf(line) <= indentOf(item) || HEADING_END.test(item)) {
      kept.push(line);
      continue;
    }
    if (COMPLETED.test(detail) && isDatePhrase(detail.replace(COMPLETED, ''))) {
      if (!TICKED.test(item)) kept[kept.length - 1] = item.replace(INDENT, (lead) => `${lead}✓ `);
      continue;
    }
    if (isDatePhrase(detail) && !hasDatePhrase(item)) kept[kept.length - 1] = `${item.trimEnd()}, ${detail}`;
    else kept.push(line);
  }
  return kept.join('\n');
}
