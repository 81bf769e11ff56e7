import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { parseDump } from './parse-dump.ts';
import { findUpdate } from './updates.ts';

// A Tuesday.
const context: DraftContext = { today: '2027-06-01', timezone: 'UTC', projects: [], tasks: [] };
const reference = { today: context.today, timezone: context.timezone };

function read(dump: string, open: DraftContext['tasks'] = []): [string, string | null, string | null][] {
  return parseDump(dump, { ...context, tasks: open }).flatMap((operation) =>
    operation.op === 'create_task' ? [[operation.title, operation.due_date, operation.project_ref] as [string, string | null, string | null]] : [],
  );
}

describe("a bullet journal's signifiers", () => {
  it('reads "•" items as tasks and leaves "×" items out', () => {
    expect(read('• book the vet for the cat\n× return the library books\n• sand the back door').map(([title]) => title)).toEqual(['Book the vet for the cat', 'Sand the back door']);
  });

  it('marks an open task crossed out with "×" done', () => {
    const open = [{ id: 'books', title: 'Return the library books', due_date: null, project_id: null, status: 'open' }];
    expect(findUpdate('× return the library books', open, reference)?.changes).toEqual({ status: 'done' });
  });

  it('cuts "<" and the arrow before the day an item is scheduled for', () => {
    expect(read('< optician appointment → Fri 11.6.')).toEqual([['Optician appointment', '2027-06-11', null]]);
  });

  it('cuts a lower-case "o" before an event', () => {
    expect(read('• call the plumber\no choir practice 19:00\n• buy stamps').map(([title]) => title)).toContain('Choir practice');
  });

  it.each(['O Holy Night tickets for Mum', 'X-ray results from the clinic', 'Order paper'])('keeps "%s" as written', (line) => {
    expect(read(`- ${line}`).map(([title]) => title)).toEqual([line]);
  });

  it('reads "v." between two names as "versus", not the end of a sentence', () => {
    expect(read('• copy the pleadings in Meyer v. Schulz').map(([title]) => title)).toEqual(['Copy the pleadings in Meyer v. Schulz']);
  });
});

describe('a kanban board and a pasted checklist', () => {
  it('names no project after a "DOING" column', () => {
    expect(read('TODO\n- paint the gate\n\nDOING\n- re-grout the shower')).toEqual([
      ['Paint the gate', null, null],
      ['Re-grout the shower', null, null],
    ]);
  });

  it('drops "checklist" from a heading\'s name', () => {
    const operations = parseDump('## Camping trip checklist\n- [ ] buy gas canisters\n- [x] find the tent pegs', context);
    expect(operations.flatMap((operation) => (operation.op === 'create_project' ? [operation.name] : []))).toEqual(['Camping trip']);
    expect(operations.filter((operation) => operation.op === 'create_task').length).toBe(1);
  });
});
