import { describe, expect, it } from 'vitest';
import { type SseEvent, SseDecoder } from './sse-decoder.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

function decodeAll(chunks: Uint8Array[]): SseEvent[] {
  const decoder = new SseDecoder();
  return chunks.flatMap((chunk) => decoder.push(chunk));
}

// Every line ending, comments, a named event, multi-line data, fields that are ignored, a field
// without a colon, and characters of two, three and four bytes.
const SAMPLE = [
  ': a comment first\n',
  'data: {"a":1}\n\n',
  'event: content_block_delta\r\n',
  'data: café 😀\r\n\r\n',
  'id: 7\rretry: 10\rdata:no space\rdata:  two spaces\r\r',
  'data\n\n',
  '\n\n',
  'event: ping\n\n',
  'data: €\n\n',
].join('');

const EXPECTED: SseEvent[] = [
  { event: null, data: '{"a":1}' },
  { event: 'content_block_delta', data: 'café 😀' },
  { event: null, data: 'no space\n two spaces' },
  { event: null, data: '' },
  { event: 'ping', data: '' },
  { event: null, data: '€' },
];

describe('SseDecoder', () => {
  it('decodes events with \\n, \\r\\n and \\r line ends, comments, names and multi-line data', () => {
    expect(decodeAll([bytes(SAMPLE)])).toEqual(EXPECTED);
  });

  it('gives the same events however the stream is cut in two, at every byte', () => {
    const whole = bytes(SAMPLE);
    for (let cut = 0; cut <= whole.length; cut++) {
      expect(decodeAll([whole.subarray(0, cut), whole.subarray(cut)]), `cut at byte ${cut}`).toEqual(EXPECTED);
    }
  });

  it('gives the same events when the stream arrives a byte at a time', () => {
    const whole = bytes(SAMPLE);
    const single = Array.from({ length: whole.length }, (_, index) => whole.subarray(index, index + 1));
    expect(decodeAll(single)).toEqual(EXPECTED);
  });

  it('returns each event from the chunk that completes it', () => {
    const decoder = new SseDecoder();
    expect(decoder.push(bytes('data: one\n'))).toEqual([]);
    expect(decoder.push(bytes('\ndata: two\n\ndata: th'))).toEqual([
      { event: null, data: 'one' },
      { event: null, data: 'two' },
    ]);
    expect(decoder.push(bytes('ree\n\n'))).toEqual([{ event: null, data: 'three' }]);
  });

  it('takes \\r then \\n in the next chunk as one line end, and \\r\\r as a blank line', () => {
    const decoder = new SseDecoder();
    expect(decoder.push(bytes('data: a\r'))).toEqual([]);
    expect(decoder.push(bytes('\ndata: b\r'))).toEqual([]);
    expect(decoder.push(bytes('\r'))).toEqual([{ event: null, data: 'a\nb' }]);
  });

  it('keeps a pending \\r across a read that decodes to no text', () => {
    const decoder = new SseDecoder();
    expect(decoder.push(bytes('data: a\r'))).toEqual([]);
    expect(decoder.push(new Uint8Array(0))).toEqual([]);
    expect(decoder.push(bytes('\ndata: b\n\n'))).toEqual([{ event: null, data: 'a\nb' }]);
  });

  it('drops an event the stream ends before its blank line', () => {
    expect(decodeAll([bytes('data: complete\n\ndata: cut short\n')])).toEqual([{ event: null, data: 'complete' }]);
  });
});
