// Converts between <input type="datetime-local"> values ('YYYY-MM-DDTHH:MM', wall-clock time
// in the user's time zone) and instants.

const partsFormat = (timeZone: string) =>
  new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });

function wallClockMs(instant: Date, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of partsFormat(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return Date.UTC(
    parts.year as number,
    (parts.month as number) - 1,
    parts.day as number,
    parts.hour as number,
    parts.minute as number,
    parts.second as number,
  );
}

/** 'YYYY-MM-DDTHH:MM' as the wall clock in timeZone shows the instant. */
export function toLocalInput(instant: Date, timeZone: string): string {
  return new Date(wallClockMs(instant, timeZone)).toISOString().slice(0, 16);
}

/**
 * The instant at which timeZone's wall clock reads `local` ('YYYY-MM-DDTHH:MM'), or null when
 * the text is not such a value. In a skipped hour (spring forward) it lands an hour later.
 */
export function fromLocalInput(local: string, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return null;
  const [, year, month, day, hour, minute] = match.map(Number) as number[];
  const wanted = Date.UTC(year as number, (month as number) - 1, day as number, hour as number, minute as number);
  if (Number.isNaN(wanted) || new Date(wanted).toISOString().slice(0, 16) !== local) return null;
  // Two passes settle the offset, including across a DST change between guess and answer.
  let instant = wanted;
  for (let pass = 0; pass < 2; pass += 1) instant += wanted - wallClockMs(new Date(instant), timeZone);
  return new Date(instant);
}
