import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { asGroupedLines, draftedTasks } from '../testing/confident-tasks.ts';
import { parseDump } from './parse-dump.ts';

const context: DraftContext = { today: '2026-12-02', timezone: 'UTC', projects: [], tasks: [] };

/** Each task, suggestions too, as "project / title" ("- / title" when it has no project). */
function grouped(dump: string): string[] {
  return asGroupedLines(draftedTasks(parseDump(dump, context)));
}

describe("a day of the month alone after a heading's dash is the heading's own day, not its name", () => {
  it.each([
    ["Nan's 90th — 3rd\n- order the cake\n- book the hall", "Nan's 90th"],
    ['QUIZ NIGHT - 12th\n- order the cake\n- book the hall', 'Quiz night'],
    ["🎂 Bea's party — the 21st\n• order the cake\n• book the hall", "Bea's party"],
  ])('%s', (dump, project) => {
    expect(grouped(dump)).toEqual([`${project} / Order the cake`, `${project} / Book the hall`]);
  });
});

describe('near misses: a dash before more than a day keeps what follows', () => {
  it.each([
    ['Studio — Room 12\n- order the cake\n- book the hall', 'Studio — Room 12'],
    ['Studio — 2nd floor\n- order the cake\n- book the hall', 'Studio — 2nd floor'],
  ])('%s', (dump, project) => {
    expect(grouped(dump)).toEqual([`${project} / Order the cake`, `${project} / Book the hall`]);
  });
});

describe("a numbered section's event and day, pointed at by its items", () => {
  const dated = (dump: string) =>
    parseDump(dump, context).flatMap((operation) => (operation.op === 'create_task' && (operation.confidence ?? 1) >= 0.5 ? [`${operation.title} → ${operation.due_date ?? 'none'}`] : []));

  it('dates "on the day", "before then" and "before <the event>" from the section\'s day', () => {
    const notes = '1. Planting day – Sat 12 Dec\n- me: check the boundary fence before planting day\n- everyone: bring spades + gloves on the day\n- order mulch before then\n2. Funding\n- ask the library for a poster';
    expect(dated(notes)).toEqual(['Check the boundary fence → 2026-12-11', 'Bring spades + gloves → 2026-12-12', 'Order mulch → 2026-12-11', 'Ask the library for a poster → none']);
  });

  it('leaves an item with its own day, or under a section with none, as it is', () => {
    expect(dated('1. Planting day – Sat 12 Dec\n- order mulch on Monday\n2. Funding\n- bring the forms on the day')).toEqual(['Order mulch → 2026-12-07', 'Bring the forms on the day → none']);
  });
});
