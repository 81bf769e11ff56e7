import type { ReplyDecoder } from '../providers/reply-stream.ts';

/** What `decoder` made of `chunks`, read in order: their text joined, the last usage reported, and whether the reply said it was finished. */
export function decodeReply(decoder: ReplyDecoder, chunks: readonly Uint8Array[]) {
  const read = chunks.map((chunk) => decoder.read(chunk));
  return { text: read.map((chunk) => chunk.text).join(''), usage: read.findLast((chunk) => chunk.usage)?.usage, complete: decoder.complete };
}
