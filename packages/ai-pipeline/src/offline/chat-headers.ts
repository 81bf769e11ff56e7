/**
 * Slack, Discord and Teams copy a message as a header line, who wrote it and when, over the lines
 * they wrote ("Ines  9:14 AM" over "can you open up tomorrow?"). Written as the one-line chat form
 * the segmenter already reads ("[9:14 AM] Ines: can you open up tomorrow?"), the header is no task,
 * the time is when it was sent, and the speaker's "I'll …" and "me" are theirs, not the reader's.
 */

/** "Ines", "Ines Varga", "Me": one or two capitalised words (the chat form names no more). */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:[ ]\p{Lu}[\p{L}'’.-]*)?`;
/** "9:14 AM", "14:02", "Today at 9:14 AM", "— Yesterday at 18:40": when it was sent. */
const SENT = String.raw`(?:[-–—]\s*)?(?:(?:[Tt]oday|[Yy]esterday)\s+at\s+)?(\d{1,2}[:.]\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?)`;
const HEADER = new RegExp(String.raw`^(${NAME})\s+${SENT}$`, 'u');
const READER = /^(?:me|you)$/i;

interface Header {
  name: string;
  sent: string;
}

function headerOf(line: string): Header | null {
  const found = HEADER.exec(line.trim());
  return found?.[1] && found[2] ? { name: found[1], sent: found[2] } : null;
}

/**
 * True when the header lines are a chat's: each is followed by a line of message, and someone
 * speaks twice or the reader ("Me") speaks. A timetable ("Dentist 9:30 AM", "Physio 2:00 PM") has
 * no message under each time, and names nobody twice.
 */
function isChat(lines: string[], headers: (Header | null)[]): boolean {
  const names = new Set<string>();
  let repeated = false;
  let count = 0;
  for (const [index, header] of headers.entries()) {
    if (!header) continue;
    const next = lines[index + 1]?.trim() ?? '';
    if (next === '' || headers[index + 1]) return false;
    count++;
    if (names.has(header.name) || READER.test(header.name)) repeated = true;
    names.add(header.name);
  }
  return count >= 2 && repeated;
}

/** The dump with each chat header's lines written "[time] Name: message", the header gone; other text as it was. */
export function withChatHeadersInline(dump: string): string {
  const lines = dump.split('\n');
  const headers = lines.map(headerOf);
  if (!isChat(lines, headers)) return dump;
  const out: string[] = [];
  let speaking: Header | null = null;
  for (const [index, line] of lines.entries()) {
    const header = headers[index];
    if (header) {
      speaking = header;
      continue;
    }
    out.push(speaking && line.trim() !== '' ? `[${speaking.sent}] ${speaking.name}: ${line.trim()}` : line);
  }
  return out.join('\n');
}
