import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { readClause } from './clause-kind.ts';
import { parseDump } from './parse-dump.ts';

const setting = { listed: false, inProse: true };

describe('a clause that only names the day', () => {
  it.each(['Lazy Sunday', 'Feiertag heute', 'Sunday arvo', 'Easter Monday, bank holiday', 'Rainy Saturday again', 'Quiet one today', 'Day after Christmas', 'Day before Easter'])(
    'reads "%s" as no task',
    (clause) => {
      expect(readClause(clause, setting).kind).toBe('noise');
    },
  );

  it.each(['Bank', 'Dentist today', 'Groceries Sunday', 'Free one', 'Haircut Saturday', 'Groceries before Christmas'])('reads "%s" as a task', (clause) => {
    expect(readClause(clause, setting).kind).toBe('task');
  });

  it('keeps the tasks after a dateline', () => {
    const context: DraftContext = { today: '2027-03-14', timezone: 'Europe/Athens', projects: [], tasks: [] };
    const titles = parseDump('Lazy Sunday. Water the plants and call Eleni.', context).flatMap((operation) =>
      operation.op === 'create_task' && (operation.confidence ?? 1) >= 0.5 ? [operation.title] : [],
    );
    expect(titles).toEqual(['Water the plants', 'Call Eleni']);
  });
});
