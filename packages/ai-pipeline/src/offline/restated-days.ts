import { hasDatePhrase, isDatePhrase } from './dates.ts';

/**
 * "pay the supplier, end of the month = today!", "fine mese (cioè oggi!)", "eind van de maand
 * (d.w.z. vandaag)": a day said again in other words, after an equals sign or "that is" in a few
 * languages. The first saying dates the task; the second is no clause of its own and no remark.
 */
const RESTATED_DAY =
  /\s*(?:\(\s*(?:=|i\.\s?e\.|that is|cioè|ossia|d\.\s?h\.|das heißt|c\.-à-d\.|c'est-à-dire|d\.w\.z\.|dus|oftewel|es decir|o sea|ou seja)\s*,?\s*([^()]+?)[\s!.]*\)|\s=\s*([^=()]+?)[\s!.]*)$/i;
/** The signs the pattern needs, one of which most lines lack. */
const MAY_RESTATE = /[=(]/;

/** The line without a day it says twice over, when the words before already name a day. */
export function withoutRestatedDay(line: string): string {
  if (!MAY_RESTATE.test(line)) return line;
  const restated = RESTATED_DAY.exec(line);
  if (!restated) return line;
  const before = line.slice(0, restated.index);
  return isDatePhrase(restated[1] ?? restated[2] ?? '') && hasDatePhrase(before) ? before : line;
}
