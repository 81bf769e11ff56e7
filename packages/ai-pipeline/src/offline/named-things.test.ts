import { describe, expect, it } from 'vitest';
import { nameThing, statedThing } from './named-things.ts';
import { parseDump } from './parse-dump.ts';

const context = { today: '2026-11-23', timezone: 'UTC', projects: [], tasks: [] };

describe('things named', () => {
  it('reads the thing a clause says is in some state', () => {
    expect(statedThing('Also the car is making that noise again')).toBe('the car');
    expect(statedThing('My sister is coming and the spare room is still full of boxes')).toBe('the spare room');
    expect(statedThing('Work is a lot right now')).toBeNull();
  });

  it('names what "it" or "that" is from the clause before the task', () => {
    expect(nameThing('Take it to the shop', 'Also the car is making that noise again, so ')).toBe('Take the car to the shop');
    expect(nameThing('Clear that out', 'the spare room is still full of boxes, so I need to ')).toBe('Clear the spare room out');
  });

  it('leaves a title whose pronoun is no object, or whose sentence names no thing', () => {
    expect(nameThing('Take it easy', 'the week is long, so ')).toBe('Take it easy');
    expect(nameThing('Take it to the shop', 'Work is mad, so ')).toBe('Take it to the shop');
  });

  it('keeps such a task, named, in a dump; one pointing at another sentence stays offered', () => {
    const operations = parseDump('The car is making that noise again, so take it to the shop. The boiler was fine. Sort it out.', context);
    const tasks = operations.flatMap((operation) => (operation.op === 'create_task' ? [[operation.title, (operation.confidence ?? 1) >= 0.5] as const] : []));
    expect(tasks).toContainEqual(['Take the car to the shop', true]);
    expect(tasks).toContainEqual(['Sort it out', false]);
  });
});
