// The text rules of iCalendar (RFC 5545 §3.1, §3.3): escaped TEXT values, UTC DATE-TIME and DATE
// values, content lines folded at 75 octets, CRLF line ends.

const CRLF = '\r\n';
const LINE_OCTETS = 75;

/** A TEXT value: backslash, semicolon and comma escaped, line breaks as \n (§3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** A DATE-TIME in UTC: 20260309T130000Z (form #2 of §3.3.5). */
export function utcDateTime(instant: Date): string {
  return (
    `${pad(instant.getUTCFullYear(), 4)}${pad(instant.getUTCMonth() + 1)}${pad(instant.getUTCDate())}` +
    `T${pad(instant.getUTCHours())}${pad(instant.getUTCMinutes())}${pad(instant.getUTCSeconds())}Z`
  );
}

/** A DATE: 'YYYY-MM-DD' → 20261210 (§3.3.4). */
export function dateValue(date: string): string {
  return date.replaceAll('-', '');
}

/**
 * One content line folded so no line exceeds 75 octets of UTF-8 (the leading space of a
 * continuation counts), never inside a character (§3.1), each line ending in CRLF.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  let out = '';
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > LINE_OCTETS) {
      out += current + CRLF;
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  return out + current + CRLF;
}
