import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { withDoneColumnsTicked } from './done-columns.ts';
import { parseDump } from './parse-dump.ts';

const FEE = '4b1c2d3e-5f60-4718-8a9b-0c1d2e3f4a01';
const context: DraftContext = { today: '2026-03-06', timezone: 'UTC', projects: [], tasks: [{ id: FEE, title: 'Renew the NCA frequency fee', project_id: null, due_date: '2026-03-10', status: 'todo' }] };

describe('a column or heading of finished items', () => {
  it('ticks its items until the next line that is no item', () => {
    expect(withDoneColumnsTicked('TO DO\n- print flyers\n\nDONE\n- renew the fee\n\n- [x] collect the headphones\nNotes\n- call Efua')).toBe(
      'TO DO\n- print flyers\n\nDONE\n- [x] renew the fee\n\n- [x] collect the headphones\nNotes\n- call Efua',
    );
    expect(withDoneColumnsTicked('## Completed\n1. file the VAT return')).toBe('## Completed\n1. [x] file the VAT return');
  });

  it('marks an open task it names done and drafts nothing from it, nor a "Done" group', () => {
    const operations = parseDump('TO DO\n- Print 200 flyers for the forum\n\nDONE\n- Renew the NCA frequency fee\n- Collect the donated headphones from MTN', context);
    expect(operations).toEqual([
      expect.objectContaining({ op: 'update_task', task_id: FEE, changes: { status: 'done' } }),
      expect.objectContaining({ op: 'create_task', title: 'Print 200 flyers for the forum' }),
    ]);
  });

  it('leaves "done" inside an item, or a heading that only mentions it, alone', () => {
    const dump = 'Done by Friday\n- send the report\nget it done:\n- call the bank';
    expect(withDoneColumnsTicked(dump)).toBe(dump);
  });
});
