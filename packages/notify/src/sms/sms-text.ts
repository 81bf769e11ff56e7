/**
 * How long a text message is on the air: GSM-7 (3GPP TS 23.038, default alphabet and its
 * extension table) when every character has a GSM-7 code, else UCS-2. One segment holds 160
 * septets or 70 UCS-2 units; a concatenated message loses 7 septets / 3 units a segment to its
 * header (153 / 67). An extension character is an escape plus a code (two septets) and a
 * character outside the BMP (most emoji) is a surrogate pair (two units): neither may be split
 * across segments, so a message is packed part by part rather than divided.
 */

const GSM7_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM7_EXTENSION = '\f^{}\\[~]|€';

const basic = new Set(GSM7_BASIC);
const extension = new Set(GSM7_EXTENSION);

export type SmsEncoding = 'gsm7' | 'ucs2';

const SINGLE = { gsm7: 160, ucs2: 70 } as const;
const CONCATENATED = { gsm7: 153, ucs2: 67 } as const;

/** At most this many segments for any message Ordo sends. */
export const SMS_MAX_SEGMENTS = 3;

export interface SmsLength {
  encoding: SmsEncoding;
  /** Septets (GSM-7) or UTF-16 code units (UCS-2). */
  units: number;
  /** How many messages the carrier bills; 0 for an empty text. */
  segments: number;
}

/** Septets of one character in GSM-7, or null when GSM-7 cannot carry it. */
function septets(char: string): 1 | 2 | null {
  if (basic.has(char)) return 1;
  if (extension.has(char)) return 2;
  return null;
}

export function smsEncoding(text: string): SmsEncoding {
  for (const char of text) if (septets(char) === null) return 'ucs2';
  return 'gsm7';
}

/** Segments needed for characters of these sizes, packing whole characters into each part. */
function segmentsFor(sizes: readonly number[], encoding: SmsEncoding): number {
  const units = sizes.reduce((sum, size) => sum + size, 0);
  if (units === 0) return 0;
  if (units <= SINGLE[encoding]) return 1;
  let segments = 1;
  let used = 0;
  for (const size of sizes) {
    if (used + size > CONCATENATED[encoding]) {
      segments += 1;
      used = 0;
    }
    used += size;
  }
  return segments;
}

export function smsLength(text: string): SmsLength {
  const encoding = smsEncoding(text);
  const sizes = Array.from(text, (char) => (encoding === 'gsm7' ? (septets(char) as number) : char.length));
  return { encoding, units: sizes.reduce((sum, size) => sum + size, 0), segments: segmentsFor(sizes, encoding) };
}

// Typography that would otherwise switch a whole message to UCS-2 (less than half the room) for
// a character GSM-7 has a plain form of, as carriers' "smart encoding" does.
const PLAIN_FORMS: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u2033': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u2026': '...',
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '\t': ' ',
};

/** The text with typographic quotes, dashes, ellipses and odd spaces in their GSM-7 forms. */
export function plainSmsText(text: string): string {
  return Array.from(text, (char) => PLAIN_FORMS[char] ?? char).join('');
}

export interface SmsParts {
  /** Kept whole, before the title ("Starts 14:30: "). */
  prefix?: string;
  /** Shortened with an ellipsis when the message is too long. */
  title: string;
  /** Kept whole, after the title (" is ready: https://…"). */
  suffix?: string;
}

export interface FitOptions {
  /**
   * A title is shortened to fit one segment only when it keeps at least this many characters
   * (or is no longer than that): a message that says what it is about is worth a second segment.
   */
  minTitle?: number;
}

const DEFAULT_MIN_TITLE = 24;

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/**
 * The message `prefix + title + suffix`, in one segment where it can be, and never in more than
 * three: the title (one line, typography made plain) is cut at a character boundary and given an
 * ellipsis ("..." in GSM-7, "…" in UCS-2) as far as needed. Prefix and suffix are kept whole;
 * when they alone exceed three segments that is the caller's bug, and it throws.
 */
export function fitSms(parts: SmsParts, options: FitOptions = {}): string {
  const prefix = plainSmsText(parts.prefix ?? '');
  const suffix = plainSmsText(parts.suffix ?? '');
  const title = plainSmsText(parts.title).replace(/\s+/g, ' ').trim();
  const whole = prefix + title + suffix;
  const wholeSegments = smsLength(whole).segments;
  if (wholeSegments <= 1) return whole;

  const characters = Array.from(graphemes.segment(title), (part) => part.segment);
  const minTitle = Math.min(options.minTitle ?? DEFAULT_MIN_TITLE, characters.length);
  const oneSegment = longestWithin(prefix, characters, suffix, 1);
  if (oneSegment !== null && oneSegment.kept >= minTitle) return oneSegment.text;
  if (wholeSegments <= SMS_MAX_SEGMENTS) return whole;
  const most = longestWithin(prefix, characters, suffix, SMS_MAX_SEGMENTS);
  if (most === null) throw new RangeError(`an SMS's fixed text alone exceeds ${SMS_MAX_SEGMENTS} segments`);
  return most.text;
}

/**
 * The message with the most title characters (cut, with an ellipsis) that fits `segments`, or null
 * when none does. Fitting only gets easier as characters go (fewer units, or a switch from UCS-2
 * to GSM-7's larger segments), so the longest fit is found by bisection.
 */
function longestWithin(prefix: string, characters: readonly string[], suffix: string, segments: number): { text: string; kept: number } | null {
  const cutTo = (kept: number) => {
    const cut = characters.slice(0, kept).join('').trimEnd();
    return prefix + cut + (smsEncoding(prefix + cut + suffix) === 'gsm7' ? '...' : '…') + suffix;
  };
  const fits = (kept: number) => smsLength(cutTo(kept)).segments <= segments;
  if (!fits(0)) return null;
  let low = 0;
  let high = characters.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(middle)) low = middle;
    else high = middle - 1;
  }
  return { text: cutTo(low), kept: low };
}

/**
 * The text as it is when it fits SMS_MAX_SEGMENTS; else with its typography made plain and, if
 * still too long, cut at a character boundary with an ellipsis to the most that fits. What the
 * send path holds every text to, whatever produced it (the notifications column allows 480
 * characters, four segments and more in UCS-2).
 */
export function capSmsSegments(text: string): string {
  if (smsLength(text).segments <= SMS_MAX_SEGMENTS) return text;
  const plain = plainSmsText(text);
  if (smsLength(plain).segments <= SMS_MAX_SEGMENTS) return plain;
  const characters = Array.from(graphemes.segment(plain), (part) => part.segment);
  // An ellipsis alone always fits: never null.
  return (longestWithin('', characters, '', SMS_MAX_SEGMENTS) as { text: string }).text;
}
