import { describe, expect, it } from 'vitest';
import { readClause } from './clause-kind.ts';
import { parseDump } from './parse-dump.ts';

const listed = { listed: true, inProse: false };

describe('a pasted itinerary', () => {
  it('reads a booked flight leg or hotel stay as nothing to do', () => {
    for (const line of ['FJ411 NAN 09:30 → AKL 13:05', 'Dep 22 May BA117 LHR 11:25 - JFK 14:10', 'MEX→NRT AM58 dep 23:55', 'Hotel check-in: Jetpark Auckland Airport (1 night)', 'Check-out: Hotel Arts Barcelona, 12:00']) {
      expect(readClause(line, listed).kind, line).toBe('noise');
    }
  });

  it('still reads the traveller\'s own steps, and codes that are no airports, as tasks', () => {
    for (const line of ['check in online for the BA flight', 'forward the deck from CEO - CFO', 'book the NAN to AKL leg']) {
      expect(readClause(line, listed).kind, line).toBe('task');
    }
  });

  it('drafts only the traveller\'s list above a forwarded itinerary', () => {
    const operations = parseDump(
      '- print everything below\n- exchange money before the weekend\n\nThu 14 Oct   FJ411   NAN 09:30 → AKL 13:05\nThu 14 Oct   Hotel check-in: Jetpark Auckland Airport (1 night)\nSun 17 Oct   NZ101   AKL 10:00 → SYD 11:45',
      { today: '2027-10-07', timezone: 'Pacific/Fiji', projects: [], tasks: [] },
    );
    expect(operations.flatMap((operation) => (operation.op === 'create_task' ? [operation.title] : []))).toEqual(['Print everything below', 'Exchange money']);
  });
});
