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

  it('reads a thing the writer has not yet done or keeps putting off', () => {
    expect(statedThing("Work first: the workshop is on the 11th and I haven't even started the agenda, so I need to ")).toBe('the agenda');
    expect(statedThing("I've been meaning to sort out the health insurance switch since July, I'll ")).toBe('the health insurance switch');
    expect(statedThing('- oil change is 500 miles overdue, ')).toBe('the oil change');
    // Said done, or a person late: nothing to name.
    expect(statedThing('I booked the venue, so ')).toBeNull();
    expect(statedThing('Priya is late again, so ')).toBeNull();
  });

  it('names "it" from a thing not yet done, with the day after it', () => {
    expect(nameThing('Draft it', "I haven't even started the agenda, so I need to ")).toBe('Draft the agenda');
    expect(nameThing('Book it this week', "I still haven't booked the venue, so ")).toBe('Book the venue this week');
  });

  it('leaves what an update is of to the open tasks', () => {
    expect(nameThing('Cancel that', 'the surprise party is off, ')).toBe('Cancel that');
    expect(nameThing('Push it to Friday', 'the report is not ready, ')).toBe('Push it to Friday');
  });

  it('keeps "…, cancel that" after a cancelled open task an update, not a new task', () => {
    const tasks = [{ id: '9d2f4e61-0a7b-4c35-8e19-3b6a5c4d2e02', title: "Plan Jonas's surprise party", due_date: null, project_id: null, status: 'todo' as const }];
    const operations = parseDump('The surprise party for Jonas is off - he found out, cancel that.', { ...context, tasks });
    expect(operations.filter((operation) => operation.op === 'update_task')).toHaveLength(1);
    expect(operations.filter((operation) => operation.op === 'create_task' && (operation.confidence ?? 1) >= 0.5)).toEqual([]);
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
