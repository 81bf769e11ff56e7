import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { asGroupedLines, confidentTasks } from '../testing/confident-tasks.ts';
import { parseDump } from './parse-dump.ts';

const context: DraftContext = { today: '2026-05-11', timezone: 'UTC', projects: [], tasks: [] };

/** Each confident task as "project / title" ("- / title" when it has no project). */
function grouped(dump: string): string[] {
  return asGroupedLines(confidentTasks(parseDump(dump, context)));
}

const EMAIL = 'Hi Ruth,\n\nThe gutter at the cottage is overflowing again. Could you get it cleared before the weekend?\n\nKind regards,\nMarek';

describe("the writer's grouped notes after a pasted email's sign-off", () => {
  it.each([
    [`${EMAIL}\n\nmy list:\nRose Cottage\n- book the gutter cleaner\n- replace the doormat\nMill House\n- renew the gas certificate`],
    [`${EMAIL}\n\nRose Cottage\n- book the gutter cleaner\n- replace the doormat\nMill House\n- renew the gas certificate`],
  ])('headings over bullets group them again: "%s"', (dump) => {
    expect(grouped(dump)).toEqual(
      expect.arrayContaining(['Rose Cottage / Book the gutter cleaner', 'Rose Cottage / Replace the doormat', 'Mill House / Renew the gas certificate']),
    );
  });

  it("the sender's name right under the sign-off stays the signature, not a heading", () => {
    expect(grouped(`${EMAIL}\n- book the gutter cleaner\n- replace the doormat`)).toEqual(
      expect.arrayContaining(['- / Book the gutter cleaner', '- / Replace the doormat']),
    );
  });
});
