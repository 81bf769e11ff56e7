import { describe, expect, it } from 'vitest';
import { parseDump } from './parse-dump.ts';
import { segment } from './segment.ts';

const texts = (dump: string) => segment(dump).map((item) => item.text);

describe('a done mark inside a line of prose', () => {
  it.each([
    ['Sorted the recycling ✔. Still to do: book the boiler service and ring Aunt Mae.', ['book the boiler service', 'ring Aunt Mae']],
    ['Fed the fish ✅ Paid the gas bill ✅. Next: order a new kettle, tidy the shed tomorrow.', ['order a new kettle', 'tidy the shed tomorrow']],
    ['Dropped the parcel off ☑. Need to email the landlord about the leak.', ['Need to email the landlord about the leak']],
  ])('closes only its own sentence in "%s"', (dump, expected) => {
    expect(texts(dump).filter((text) => expected.includes(text))).toEqual(expected);
    expect(texts(dump).some((text) => /sorted|fed|paid|dropped/i.test(text))).toBe(false);
  });

  it.each(['✅ sorted the recycling', 'renew the parking permit (done)', 'Fed the fish ✅. Paid the gas bill ✅.'])('still marks the whole line done in "%s"', (dump) => {
    expect(texts(dump)).toEqual([]);
  });
});

describe('an Apple Notes checklist', () => {
  it('reads "○" lines as items and "✓" lines as done', () => {
    expect(texts('✓ pre-op bloodwork\n○ call the clinic tomorrow\n○ freeze some soups this weekend')).toEqual(['call the clinic tomorrow', 'freeze some soups this weekend']);
  });

  it('dates the list by a first line that is only a day, the remark in brackets under it set aside', () => {
    const context = { today: '2027-02-15', timezone: 'America/Toronto', projects: [], tasks: [] };
    const dump = 'before the 24th\n(surgery 7:30am at Toronto General, nothing to eat after midnight)\n\n✓ pre-op bloodwork\n○ pick up stool softeners\n○ call the clinic tomorrow';
    expect(parseDump(dump, context).flatMap((operation) => (operation.op === 'create_task' ? [`${operation.title} / ${operation.due_date}`] : []))).toEqual([
      'Pick up stool softeners / 2027-02-23',
      'Call the clinic / 2027-02-16',
    ]);
  });

  it('marks an open task ticked with "✓" done', () => {
    const context = {
      today: '2027-02-15',
      timezone: 'America/Toronto',
      projects: [],
      tasks: [{ id: '8e3f5a71-2b4c-4d6e-9fa0-1b2c3d4e5f11', title: 'Pre-op bloodwork', project_id: null, due_date: null, status: 'todo' }],
    };
    expect(parseDump('✓ pre-op bloodwork\n○ call the clinic tomorrow', context)).toMatchObject([
      { op: 'update_task', task_id: '8e3f5a71-2b4c-4d6e-9fa0-1b2c3d4e5f11', changes: { status: 'done' } },
      { op: 'create_task', title: 'Call the clinic', due_date: '2027-02-16' },
    ]);
  });
});
