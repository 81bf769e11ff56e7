/**
 * A markdown table pasted from a doc ("| task | who | when |" over "|---|---|---|") read as the list
 * it is: each row an item, its task in the words of the column that holds what to do, whose it is
 * as a label ("me:" for the reader's and everyone's, "Shaz:") and when after it ("book the room by Fri"). A status of
 * done ticks the row off. A table with no column of things to do is left as it is.
 */

const ROW = /^\s*\|(.*)\|\s*$/;
const RULE_CELL = /^\s*:?-{2,}:?\s*$/;
const TASK_COLUMN = /^(?:tasks?|to-?dos?|what|items?|actions?|jobs?|things?|steps?|description)$/i;
const WHO_COLUMN = /^(?:who|owner|assignee|assigned(?: to)?|person|by whom|lead)$/i;
const WHEN_COLUMN = /^(?:when|due|due date|deadline|date|by when|by)$/i;
const STATUS_COLUMN = /^(?:status|state|done\??)$/i;
const DONE_STATUS = /^(?:done|complete[d]?|finished|yes|y|x|✓|✔|✅)$/i;
/** Whoever the row is for, when that includes the reader. */
const READER_OR_ALL = /^(?:me|myself|i|everyone|everybody|all|all of us|us)$/i;

function cells(line: string): string[] | null {
  const row = ROW.exec(line);
  return row ? (row[1] ?? '').split('|').map((cell) => cell.trim()) : null;
}

/** The dump with each markdown table that lists things to do written as list lines. */
export function withTablesAsLists(dump: string): string {
  if (!dump.includes('|')) return dump;
  const lines = dump.split('\n');
  const out: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const header = cells(lines[index] ?? '');
    const rule = cells(lines[index + 1] ?? '');
    const taskAt = header?.findIndex((cell) => TASK_COLUMN.test(cell)) ?? -1;
    if (!header || !rule?.every((cell) => RULE_CELL.test(cell)) || taskAt < 0) {
      out.push(lines[index] ?? '');
      continue;
    }
    const whoAt = header.findIndex((cell) => WHO_COLUMN.test(cell));
    const whenAt = header.findIndex((cell) => WHEN_COLUMN.test(cell));
    const statusAt = header.findIndex((cell) => STATUS_COLUMN.test(cell));
    index += 2;
    for (; index < lines.length; index++) {
      const row = cells(lines[index] ?? '');
      if (!row) break;
      const task = row[taskAt] ?? '';
      if (task === '') continue;
      const named = whoAt >= 0 ? (row[whoAt] ?? '') : '';
      const who = READER_OR_ALL.test(named) ? 'me' : named;
      const when = whenAt >= 0 ? (row[whenAt] ?? '') : '';
      const done = statusAt >= 0 && DONE_STATUS.test(row[statusAt] ?? '');
      out.push(`- ${done ? '[x] ' : ''}${who === '' ? '' : `${who}: `}${task}${when === '' ? '' : ` ${when}`}`);
    }
    index--;
  }
  return out.join('\n');
}
