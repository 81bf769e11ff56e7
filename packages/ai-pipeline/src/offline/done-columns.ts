/**
 * A board or list copied out with a column or heading of what is finished ("DONE", "## Completed",
 * "✅ Done:"): its items are ticked off, as "[x]" ticks them (an open task one names is done, and
 * nothing new is drafted from them). The heading's list runs until the next line that is no item.
 */

const DONE_HEADING = /^\s*(?:#{1,6}\s*)?(?:[✅✔☑]\uFE0F?\s*)?(?:done|completed|finished|already done|done (?:today|this week|so far))\s*(?::|[✅✔☑]\uFE0F?)*\s*$/i;
/** An item's bullet or number, and a box it may already have. */
const ITEM_LEAD = /^(\s*(?:[-*+•]|\d{1,3}[.)])\s+)(\[[ xX]?\]\s*)?/;

export function withDoneColumnsTicked(dump: string): string {
  const lines = dump.split('\n');
  let ticking = false;
  for (const [index, line] of lines.entries()) {
    if (DONE_HEADING.test(line)) {
      ticking = true;
      continue;
    }
    if (!ticking || line.trim() === '') continue;
    const item = ITEM_LEAD.exec(line);
    if (!item) {
      ticking = false;
      continue;
    }
    lines[index] = `${item[1]}[x] ${line.slice(item[0].length)}`;
  }
  return lines.join('\n');
}
