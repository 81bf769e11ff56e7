import { StringDecoder } from 'node:string_decoder';

/** One server-sent event: its `event:` name (null when it had none) and its `data:` lines joined by \n. */
export interface SseEvent {
  event: string | null;
  data: string;
}

/**
 * Decodes a text/event-stream body synchronously, one network chunk at a time, the way both SDKs'
 * decoders do (so that reading the body ourselves changes nothing a caller sees): UTF-8 that a chunk
 * boundary splits is completed by the next chunk; lines end at \n, \r\n or \r; `:` lines are
 * comments; `data:` lines accumulate; a blank line dispatches the event when it has a name or data;
 * fields other than `event` and `data` are ignored. There is no end-of-body step: an event is complete
 * only at its blank line, and one the body ends before is dropped, as the SDKs drop it.
 */
export class SseDecoder {
  // Completes characters split across chunks like TextDecoder with `stream`, at a quarter of its cost.
  readonly #utf8 = new StringDecoder('utf8');
  /** The start of a line whose end has not arrived yet. */
  #partial = '';
  /** The last chunk ended in \r: a \n first in the next one belongs to that line end. */
  #afterCarriageReturn = false;
  #event: string | null = null;
  #data: string[] = [];

  /** The events that `bytes` completes, in order. */
  push(bytes: Uint8Array): SseEvent[] {
    const text = this.#utf8.write(bytes);
    const events: SseEvent[] = [];
    // Only part of a character: nothing to split, and a pending \r must stay pending.
    if (text === '') return events;
    let start = 0;
    if (this.#afterCarriageReturn && text.charCodeAt(0) === 0x0a) start = 1;
    this.#afterCarriageReturn = false;
    // Line ends are found with indexOf (native) rather than a loop over every character; \r is rare.
    let carriageReturn = text.indexOf('\r', start);
    while (start < text.length) {
      const lineFeed = text.indexOf('\n', start);
      if (carriageReturn !== -1 && carriageReturn < start) carriageReturn = text.indexOf('\r', start);
      let end = lineFeed;
      if (carriageReturn !== -1 && (lineFeed === -1 || carriageReturn < lineFeed)) end = carriageReturn;
      if (end === -1) break;
      const piece = text.slice(start, end);
      this.#line(this.#partial === '' ? piece : this.#partial + piece, events);
      this.#partial = '';
      start = end + 1;
      if (end === carriageReturn) {
        if (start === text.length) this.#afterCarriageReturn = true;
        else if (end + 1 === lineFeed) start += 1;
      }
    }
    if (start < text.length) this.#partial += text.slice(start);
    return events;
  }

  #line(line: string, events: SseEvent[]): void {
    if (line === '') {
      if (this.#event === null && this.#data.length === 0) return;
      events.push({ event: this.#event, data: this.#data.join('\n') });
      this.#event = null;
      this.#data = [];
      return;
    }
    if (line.charCodeAt(0) === 0x3a) return;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.charCodeAt(0) === 0x20) value = value.slice(1);
    if (field === 'data') this.#data.push(value);
    else if (field === 'event') this.#event = value;
  }
}
