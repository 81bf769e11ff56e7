import { wallTimeAt } from '@ordo/shared-types';

/** 'HH:MM' on the person's clock. */
export function clockTime(at: Date, zone: string): string {
  const wall = wallTimeAt(at, zone);
  return `${String(wall.hour).padStart(2, '0')}:${String(wall.minute).padStart(2, '0')}`;
}

/** A duration as a text message says it: '15 min', '2 h', '1 h 30 min' (rounded to the minute). */
export function shortDuration(ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  const hours = Math.floor(minutes / 60);
  if (hours === 0) return `${minutes} min`;
  return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
}

/** notifications.title holds 120 characters (code points): a longer text is cut between graphemes and ends with an ellipsis. */
export const NOTIFICATION_TITLE_MAX = 120;

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

export function notificationTitle(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if ([...line].length <= NOTIFICATION_TITLE_MAX) return line;
  let kept = '';
  let codePoints = 0;
  for (const { segment } of graphemes.segment(line)) {
    const size = [...segment].length;
    if (codePoints + size > NOTIFICATION_TITLE_MAX - 1) break;
    kept += segment;
    codePoints += size;
  }
  return `${kept.trimEnd()}…`;
}
