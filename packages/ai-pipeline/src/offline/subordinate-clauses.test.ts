import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { parseDump } from './parse-dump.ts';
import { subordinateClauseStart } from './subordinate-clauses.ts';

const context: DraftContext = { today: '2026-09-14', timezone: 'Europe/Lisbon', projects: [], tasks: [] };

function first(dump: string): { title: string; notes: string | null } {
  const tasks = parseDump(dump, context).flatMap((operation) => (operation.op === 'create_task' ? [{ title: operation.title, notes: operation.notes }] : []));
  expect(tasks.length).toBeGreaterThan(0);
  return tasks[0] ?? { title: '', notes: null };
}

describe('a clause of when with a noun-phrase subject, after a task', () => {
  it.each([
    ['order the banners once Ms. Okonkwo signs off the design', 'Order the banners', 'once Ms. Okonkwo signs off the design'],
    ['repaint the shutters before the autumn rains start', 'Repaint the shutters', 'before the autumn rains start'],
    ['water the cuttings until the roots take', 'Water the cuttings', 'until the roots take'],
    ['book the minibus before the Kowalskis arrive', 'Book the minibus', 'before the Kowalskis arrive'],
    ['start the visa form before holiday plans get busy', 'Start the visa form', 'before holiday plans get busy'],
    ['go for a swim tomorrow morning before the office wakes up', 'Go for a swim', 'before the office wakes up'],
    ['feed the hens while the Okafors are away', 'Feed the hens', 'while the Okafors are away'],
  ])('goes to the notes: "%s"', (dump, title, notes) => {
    const task = first(dump);
    expect(task.title).toBe(title);
    expect(task.notes ?? '').toContain(notes);
  });

  it('keeps a question of when that a verb of asking asks', () => {
    expect(first('ask the glazier when his team can measure up').title).toBe('Ask the glazier when his team can measure up');
  });

  it.each([
    ['air the spare room for when Grandad visits', 'Air the spare room for when Grandad visits'],
    ['deep clean before handover', 'Deep clean before handover'],
    ["look after the Nolans' cat", "Look after the Nolans' cat"],
  ])('stays in the title: "%s"', (dump, title) => {
    expect(first(dump).title).toBe(title);
  });

  it.each([
    'clear the gutters before the school holidays',
    'buy sandals before the end of May',
    'prune the vines before harvest day',
    'tidy the desk after leave is over',
  ])('finds no clause in an event, a time or a bare noun: "%s"', (text) => {
    expect(subordinateClauseStart(text)).toBeNull();
  });
});
