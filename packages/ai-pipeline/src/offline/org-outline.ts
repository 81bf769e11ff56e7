/**
 * An Emacs org file pasted as a dump: "* Work :work:" headings, "** TODO [#A] send the NDA" items,
 * "SCHEDULED: <2027-03-29 Mon>" and "DEADLINE:" lines under them, "#+TITLE:" settings and "# "
 * comments. It is written out in the forms the parser reads everywhere else: a heading ("## Work"),
 * a list item with its day ("- Review Luca's deck 2027-03-29"), a priority mark ("(A)"), a ticked
 * item ("- [x] …") for DONE and a cancelled one ("…: cancelled") for CANCELLED. What waits on someone
 * else (WAITING, HOLD) is no task of the reader's, and what org keeps for itself (CLOSED lines,
 * property drawers) goes.
 */

/** An org headline: its stars, keyword, priority cookie, title and trailing tags. */
const HEADLINE = /^(\*+)\s+(?:(TODO|NEXT|STARTED|DONE|CANCELL?ED|WAITING|HOLD)\s+)?(?:\[#([A-C])\]\s+)?(.*?)(?:\s+:[\p{L}\p{N}_@#%:]+:)?\s*$/u;
/** A headline with a keyword, or an org setting: what tells an org file from markdown bullets. */
const ORG_MARKS = /^(?:\*+\s+(?:TODO|NEXT|DONE|CANCELL?ED|WAITING)\s|#\+[A-Z_]+:)/m;
const SETTING = /^#\+[A-Za-z_]+:/;
const COMMENT = /^#\s/;
/** "SCHEDULED: <2027-03-29 Mon 10:00 +1w>", "DEADLINE: <…>", "CLOSED: […]" on the line under a headline. */
const PLANNING = /\b(SCHEDULED|DEADLINE|CLOSED):\s*[<[](\d{4}-\d{2}-\d{2})(?:\s+\p{L}+)?(?:\s+(\d{1,2}:\d{2}))?[^>\]]*[>\]]/gu;
const PLANNING_LINE = /^\s*(?:(?:SCHEDULED|DEADLINE|CLOSED):\s*[<[][^>\]]*[>\]]\s*)+$/;
const DRAWER_START = /^\s*:[A-Z_]+:\s*$/;
const DRAWER_END = /^\s*:END:\s*$/;
/** Items no longer open, whose notes go with them. */
const CLOSED_KEYWORD = /^(?:DONE|CANCELL?ED|WAITING|HOLD)$/;

interface Headline {
  /** Where the item's line is in the output, to take its day from the planning line under it. */
  at: number;
  keyword: string;
}

/** The dump with an org outline written as headings and list items; any other dump as it was. */
export function withOrgOutlineRead(dump: string): string {
  if (!ORG_MARKS.test(dump)) return dump;
  const out: string[] = [];
  let item: Headline | null = null;
  let inDrawer = false;
  for (const line of dump.split('\n')) {
    if (inDrawer) {
      inDrawer = !DRAWER_END.test(line);
      continue;
    }
    if (DRAWER_START.test(line)) {
      inDrawer = true;
      continue;
    }
    if (SETTING.test(line)) continue;
    if (COMMENT.test(line)) {
      out.push(line.replace(COMMENT, ''));
      continue;
    }
    const headline = HEADLINE.exec(line);
    if (headline) {
      const [, , keyword = '', priority, title = ''] = headline;
      if (keyword === '') {
        item = null;
        out.push(`## ${title}`);
        continue;
      }
      item = { at: out.length, keyword };
      if (keyword === 'WAITING' || keyword === 'HOLD') continue;
      const mark = priority ? `(${priority}) ` : '';
      out.push(keyword === 'DONE' ? `- [x] ${title}` : /^CANCELL?ED$/.test(keyword) ? `- ${title}: cancelled` : `- ${mark}${title}`);
      continue;
    }
    if (item !== null && PLANNING_LINE.test(line)) {
      const days = [...line.matchAll(PLANNING)].filter(([, kind]) => kind !== 'CLOSED');
      // An open item takes the day it is scheduled or due; a closed one keeps no day.
      const [, , day, time] = days.at(-1) ?? [];
      if (day !== undefined && !CLOSED_KEYWORD.test(item.keyword)) out[item.at] = `${out[item.at]} ${day}${time ? ` ${time}` : ''}`;
      continue;
    }
    // The notes of a closed item ("- snow's gone anyway") close with it.
    if (item !== null && CLOSED_KEYWORD.test(item.keyword) && line.trim() !== '') continue;
    out.push(line);
  }
  return out.join('\n');
}
