/**
 * A retrospective's or self-review's sections say how things went: "KEEP / STOP / START", "What went
 * well / What didn't", "Kudos". Their items are observations ("demo Fridays 🎉", "standups running 25
 * mins"), not things to do; the action items and goals beside them are. Where a dump has two such
 * headings or more, each with the list items straight under it is left out before the dump is read.
 */
const RETRO_HEADING =
  /^\s*(?:#{1,6}\s*)?(?:(?:keep|stop|start|continue)(?:\s+doing)?|more of|less of|(?:what\s+)?went\s+(?:well|badly|wrong)|(?:what\s+)?(?:didn['’]?t|did not)(?:\s+go\s+(?:well|so well))?|(?:what\s+)?(?:could\s+(?:be|have\s+gone)\s+better|to\s+improve|needs?\s+improvement)|kudos|shout-?outs?|highlights|lowlights|lessons\s+(?:learned|learnt))\s*[:\-–—]?\s*$/i;
const LIST_ITEM = /^\s*(?:[-*•◦▪+]|\d{1,3}[.)])\s+\S/;
/** Two sections make a retrospective; one "Keep" or "Highlights" heading may head a list of things to do. */
const RETRO_HEADINGS_MIN = 2;

/** The dump without its retrospective sections; any other dump as it was. */
export function withRetroSectionsLeft(dump: string): string {
  const lines = dump.split('\n');
  if (lines.filter((line) => RETRO_HEADING.test(line)).length < RETRO_HEADINGS_MIN) return dump;
  const kept: string[] = [];
  let inSection = false;
  for (const line of lines) {
    if (RETRO_HEADING.test(line)) {
      inSection = true;
      continue;
    }
    if (inSection && LIST_ITEM.test(line)) continue;
    inSection = false;
    kept.push(line);
  }
  return kept.join('\n');
}
