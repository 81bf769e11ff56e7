import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { confidentTitlesAndDays } from '../testing/confident-tasks.ts';
import { withOrgOutlineRead } from './org-outline.ts';
import { parseDump } from './parse-dump.ts';

const ORG = `#+TITLE: life.org
# cleaning up the file
* Work                                  :work:
** TODO [#A] Send the supplier the signed NDA
** TODO Review the pricing deck
   SCHEDULED: <2027-03-29 Mon>
** WAITING Legal to approve the contract template
* Home                                  :home:
** DONE Pay the TV licence
   CLOSED: [2027-03-26 Fri 16:12]
** TODO Water the olive tree
   SCHEDULED: <2027-03-30 Tue 08:00 +1w>
   :PROPERTIES:
   :LAST_REPEAT: [2027-03-23 Tue 08:01]
   :END:
** CANCELLED Book the ski weekend
   - snow's gone anyway`;

describe('an org file pasted as a dump', () => {
  it('is written as headings and list items with their days, marks and ticks', () => {
    expect(withOrgOutlineRead(ORG).split('\n')).toEqual([
      'cleaning up the file',
      '## Work',
      '- (A) Send the supplier the signed NDA',
      '- Review the pricing deck 2027-03-29',
      '## Home',
      '- [x] Pay the TV licence',
      '- Water the olive tree 2027-03-30 08:00',
      '- Book the ski weekend: cancelled',
    ]);
  });

  it('leaves markdown and plain lists as they are', () => {
    const markdown = '# Saturday\n* buy milk\n** call the plumber\n#tag line';
    expect(withOrgOutlineRead(markdown)).toBe(markdown);
  });

  it('drafts the open items under their headings and closes or moves the open tasks it names', () => {
    const context: DraftContext = {
      today: '2027-03-28',
      timezone: 'Europe/Zurich',
      projects: [],
      tasks: [
        { id: '5e0c3a1b-2d4f-4a6b-8c9d-0e1f2a3b4c51', title: 'Pay the TV licence', project_id: null, due_date: '2027-03-31', status: 'todo' },
        { id: '5e0c3a1b-2d4f-4a6b-8c9d-0e1f2a3b4c52', title: 'Book the ski weekend', project_id: null, due_date: null, status: 'todo' },
        { id: '5e0c3a1b-2d4f-4a6b-8c9d-0e1f2a3b4c53', title: 'Review the pricing deck', project_id: null, due_date: '2027-03-26', status: 'todo' },
      ],
    };
    const operations = parseDump(ORG, context);
    expect(confidentTitlesAndDays(operations)).toEqual([
      ['Send the supplier the signed NDA', null],
      ['Water the olive tree', '2027-03-30'],
    ]);
    expect(operations).toContainEqual(expect.objectContaining({ op: 'create_task', title: 'Send the supplier the signed NDA', priority: 'high' }));
    expect(operations.filter((operation) => operation.op === 'update_task').map((operation) => operation.op === 'update_task' && [operation.task_id.at(-1), operation.changes])).toEqual([
      ['1', { status: 'done' }],
      ['2', { status: 'cancelled' }],
      ['3', { due_date: '2027-03-29' }],
    ]);
  });

  it('changes nothing of an open task it names with the day it already has', () => {
    const org = '* Work\n** TODO Finish the variance report\n   DEADLINE: <2027-03-31 Wed>\n** TODO Call the bank';
    const task = { id: '5e0c3a1b-2d4f-4a6b-8c9d-0e1f2a3b4c54', title: 'Finish the variance report', project_id: null, due_date: '2027-03-31', status: 'todo' };
    const operations = parseDump(org, { today: '2027-03-28', timezone: 'UTC', projects: [], tasks: [task] });
    expect(operations.filter((operation) => operation.op !== 'create_project').map((operation) => operation.op === 'create_task' && operation.title)).toEqual(['Call the bank']);
  });
});
