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

describe('one errand said twice', () => {
  it('keeps the saying whose verb tells how, with the day either saying gave', () => {
    expect(titled('buy printer ink and paper. oh and get printer ink and paper on Friday')).toEqual(['Buy printer ink and paper @2027-04-16']);
    expect(titled('get a new bike lock\n- order a new bike lock')).toEqual(['Order a new bike lock']);
    expect(titled('need the tax certificate from the accountant\n- get the tax certificate from the accountant by Thursday')).toEqual([
      'Get the tax certificate from the accountant @2027-04-15',
    ]);
  });

  it('dates a task said again with a day', () => {
    expect(titled('- call the vet\n- water the plants\n- call the vet tomorrow')).toEqual(['Call the vet @2027-04-13', 'Water the plants']);
  });

  it('leaves two errands on the same thing apart', () => {
    expect(titled('get the printer ink\n- return the printer ink')).toEqual(['Get the printer ink', 'Return the printer ink']);
    expect(titled('need a new passport photo\n- take a new passport photo')).toEqual(['Get a new passport photo', 'Take a new passport photo']);
  });
});
