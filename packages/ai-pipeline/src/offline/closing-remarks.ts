import { isDatePhrase } from './dates.ts';

/**
 * "register for the conference, early-bird ends May 15", "mileage claim, deadline the 20th",
 * "sign her up for camp, sign-up closes on the 9th", "apply for the grant, closing date 12 May": after a task's comma or dash, the window it
 * belongs to closing on a day, or a bare deadline, is when the task must be done by (the
 * evaluation's convention: an expiry or closing day in the item is its due date). Only a window's
 * words: "VAT201 due 23 Jan" after "send December invoices" is a second item with its own day.
 */
const WINDOW =
  String.raw`(?:early[\s-]?bird|sign[\s-]?ups?|registrations?|enrol(?:l)?ments?|applications?|entries|bookings?|submissions?|nominations?|voting|offer|sale|deadline|rate|price|discount|deal|promo(?:tion)?|voucher|coupon|quote|hold|reservation|trial)(?:\s+(?:rate|price|discount|period|tickets?))?`;
const CLOSING_REMARK = new RegExp(
  String.raw`^(?:(?:the|its|their)\s+)?(?:[\p{L}'’-]+\s+){0,2}?${WINDOW}\s+(?:closes?|ends?|expires?|lapses?|runs? out|(?:is\s+|are\s+)?due|is|are)\s+(?:on\s+)?(.+?)[\s.!]*$|^(?:(?:deadline|closing date|cut-?off(?:\s+date)?)(?:\s+is)?|due(?:\s+on)?)\s+(.+?)[\s.!]*$|^(?:it|it['’]s|it\s+is)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:closes?|ends?|shuts?|expires?)\s+(?:on\s+)?(.+?)[\s.!]*$`,
  'iu',
);
/** A time of day names the hour the thing shuts ("registration closes at 5"), not the task's day. */
const CLOCK = /\d[:.]\d{2}|\d\s*[ap]\.?m\b|\bat\s+\d|\b(?:noon|midday|midnight)\b/i;

/** The day a closing remark names ("early-bird ends May 15" → "May 15"), or null when the clause is none. */
export function closingDay(clause: string): string | null {
  const closing = CLOSING_REMARK.exec(clause.trim());
  const day = closing?.[1] ?? closing?.[2] ?? closing?.[3];
  return day !== undefined && !CLOCK.test(day) && isDatePhrase(day) ? day : null;
}
