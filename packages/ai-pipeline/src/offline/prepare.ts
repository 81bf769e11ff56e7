import { prepareDateReaders } from './dates.ts';
import { loadSpellingWordLists } from './spelling.ts';

/**
 * Does now what the offline parser would otherwise do in the first dumps it reads: loads the
 * word lists (about 400 ms) and compiles chrono's patterns for every language it reads. A server
 * that drafts offline calls this at start, so no request waits for it.
 */
export function prepareOfflineParser(): void {
  loadSpellingWordLists();
  prepareDateReaders();
}
