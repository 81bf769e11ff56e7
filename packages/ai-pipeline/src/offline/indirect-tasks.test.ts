import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { parseDump } from './parse-dump.ts';

// A Wednesday.
const context: DraftContext = { today: '2026-12-02', timezone: 'UTC', projects: [], tasks: [] };

/** Each confident task as "title → due date". */
function dated(dump: string): string[] {
  return parseDump(dump, context).flatMap((operation) =>
    operation.op === 'create_task' && (operation.confidence ?? 1) >= 0.5 ? [`${operation.title} → ${operation.due_date ?? 'none'}`] : [],
  );
}

describe('a thing that has to go somewhere', () => {
  it.each([
    ['The signed lease has to go to Marguerite by Friday.', ['Send the signed lease to Marguerite → 2026-12-04']],
    ['The broken kettle needs to go back to Argos.', ['Send the broken kettle back to Argos → none']],
    ['The old mattress has to go to the tip.', ['Take the old mattress to the tip → none']],
    ['Our recycling must go to the kerb tonight.', ['Take our recycling to the kerb → 2026-12-02']],
  ])('is sent to a person or place named, or taken to a place: "%s"', (dump, expected) => {
    expect(dated(dump)).toEqual(expected);
  });

  it('leaves a person who has to go somewhere as written', () => {
    expect(dated('I have to go to the bank tomorrow.')).toEqual(['Go to the bank → 2026-12-03']);
  });
});
