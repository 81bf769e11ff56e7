/**
 * The English months and weekdays written out in full. The date readers know every way of writing
 * them; these serve the patterns that only need to tell a date's words from a name or a topic.
 */
export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** "january|february|…", for a regular expression's alternation. */
export const MONTH_NAMES = MONTHS.join('|');
/** "monday|tuesday|…", for a regular expression's alternation. */
export const WEEKDAY_NAMES = WEEKDAYS.join('|');
