import { operationSchema } from '@ordo/shared-types';
import { describe, expect, it } from 'vitest';
import type { DraftContext, DraftEvent } from '../drafter.ts';
import { createOfflineDrafter } from './drafter.ts';
import { collect } from '../testing/collect.ts';

const context: DraftContext = { today: '2026-11-23', timezone: 'Europe/Berlin', projects: [], tasks: [] };
const dump = '# Garden\n- mow the lawn\n- plant bulbs this weekend\ncall mom tomorrow';

describe('offline drafter', () => {
  it('streams like a model: reading, drafting, one event per operation, then usage with zero tokens', async () => {
    const drafter = createOfflineDrafter();
    expect(drafter.provider).toBe('offline');
    const events = await collect(drafter.draft(dump, context));
    expect(events.map((event) => (event.type === 'status' ? event.phase : event.type))).toEqual([
      'reading',
      'drafting',
      'operation',
      'operation',
      'operation',
      'operation',
      'usage',
    ]);
    for (const event of events) if (event.type === 'operation') expect(operationSchema.parse(event.operation)).toEqual(event.operation);
    expect(events.at(-1)).toEqual({
      type: 'usage',
      usage: { provider: 'offline', model: 'ordo-offline-v1', input_tokens: 0, output_tokens: 0, cost_usd: 0 },
    });
  });

  it('hands operations over one at a time, letting other work run between them', async () => {
    let turns = 0;
    let running = true;
    const tick = () => {
      turns++;
      if (running) setImmediate(tick);
    };
    setImmediate(tick);
    const turnsAtOperation: number[] = [];
    for await (const event of createOfflineDrafter().draft(dump, context)) {
      if (event.type === 'operation') turnsAtOperation.push(turns);
    }
    running = false;
    for (let i = 1; i < turnsAtOperation.length; i++) expect(turnsAtOperation[i]).toBeGreaterThan(turnsAtOperation[i - 1] ?? 0);
  });

  it('stops when the signal aborts', async () => {
    const controller = new AbortController();
    const seen: DraftEvent[] = [];
    const run = (async () => {
      for await (const event of createOfflineDrafter().draft(dump, context, controller.signal)) {
        seen.push(event);
        if (event.type === 'operation') controller.abort(new Error('client went away'));
      }
    })();
    await expect(run).rejects.toThrow('client went away');
    expect(seen.filter((event) => event.type === 'operation')).toHaveLength(1);
    expect(seen.some((event) => event.type === 'usage')).toBe(false);
  });

  it('gives the same operations for the same dump and context', async () => {
    const first = await collect(createOfflineDrafter().draft(dump, context));
    const second = await collect(createOfflineDrafter().draft(dump, context));
    expect(second).toEqual(first);
  });
});
