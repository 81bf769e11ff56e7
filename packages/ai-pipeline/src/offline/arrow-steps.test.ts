import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { parseDump } from './parse-dump.ts';
import { stepAfterArrow } from './arrow-steps.ts';

// 2026-12-07 is a Monday.
const context: DraftContext = { today: '2026-12-07', timezone: 'UTC', projects: [], tasks: [] };

/** Each new task as "title | due | notes". */
function drafted(dump: string): string[] {
  return parseDump(dump, context).flatMap((operation) => (operation.op === 'create_task' ? [`${operation.title} | ${operation.due_date} | ${operation.notes}`] : []));
}

describe('what is going on, an arrow, then the step it calls for', () => {
  it.each([
    ['- posada at the office Friday → bring ponche ingredients', 'Bring ponche ingredients | 2026-12-11 | posada at the office'],
    ['- pearls running low -> order 10 bags from the supplier tmrw', 'Order 10 bags from the supplier | 2026-12-08 | pearls running low'],
    ['- subtitle file still missing → me to chase the sales agent today', 'Chase the sales agent | 2026-12-07 | subtitle file still missing'],
    ['- school trip Friday → pack her lunch the night before', 'Pack her lunch | 2026-12-10 | null'],
    ['- Admin: AHV contribution statement → upload', 'Upload AHV contribution statement | null | null'],
    ['- receipts → file by Friday', 'File receipts | 2026-12-11 | null'],
  ])('is the step, what led to it its remark: "%s"', (dump, task) => {
    expect(drafted(dump)).toEqual([task]);
  });

  it.each(['call Raj → confirm the load-in time → send the run sheet', 'corporate enquiry from Allegro → Marta', 'Sun 17 Oct   NZ101   AKL 10:00 → SYD 11:45', 'renew the domain → registrar gave us a grace period'])(
    'leaves a chain, a hand-off, a route or a step with its outcome as written: "%s"',
    (line) => {
      expect(stepAfterArrow(line)).toBe(line);
    },
  );
});
