import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { parseDump } from './parse-dump.ts';

const context: DraftContext = { today: '2027-04-12', timezone: 'Europe/Dublin', projects: [], tasks: [] };

function titled(dump: string): string[] {
  return parseDump(dump, context).flatMap((operation) => (operation.op === 'create_task' ? [`${operation.title}${operation.due_date ? ` @${operation.due_date}` : ''}`] : []));
}

describe('a task the reader restates after a notice', () => {
  it('replaces a longer task only with a short one of the same verb whose other words are all in it', () => {
    const notice = 'Kayaks kept in the boathouse must be labelled with your berth number before Friday.\n\nmy notes: ';
    // Another thing to label, another verb for the same kayaks, a verb alone: each a task of its own.
    expect(titled(`${notice}label the bins`)).toEqual(['Label Kayaks kept in the boathouse with your berth number @2027-04-15', 'Label the bins']);
    expect(titled(`${notice}photograph both kayaks`)).toEqual(['Label Kayaks kept in the boathouse with your berth number @2027-04-15', 'Photograph both kayaks']);
    // Five words are no short restatement.
    expect(titled(`${notice}label both kayaks with stickers`)).toHaveLength(2);
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
