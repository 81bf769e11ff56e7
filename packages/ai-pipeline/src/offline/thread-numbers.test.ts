import { describe, expect, it } from 'vitest';
import { parseDump } from './parse-dump.ts';
import { withThreadNumbersAsList } from './thread-numbers.ts';

const context = { today: '2026-12-31', timezone: 'Europe/London', projects: [], tasks: [] };
const drafted = (dump: string) =>
  parseDump(dump, context).flatMap((operation) => (operation.op === 'create_task' && (operation.confidence ?? 1) >= 0.5 ? [`${operation.title} → ${operation.due_date ?? 'no day'}`] : []));

describe('a numbered thread of posts', () => {
  it('numbers its lines as a list, not as slashed dates', () => {
    expect(withThreadNumbersAsList('1/3 right. a thread\n2/3 book the MOT\n3/3 happy new year')).toBe('1. right. a thread\n2. book the MOT\n3. happy new year');
    expect(drafted("1/3 right, new year's jobs\n2/3 put in for the relief shifts, the rota closes Monday\n3/3 book the van's MOT in at Munro's")).toEqual([
      'Put in for the relief shifts → 2027-01-04',
      "Book the van's MOT in at Munro's → no day",
    ]);
  });

  it('leaves slashed dates that count nothing alone', () => {
    expect(withThreadNumbersAsList('2/6 dentist\n3/6 haircut')).toBe('2/6 dentist\n3/6 haircut');
    expect(withThreadNumbersAsList('1/6 dentist\n2/7 haircut')).toBe('1/6 dentist\n2/7 haircut');
    expect(withThreadNumbersAsList('1/6 dentist')).toBe('1/6 dentist');
  });
});
