import { describe, expect, it } from 'vitest';
import { parseDump } from './parse-dump.ts';
import { prepareOfflineParser } from './prepare.ts';

const context = { today: '2026-11-23', timezone: 'Europe/Berlin', projects: [], tasks: [] };
const dump = '- Zahnarzt Dienstag 10 Uhr\n- payer la cantine samedi\n- dentista mañana — llamar\n- call mum tomorrow at 5pm';

describe('prepareOfflineParser', () => {
  it('leaves what a dump reads as unchanged', () => {
    const before = parseDump(dump, context);
    prepareOfflineParser();
    expect(parseDump(dump, context)).toEqual(before);
    expect(before.filter((operation) => operation.op === 'create_task').map((operation) => operation.due_date)).toEqual([
      '2026-11-24',
      '2026-11-28',
      '2026-11-24',
      '2026-11-24',
    ]);
  });
});
