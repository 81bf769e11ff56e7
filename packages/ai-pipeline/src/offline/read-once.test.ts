import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { parseDump } from './parse-dump.ts';
import { restates } from './read-once.ts';

const context: DraftContext = { today: '2027-04-12', timezone: 'Europe/Dublin', projects: [], tasks: [] };

function titled(dump: string): string[] {
  return parseDump(dump, context).flatMap((operation) => (operation.op === 'create_task' ? [`${operation.title}${operation.due_date ? ` @${operation.due_date}` : ''}`] : []));
}

describe('a task the reader restates after a notice', () => {
  it.each([
    ['label both kayaks', 'Label kayaks kept in the boathouse with your berth number'],
    ['pay the levy', 'Pay the annual levy for the car park'],
  ])('"%s" restates "%s"', (short, long) => {
    expect(restates(short, long)).toBe(true);
  });

  it.each([
    ['label the bins', 'Label kayaks kept in the boathouse'],
    ['email Joan', 'Call Joan about the boathouse keys'],
    ['pay', 'Pay the annual levy'],
    ['label both kayaks tonight please now', 'Label kayaks kept in the boathouse tonight please now with care'],
  ])('"%s" does not restate "%s"', (short, long) => {
    expect(restates(short, long)).toBe(false);
  });

  it('is read once, with the reader\'s day, or the notice\'s when the reader names none', () => {
    const notice = 'Kayaks kept in the boathouse must be labelled with your berth number before Friday.\n\nmy notes: label both kayaks tomorrow';
    expect(titled(notice)).toEqual(['Label both kayaks @2027-04-13']);
    const fees = 'Also the mooring fees are due by 30 April.\n\nmy notes: pay the mooring fees';
    expect(titled(fees)).toEqual(['Pay the mooring fees @2027-04-30']);
  });

  it('leaves no project without its task: the restatement takes the project of the task it replaces', () => {
    const operations = parseDump('Boathouse:\n- pay the annual levy for the car park\n\nmy notes: pay the levy', context);
    const projects = operations.flatMap((operation) => (operation.op === 'create_project' ? [operation.ref] : []));
    const tasks = operations.flatMap((operation) => (operation.op === 'create_task' ? [operation] : []));
    expect(tasks.map((task) => task.title)).toEqual(['Pay the levy']);
    expect(projects).toEqual([tasks[0]?.project_ref]);
  });
});
