import { describe, expect, it } from 'vitest';
import { contextOf } from './eval/score.ts';
import { evalSets } from './eval/sets.ts';
import { parseDump } from './parse-dump.ts';

// The parser validates every operation it emits, so a rule that produces an impossible value (a
// project name longer than the schema allows, an empty title) throws and fails the whole draft.
// Reshaped copies of every development dump reach rule paths the dumps alone do not.
const dumps = evalSets.filter((set) => !set.heldOut).flatMap((set) => set.cases);

const reshapings: [string, (text: string) => string][] = [
  ['all on one line', (text) => text.replace(/\s*\n\s*/g, ' ')],
  ['its lines as one numbered list on one line', (text) => text.split('\n').map((line, index) => `${index + 1}) ${line}`).join(' ')],
  ['after a long prose lead-in on the same line', (text) => `${text.replace(/\s*\n\s*/g, ' ')} could you please (1) sort the post (2) ring the bank`],
  ['written twice', (text) => `${text}\n${text}`],
];

describe('the offline parser on reshaped dumps', () => {
  // Each reshaping parses every development dump: its time (the timeout below) grows with the sets.
  it.each(reshapings)('drafts every development dump %s without failing', (_, reshape) => {
    const failures: string[] = [];
    for (const dump of dumps) {
      try {
        parseDump(reshape(dump.text), contextOf(dump));
      } catch (error) {
        failures.push(`${dump.name}: ${String(error).slice(0, 200)}`);
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
