import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { asGroupedLines, confidentTasks } from '../testing/confident-tasks.ts';
import { withTablesAsLists } from './markdown-tables.ts';
import { parseDump } from './parse-dump.ts';

// Monday 31 August 2026.
const context: DraftContext = { today: '2026-08-31', timezone: 'Australia/Perth', projects: [], tasks: [] };

const table =
  'End-of-season windup — to-do\n\n| task | who | when |\n|---|---|---|\n| book the function room | me | by Fri |\n| order trophies | Shaz | 12/9 |\n| sausage sizzle roster | everyone | end of next week |\n| thank-you card for the umpires | me | |\n\nWindup is Sat 19/9.';

describe('a markdown table of things to do', () => {
  it('is read as list lines: the task, whose it is as a label, and when', () => {
    expect(withTablesAsLists(table).split('\n').slice(2, 6)).toEqual([
      '- me: book the function room by Fri',
      '- Shaz: order trophies 12/9',
      '- me: sausage sizzle roster end of next week',
      '- me: thank-you card for the umpires',
    ]);
    expect(withTablesAsLists('| Task | Status |\n| :-- | --- |\n| file the BAS | done |\n| pay the super | |')).toBe('- [x] file the BAS\n- pay the super');
  });

  it('drafts the reader\'s and everyone\'s rows under the heading above it, with their days', () => {
    expect(asGroupedLines(confidentTasks(parseDump(table, context)))).toEqual([
      'End-of-season windup / Book the function room',
      'End-of-season windup / Sausage sizzle roster',
      'End-of-season windup / Thank-you card for the umpires',
    ]);
  });

  it('leaves a table with no column of things to do, and pipes in prose, as they are', () => {
    const prices = '| size | price |\n|---|---|\n| A4 | $5 |';
    expect(withTablesAsLists(prices)).toBe(prices);
    expect(withTablesAsLists('cats | dogs | both')).toBe('cats | dogs | both');
  });
});
