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

describe('a promise the writer made', () => {
  it.each([
    ["Oh, and I promised Omar I'd review his cover letter on Friday.", ["Review Omar's cover letter → 2026-12-04"]],
    ["Work is calm, and I told Ines I'd return her casserole dish.", ["Return Ines's casserole dish → none"]],
    ['The hall is a mess and I promised to finally clear out the shed this weekend.', ['Clear out the shed → 2026-12-05']],
    ["I also promised my manager I'd finish the onboarding deck.", ['Finish the onboarding deck → none']],
    ["I said I'd get the certified copy and help with the cover letter this weekend.", ['Get the certified copy → none', 'Help with the cover letter → 2026-12-05']],
    ["We said we'd bring the folding chairs.", ['Bring the folding chairs → none']],
  ])('is a task, its pronouns naming who it was made to: "%s"', (dump, expected) => {
    expect(dated(dump)).toEqual(expected);
  });

  it.each([
    ["And I promised Gran I'd visit this weekend.", ['Visit Gran → 2026-12-05']],
    ["I told Marco I'd call tomorrow.", ['Call Marco → 2026-12-03']],
  ])('takes who it was made to as the object of a verb left without one: "%s"', (dump, expected) => {
    expect(dated(dump)).toEqual(expected);
  });

  it.each([
    ['I promised myself a quiet weekend.', []],
    ["I said I'd think about it.", []],
  ])('is no task when nothing to do follows it: "%s"', (dump, expected) => {
    expect(dated(dump)).toEqual(expected);
  });
});
