import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { parseDump } from './parse-dump.ts';

const context: DraftContext = { today: '2026-12-02', timezone: 'UTC', projects: [], tasks: [] };

/** Titles of the tasks the review would create without a click, and of those only offered. */
function created(dump: string): { confident: string[]; offered: string[] } {
  const tasks = parseDump(dump, context).flatMap((operation) => (operation.op === 'create_task' ? [operation] : []));
  return {
    confident: tasks.filter((task) => (task.confidence ?? 1) >= 0.5).map((task) => task.title),
    offered: tasks.filter((task) => (task.confidence ?? 1) < 0.5).map((task) => task.title),
  };
}

describe('winding down after the list', () => {
  it.each([
    ['Renew the car tax.\n\nRight, that is about it. Run a bath and read a chapter.', ['Run a bath', 'Read a chapter']],
    ['Email the vet.\n\nOk, I think that\'s everything. Going to brew some cocoa.', ['Brew some cocoa']],
    ['Order printer ink.\n\nI\'m off to bed. Set two alarms.', ['Set two alarms']],
    ['Réserver le garage.\n\nBon, c\'est tout. Drink some water first.', ['Drink some water first']],
  ])('offers what follows a closing sentence in the last paragraph: "%s"', (dump, offered) => {
    const result = created(dump);
    expect(result.confident).toHaveLength(1);
    expect(result.offered).toEqual(expect.arrayContaining(offered));
  });

  it('keeps the tasks before the closing sentence in the same paragraph', () => {
    expect(created('Pay the plumber. Book the MOT. That is all. Stretch then sleep.').confident).toEqual(['Pay the plumber', 'Book the MOT']);
  });

  it('reads a closing sentence in an earlier paragraph as nothing more than itself', () => {
    expect(created("That's all from the office. Fix the gate.\n\nDescale the kettle tonight.").confident).toEqual(['Fix the gate', 'Descale the kettle']);
  });
});
