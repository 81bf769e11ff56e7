/**
 * The id Ordo gives the Google event of a task or of one of its blocks. Deterministic, so a push
 * retried after Google created the event (but before the link was stored) asks for the same id
 * and gets 409 instead of making a second event. Google takes client ids in base32hex (0-9, a-v),
 * 5 to 1024 characters: a uuid's hex digits are all in that alphabet.
 */
export function taskEventId(taskId: string, blockId: string | null): string {
  return blockId === null ? `ordot${hex(taskId)}` : `ordob${hex(blockId)}`;
}

function hex(uuid: string): string {
  return uuid.replaceAll('-', '').toLowerCase();
}
