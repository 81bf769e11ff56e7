import {
  check,
  coming,
  dayOfMonth,
  endOfNamedMonth,
  FRI,
  firstOfNextMonth,
  fridayThisWeek,
  inNextWeek,
  lastOfMonth,
  MON,
  mondayNextWeek,
  monthDay,
  plus,
  SAT,
  SUN,
  THU,
  TUE,
  WED,
} from './date-catalogue-days.ts';

/*
 * More of the catalogue (date-catalogue.test.ts): how people in the UK, the US, Australia and India
 * write a due date, read as a grammar (a weekday with its date, a day that names a thing, weeks
 * counted from a day, parts of months, deadlines said as nouns), each with near misses that must
 * stay as they are. Where docs/ai.md is silent the choice is noted.
 */

const TITLE = 'Send the invoice';

function parts(date: string): { year: number; month: number; day: number } {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return { year, month, day };
}

function ymd(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

/** The last day of the month a number of months after today's. */
function lastDayMonthsOn(today: string, months: number): string {
  const { year, month } = parts(today);
  return ymd(year, month + months + 1, 0);
}

/** The same day of the month `months` on, or that month's last day when it is shorter. */
function monthsLater(today: string, months: number): string {
  const { day } = parts(today);
  const last = lastDayMonthsOn(today, months);
  return parts(last).day < day ? last : `${last.slice(0, 8)}${String(day).padStart(2, '0')}`;
}

/** The nth (n = -1: the last) weekday (0 = Sunday) of a month. */
function nthWeekdayIn(year: number, month: number, weekday: number, n: number): string {
  if (n < 0) {
    const last = ymd(year, month + 1, 0);
    const back = (new Date(`${last}T00:00:00Z`).getUTCDay() - weekday + 7) % 7;
    return ymd(year, month + 1, -back);
  }
  const ahead = (weekday - new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 7) % 7;
  return ymd(year, month, 1 + ahead + (n - 1) * 7);
}

/** The nth weekday of this month, or of next month once this month's has passed. */
function nthWeekdayAhead(today: string, weekday: number, n: number): string {
  const { year, month } = parts(today);
  const thisMonth = nthWeekdayIn(year, month, weekday, n);
  return thisMonth >= today ? thisMonth : nthWeekdayIn(month === 12 ? year + 1 : year, (month % 12) + 1, weekday, n);
}

/** The nth weekday of next month. */
function nthWeekdayNextMonth(today: string, weekday: number, n: number): string {
  const { year, month } = parts(today);
  return nthWeekdayIn(month === 12 ? year + 1 : year, (month % 12) + 1, weekday, n);
}

/** The last day of a month that is Monday to Friday. */
function lastWeekdayOf(last: string): string {
  const weekday = new Date(`${last}T00:00:00Z`).getUTCDay();
  return plus(last, weekday === SAT ? -1 : weekday === SUN ? -2 : 0);
}

/** This month's last working day, or next month's once it has passed. */
function lastWorkingDay(today: string): string {
  const thisMonth = lastWeekdayOf(lastOfMonth(today));
  return thisMonth >= today ? thisMonth : lastWeekdayOf(lastDayMonthsOn(today, 1));
}

check('a weekday with its date: the date decides', [
  { line: 'send the invoice Friday the 6th of November', expected: (t) => monthDay(t, 11, 6), title: TITLE },
  { line: 'send the invoice Fri 6 Nov', expected: (t) => monthDay(t, 11, 6), title: TITLE },
  { line: 'send the invoice Thursday, March 4', expected: (t) => monthDay(t, 3, 4), title: TITLE },
  { line: 'send the invoice Thurs 9th April', expected: (t) => monthDay(t, 4, 9), title: TITLE },
  { line: 'send the invoice on Wednesday, 8 April', expected: (t) => monthDay(t, 4, 8), title: TITLE },
  // A weekday that disagrees with its date (3 April 2026 is a Friday) is the writer's slip.
  { line: 'send the invoice on Tuesday 3rd', expected: (t) => dayOfMonth(t, 3), title: TITLE },
  { line: 'send the invoice weds 9th', expected: (t) => dayOfMonth(t, 9), title: TITLE },
  { line: 'send the invoice Weds 8/4', timezone: 'Europe/London', expected: (t) => monthDay(t, 4, 8), title: TITLE },
  { line: 'send the invoice weds 4/8', timezone: 'America/Chicago', expected: (t) => monthDay(t, 4, 8), title: TITLE },
  { line: 'send the invoice Sat 6th November 2027', expected: () => '2027-11-06', title: TITLE },
  { line: 'send the invoice April the 2nd', expected: (t) => monthDay(t, 4, 2), title: TITLE },
  // A shortened weekday's dot neither ends the sentence nor parts it from its date.
  { line: 'send the invoice Thurs. 4/2', timezone: 'America/New_York', expected: (t) => monthDay(t, 4, 2), title: TITLE },
  { line: 'send the invoice Tues., March 31', timezone: 'America/New_York', expected: (t) => monthDay(t, 3, 31), title: TITLE },
  { line: 'send the invoice Fri. 3 April', expected: (t) => monthDay(t, 4, 3), title: TITLE },
  { line: 'send the invoice by Sat. Then relax.', expected: (t) => coming(t, SAT), title: TITLE },
  { line: 'send the invoice by Sat. 3 parcels to post too.', expected: (t) => coming(t, SAT), title: TITLE },
  // Near misses: a weekday alone, or with an hour, stays the coming one.
  { line: 'send the invoice weds 3pm', expected: (t) => coming(t, WED), title: TITLE },
  { line: 'send the invoice tues thurs', expected: (t) => coming(t, TUE) },
]);

check('a weekday naming which thing, not when', [
  { line: 'book Saturday lessons', expected: () => null, title: 'Book Saturday lessons' },
  { line: 'book Friday drinks', expected: () => null, title: 'Book Friday drinks' },
  { line: 'plan Sunday lunch', expected: () => null, title: 'Plan Sunday lunch' },
  { line: 'print the Monday meeting notes', expected: () => null, title: 'Print the Monday meeting notes' },
  { line: 'do the Sunday roast shopping', expected: () => null, title: 'Do the Sunday roast shopping' },
  { line: 'make the Friday drinks list', expected: () => null, title: 'Make the Friday drinks list' },
  // Another word may still date it.
  { line: 'book Saturday lessons for next week', expected: mondayNextWeek, title: 'Book Saturday lessons' },
  // Near misses: the day after the verb's object, alone, or with words that place it is a date.
  { line: 'book the dentist Saturday', expected: (t) => coming(t, SAT), title: 'Book the dentist' },
  { line: 'plan Sunday', expected: (t) => coming(t, SUN) },
  { line: 'send the invoice Friday morning', expected: (t) => coming(t, FRI), title: TITLE },
  { line: 'pay Friday pls', expected: (t) => coming(t, FRI) },
  { line: 'renew Friday online', expected: (t) => coming(t, FRI) },
  { line: 'go Saturday with Jo', expected: (t) => coming(t, SAT), title: 'Go with Jo' },
  { line: 'leave Friday straight after work', expected: (t) => coming(t, FRI), title: 'Leave straight after work' },
  { line: 'mow Saturday weather permitting', expected: (t) => coming(t, SAT) },
  // After the verb and "the" the day is the object: the shift to cover, not when to ask (after a
  // noun, "send the invoice the Friday after next" is when: see below).
  { line: 'ask Priya if she can cover the Saturday after next', expected: () => null },
  { line: 'swap the Friday with Sam', expected: () => null, title: 'Swap the Friday with Sam' },
]);

check('weeks and fortnights counted from a day', [
  { line: 'send the invoice Monday week', expected: (t) => plus(coming(t, MON), 7), title: TITLE },
  { line: 'send the invoice a week on Tuesday', expected: (t) => plus(coming(t, TUE), 7), title: TITLE },
  { line: 'send the invoice Tuesday fortnight', expected: (t) => plus(coming(t, TUE), 14), title: TITLE },
  { line: 'send the invoice a fortnight on Friday', expected: (t) => plus(coming(t, FRI), 14), title: TITLE },
  { line: 'send the invoice tomorrow week', expected: (t) => plus(t, 8), title: TITLE },
  { line: 'send the invoice a week tomorrow', expected: (t) => plus(t, 8), title: TITLE },
  { line: 'send the invoice a fortnight today', expected: (t) => plus(t, 14), title: TITLE },
  { line: 'send the invoice a week Friday', expected: (t) => plus(coming(t, FRI), 7), title: TITLE },
  { line: 'send the invoice two weeks on Monday', expected: (t) => plus(coming(t, MON), 14), title: TITLE },
  { line: 'send the invoice 3 weeks on Thursday', expected: (t) => plus(coming(t, THU), 21), title: TITLE },
  { line: 'send the invoice the Friday after next', expected: (t) => plus(inNextWeek(t, FRI), 7), title: TITLE },
  { line: 'send the invoice a week come Friday', expected: (t) => plus(coming(t, FRI), 7), title: TITLE },
  { line: 'send the invoice Sat week', expected: (t) => plus(coming(t, SAT), 7), title: TITLE },
  { line: 'send the invoice the weekend after next', expected: (t) => plus(inNextWeek(t, SAT), 7), title: TITLE },
  { line: 'send the invoice this time next week', expected: (t) => plus(t, 7), title: TITLE },
  { line: 'send the invoice this time tomorrow', expected: (t) => plus(t, 1), title: TITLE },
  // Silent: a month on is the same day of the month, or the month's last day when it is shorter.
  { line: 'send the invoice this time next month', expected: (t) => monthsLater(t, 1), title: TITLE },
]);

check('a weekday with next or coming after it, or a part of the day', [
  { line: 'send the invoice Thurs next week', expected: (t) => inNextWeek(t, THU), title: TITLE },
  { line: 'send the invoice Weds next week', expected: (t) => inNextWeek(t, WED), title: TITLE },
  // Silent: "Friday next" is "next Friday", that day of next week.
  { line: 'send the invoice Friday next', expected: (t) => inNextWeek(t, FRI), title: TITLE },
  { line: 'send the invoice Friday coming', expected: (t) => coming(t, FRI), title: TITLE },
  { line: 'send the invoice fri arvo', expected: (t) => coming(t, FRI), title: TITLE },
  { line: 'send the invoice tomorrow arvo', expected: (t) => plus(t, 1), title: TITLE },
  { line: 'send the invoice sat am', expected: (t) => coming(t, SAT), title: TITLE },
  // Near miss: "next to" places a thing.
  { line: 'put the bins next to the gate Friday', expected: (t) => coming(t, FRI), title: 'Put the bins next to the gate' },
]);

check('the end of the working day', [
  { line: 'send the invoice end of play Thursday', expected: (t) => coming(t, THU), title: TITLE },
  { line: 'send the invoice close of play Friday', expected: (t) => coming(t, FRI), title: TITLE },
  { line: 'send the invoice EOP Thursday', expected: (t) => coming(t, THU), title: TITLE },
  { line: 'send the invoice by close of play', expected: (t) => t, title: TITLE },
  { line: 'send the invoice Friday EOD', expected: (t) => coming(t, FRI), title: TITLE },
]);

check('a week named by its first day', [
  // Silent: the day named is the due date (a week commencing names its Monday).
  { line: 'send the invoice w/c 14th', expected: (t) => dayOfMonth(t, 14), title: TITLE },
  { line: 'send the invoice the week of the 14th', expected: (t) => dayOfMonth(t, 14), title: TITLE },
  { line: 'send the invoice week commencing 2 March', expected: (t) => monthDay(t, 3, 2), title: TITLE },
  { line: 'send the invoice week beginning 6 April', expected: (t) => monthDay(t, 4, 6), title: TITLE },
  { line: 'send the invoice w/b 6 April', expected: (t) => monthDay(t, 4, 6), title: TITLE },
]);

check('parts of months and weeks', [
  { line: 'send the invoice mid-March', expected: (t) => monthDay(t, 3, 15), title: TITLE },
  { line: 'send the invoice mid Sept', expected: (t) => monthDay(t, 9, 15), title: TITLE },
  // Silent: early in a month is its 1st (as "early next month" is), late in it its last day (as its end is).
  { line: 'send the invoice early April', expected: (t) => monthDay(t, 4, 1), title: TITLE },
  { line: 'send the invoice late June', expected: (t) => endOfNamedMonth(t, 6), title: TITLE },
  { line: 'send the invoice late Feb', expected: (t) => endOfNamedMonth(t, 2), title: TITLE },
  { line: 'send the invoice start of April', expected: (t) => monthDay(t, 4, 1), title: TITLE },
  { line: 'send the invoice by the beginning of May', expected: (t) => monthDay(t, 5, 1), title: TITLE },
  { line: 'send the invoice towards the end of the month', expected: lastOfMonth, title: TITLE },
  { line: 'send the invoice towards the end of next week', expected: (t) => inNextWeek(t, FRI), title: TITLE },
  { line: 'send the invoice before month end', expected: lastOfMonth, title: TITLE },
  { line: 'send the invoice by month-end', expected: lastOfMonth, title: TITLE },
  { line: 'send the invoice by year end', expected: (t) => `${t.slice(0, 4)}-12-31`, title: TITLE },
  // Silent: a quarter is the calendar's (Q1 ends on 31 March), this year's or, once past, next year's.
  { line: 'send the invoice by end of Q1', expected: (t) => endOfNamedMonth(t, 3), title: TITLE },
  // Near miss: the month-end close is a process, not a day.
  { line: 'do the month-end close', expected: () => null, title: 'Do the month-end close' },
  { line: 'send the invoice early next month', expected: firstOfNextMonth, title: TITLE },
  { line: 'send the invoice late next month', expected: (t) => lastDayMonthsOn(t, 1), title: TITLE },
  { line: 'send the invoice later this month', expected: lastOfMonth, title: TITLE },
  { line: 'send the invoice mid-month', expected: (t) => dayOfMonth(t, 15), title: TITLE },
  { line: 'send the invoice by the middle of the month', expected: (t) => dayOfMonth(t, 15), title: TITLE },
  { line: 'send the invoice by the middle of next month', expected: (t) => plus(firstOfNextMonth(t), 14), title: TITLE },
  { line: 'send the invoice in the middle of next week', expected: (t) => inNextWeek(t, WED), title: TITLE },
  // Silent: the middle of a week is its Wednesday, its late part its Friday (as its end is).
  { line: 'send the invoice midweek', expected: (t) => coming(t, WED), title: TITLE },
  { line: 'send the invoice mid next week', expected: (t) => inNextWeek(t, WED), title: TITLE },
  { line: 'send the invoice late next week', expected: (t) => inNextWeek(t, FRI), title: TITLE },
  // Near misses: a month named with a day, and "late" about a person, stay as they were.
  { line: 'send the invoice late, by 3 June', expected: (t) => monthDay(t, 6, 3) },
  { line: 'send the invoice 15 June', expected: (t) => monthDay(t, 6, 15), title: TITLE },
]);

check('days counted within a month', [
  { line: 'send the invoice the 1st of next month', expected: firstOfNextMonth, title: TITLE },
  { line: 'send the invoice the 15th of next month', expected: (t) => plus(firstOfNextMonth(t), 14), title: TITLE },
  { line: 'send the invoice by the first of the month', expected: (t) => dayOfMonth(t, 1), title: TITLE },
  { line: 'send the invoice on the 5th next month', expected: (t) => plus(firstOfNextMonth(t), 4), title: TITLE },
  { line: 'send the invoice next month on the 5th', expected: (t) => plus(firstOfNextMonth(t), 4), title: TITLE },
  { line: 'send the invoice the last Friday of the month', expected: (t) => nthWeekdayAhead(t, FRI, -1), title: TITLE },
  { line: 'send the invoice the first Monday of next month', expected: (t) => nthWeekdayNextMonth(t, MON, 1), title: TITLE },
  {
    line: 'send the invoice the second Tuesday in May',
    expected: (t) => {
      const thisYear = nthWeekdayIn(parts(t).year, 5, TUE, 2);
      return thisYear >= t ? thisYear : nthWeekdayIn(parts(t).year + 1, 5, TUE, 2);
    },
    title: TITLE,
  },
  { line: 'send the invoice the last working day of the month', expected: lastWorkingDay, title: TITLE },
  // Silent: the nth week of a month starts on its day 7n - 6.
  { line: 'send the invoice the second week of January', expected: (t) => monthDay(t, 1, 8), title: TITLE },
  { line: 'send the invoice the first week of May', expected: (t) => monthDay(t, 5, 1), title: TITLE },
  // Near miss: the last day of the month was read before.
  { line: 'send the invoice the last day of the month', expected: lastOfMonth, title: TITLE },
]);

check('spans counted from today', [
  { line: 'send the invoice overmorrow', expected: (t) => plus(t, 2), title: TITLE },
  { line: 'send the invoice in a couple of weeks', expected: (t) => plus(t, 14), title: TITLE },
  { line: 'send the invoice three days from today', expected: (t) => plus(t, 3), title: TITLE },
  { line: 'send the invoice two weeks from now', expected: (t) => plus(t, 14), title: TITLE },
  { line: "send the invoice in a month's time", expected: (t) => monthsLater(t, 1), title: TITLE },
  { line: 'send the invoice in a month', expected: (t) => monthsLater(t, 1), title: TITLE },
  { line: 'send the invoice within two months', expected: (t) => monthsLater(t, 2), title: TITLE },
  // Silent: "a week or two" is due by the later count; "the next few days" by their end (a few is three, a couple two).
  { line: 'send the invoice in a week or two', expected: (t) => plus(t, 14), title: TITLE },
  { line: 'send the invoice within a day or two', expected: (t) => plus(t, 2), title: TITLE },
  { line: 'send the invoice in 2 or 3 days', expected: (t) => plus(t, 3), title: TITLE },
  { line: 'send the invoice in the next few days', expected: (t) => plus(t, 3), title: TITLE },
  { line: 'send the invoice over the next couple of days', expected: (t) => plus(t, 2), title: TITLE },
  { line: 'send the invoice within the next week', expected: (t) => plus(t, 7), title: TITLE },
  // Silent: this month, like this week, is due by its end.
  { line: 'send the invoice sometime this month', expected: lastOfMonth, title: TITLE },
  { line: 'send the invoice some time next month', expected: firstOfNextMonth, title: TITLE },
  { line: 'send the invoice any day this week', expected: fridayThisWeek, title: TITLE },
  // Near misses: "for this month" names which month's pay; a bare "this month" says when something happens.
  { line: 'pay the childminder for this month', expected: () => null, title: 'Pay the childminder for this month' },
  { line: 'rewrite the cue sheet, the director changed it for the third time this month', expected: () => null },
]);

check('deadlines said as nouns', [
  { line: 'send the invoice, cutoff 7/8', timezone: 'Europe/London', expected: (t) => monthDay(t, 8, 7), title: TITLE },
  { line: 'send the invoice, cutoff 7/8', timezone: 'America/New_York', expected: (t) => monthDay(t, 7, 8), title: TITLE },
  { line: 'send the invoice, cut-off Friday', expected: (t) => coming(t, FRI), title: TITLE },
  { line: 'send the invoice, deadline: 12th', expected: (t) => dayOfMonth(t, 12), title: TITLE },
  { line: 'send the invoice (deadline 14th)', expected: (t) => dayOfMonth(t, 14), title: TITLE },
  { line: 'send the invoice due 3/4', timezone: 'Europe/London', expected: (t) => monthDay(t, 4, 3), title: TITLE },
  { line: 'send the invoice due 3/4', timezone: 'Asia/Kolkata', expected: (t) => monthDay(t, 4, 3), title: TITLE },
  { line: 'send the invoice due 3/4', timezone: 'Australia/Perth', expected: (t) => monthDay(t, 4, 3), title: TITLE },
  { line: 'send the invoice due 3/4', timezone: 'America/Los_Angeles', expected: (t) => monthDay(t, 3, 4), title: TITLE },
  { line: 'send the invoice NLT Friday', expected: (t) => coming(t, FRI), title: TITLE },
  { line: 'send the invoice, closing date 12 May', expected: (t) => monthDay(t, 5, 12), title: TITLE },
  { line: 'send the invoice 1st thing tmrw', expected: (t) => plus(t, 1), title: TITLE },
  { line: 'send the invoice by the 31st', expected: (t) => dayOfMonth(t, 31), title: TITLE },
  // Near misses: a floor and a place are no days.
  { line: 'book the room, floor: 3rd floor', expected: () => null },
  { line: 'send the invoice for the 3rd floor', expected: () => null },
]);

check('a bare hour something is due by: today, or the day said beside it', [
  { line: 'pick up the pies from the bakery by 5', expected: (t) => t, title: 'Pick up the pies from the bakery' },
  { line: 'get new notes from the bank before 3', expected: (t) => t, title: 'Get new notes from the bank' },
  { line: 'pick up the pies from the bakery by 5 on Friday', expected: (t) => coming(t, FRI) },
  { line: 'renew the permit b4 12, then ring the office', expected: (t) => t },
  // An amount, not an hour: the figure something moves by.
  { line: 'cut the marketing budget by 5', expected: () => null },
  { line: 'we are down by 2 so chase the new leads', expected: () => null },
  // A date written with dots is a date.
  { line: 'renew the Bahncard by 9.9.', expected: (t) => monthDay(t, 9, 9) },
]);

check('days counted on from a day', [
  // From a day and month with no year: the one just gone when it is most of a year away.
  { line: 'return the parcel 28 days from 7/10', expected: (t) => plus(monthDay(t, 10, 7) > plus(t, 330) ? `${Number(t.slice(0, 4))}-10-07` : monthDay(t, 10, 7), 28), timezone: 'Europe/London', title: 'Return the parcel' },
  { line: 'renew the permit a week from Friday', expected: (t) => plus(coming(t, FRI), 7), title: 'Renew the permit' },
  // "the day from" counts nothing.
  { line: 'send the invoice the day from hell', expected: () => null },
]);


check("a texter's @ before an hour", [
  { line: 'send the invoice @ 4', expected: (t) => t, title: TITLE },
  { line: 'send the invoice @4 on Friday', expected: (t) => coming(t, FRI), title: TITLE },
  // A count or a handle, not an hour.
  { line: 'send the invoice @4 people', expected: () => null },
  { line: 'send the invoice to @sam', expected: () => null },
]);

check('a weekday after "her" when "her" is who is reached', [
  { line: "call her Sunday when she's back", expected: (t) => coming(t, SUN), title: 'Call her' },
  { line: 'ask her Friday about the rota', expected: (t) => coming(t, FRI), title: 'Ask her about the rota' },
  // Whose shift: the day names which one.
  { line: 'cover her Sunday shift', expected: () => null, title: 'Cover her Sunday shift' },
]);
