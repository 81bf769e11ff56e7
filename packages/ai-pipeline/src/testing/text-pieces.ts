/**
 * Cuts a reply into stream pieces of about one token each (four characters, the usual English
 * average), so a fake provider can stream it as a model would: `{ type: 'stream', text: textPieces(reply) }`.
 */
export function textPieces(text: string, charactersPerPiece = 4): string[] {
  if (!Number.isInteger(charactersPerPiece) || charactersPerPiece < 1) {
    throw new RangeError(`charactersPerPiece must be a positive integer, got ${charactersPerPiece}`);
  }
  const pieces: string[] = [];
  for (let start = 0; start < text.length; start += charactersPerPiece) {
    pieces.push(text.slice(start, start + charactersPerPiece));
  }
  return pieces;
}
