import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { parseDump } from './parse-dump.ts';

const context: DraftContext = { today: '2026-12-02', timezone: 'UTC', projects: [], tasks: [] };

/** What the review would create without a click: projects by name, tasks by title. */
function confident(dump: string): string[] {
  return parseDump(dump, context).flatMap((operation) => {
    if ((operation.confidence ?? 1) < 0.5) return [];
    if (operation.op === 'create_project') return [`project ${operation.name}`];
    return operation.op === 'create_task' ? [operation.title] : [];
  });
}

describe('sentences that are not tasks', () => {
  it.each([
    ['Nothing pressing really. Descale the kettle.', ['Descale the kettle']],
    ['Not much this week. Descale the kettle.', ['Descale the kettle']],
    ['Lots going on. Descale the kettle.', ['Descale the kettle']],
    ['A lot going on at home. Descale the kettle.', ['Descale the kettle']],
    ['Everything is piling up. Descale the kettle.', ['Descale the kettle']],
    ['If the quote comes in low we go ahead. Descale the kettle.', ['Descale the kettle']],
    ['The deadline is in two weeks. Descale the kettle.', ['Descale the kettle']],
    ['Launch date is Jan 15. Descale the kettle.', ['Descale the kettle']],
  ])('creates only the task in "%s"', (dump, expected) => {
    expect(confident(dump)).toEqual(expected);
  });

  it.each([
    ['Wedding. Book the DJ.', ['project Wedding', 'Book the DJ']],
    ['Moving to Leeds in May. Book the van.', ['project Moving to Leeds', 'Book the van']],
  ])('still reads a short opening sentence as the paragraph\'s project in "%s"', (dump, expected) => {
    expect(confident(dump)).toEqual(expected);
  });
});
