/**
 * Which half of the day a clock time without am/pm is in, told by what it times: "dinner Saturday
 * 7:30" is in the evening, "breakfast with Gran 8:30" in the morning.
 */

/** Things done in the evening: a time of theirs from 1 to 11 is pm. */
const EVENING_THING =
  /\b(?:dinners?|supper|drinks|pints?|pub|party|parties|gig|concert|theat(?:re|er)|cinema|movie|night|nightcap|quiz|karaoke|disco|prom)\b/i;
/** Things done in the morning: a time of theirs from 1 to 11 is am. */
const MORNING_THING = /\b(?:breakfast|brunch|school run|school drop[\s-]?off|commute|alarm|wake[\s-]?up|morning)\b/i;

/**
 * The hour on a 24-hour clock that `hour` (0–12, said without am/pm) means for the thing `text`
 * names; with no such cue, 1 to 6 is pm when `bareIsAfternoon` ("at 5" on a to-do list).
 */
export function clockHour(hour: number, text: string, bareIsAfternoon: boolean): number {
  if (hour < 1 || hour > 11) return hour;
  if (MORNING_THING.test(text)) return hour;
  if (EVENING_THING.test(text)) return hour + 12;
  return bareIsAfternoon && hour <= 6 ? hour + 12 : hour;
}
