import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { confidentTasks } from '../testing/confident-tasks.ts';
import { parseDump } from './parse-dump.ts';
import { segment } from './segment.ts';

// A Sunday: "Thurs" is the 11th, the day before it the 10th.
const context: DraftContext = { today: '2027-03-07', timezone: 'UTC', projects: [], tasks: [] };

/** Each confident task as "project / title" ("- / title" when it has no project). */
function grouped(dump: string): string[] {
  return confidentTasks(parseDump(dump, context)).map(([title, project]) => `${project ?? '-'} / ${title}`);
}

/** Each task as "title / due". */
function dated(dump: string): string[] {
  return parseDump(dump, context).flatMap((operation) => (operation.op === 'create_task' ? [`${operation.title} / ${operation.due_date ?? '-'}`] : []));
}

describe('lines of labels', () => {
  it.each([
    [
      'Customer: Falkenberg – logo sketches\nCustomer: Ostwind GmbH – call about the brief',
      ['Falkenberg / Logo sketches', 'Ostwind GmbH / Call about the brief'],
    ],
    ['Client: Harbour Dental – fix the booking form', ['Harbour Dental / Fix the booking form']],
  ])('"Client: X – item" names project X and keeps the item after the dash: "%s"', (dump, expected) => {
    expect(grouped(dump)).toEqual(expected);
  });

  it('a client line that only describes the effort still heads the lines under it', () => {
    expect(grouped('Client: Tessaly – a shop for hand-dyed yarn\n- send the first mock-up')).toEqual(['Tessaly / Send the first mock-up']);
  });

  it('in a run of labelled lines, each label groups its own line, even a line naming a thing', () => {
    const items = segment('Studio: kiln repair quote\nStudio: email the glaze supplier\nHome: boiler service\nGarden: plant the garlic');
    expect(items.map((item) => `${item.project} / ${item.text}`)).toEqual([
      'Studio / kiln repair quote',
      'Studio / email the glaze supplier',
      'Home / boiler service',
      'Garden / plant the garlic',
    ]);
  });

  it('a lone "label: things" line stays one item', () => {
    expect(grouped('hardware store: screws, wood glue, sandpaper')).not.toContain('Hardware store / Screws');
  });

  it('labelled lines that ask for nothing ("Venue:", "Attendees:") group nothing', () => {
    expect(grouped('Venue: the old boathouse\nAttendees: Ruth, Omar\nCatering: sandwiches')).not.toContain('Venue / The old boathouse');
  });
});

describe('a label with a remark in brackets', () => {
  it('groups its items, and a deadline in the remark dates those naming no day', () => {
    const dump = 'Garden (before the frost Thurs): lift the dahlias, wrap the olive tree, drain the hose on Tuesday';
    expect(grouped(dump)).toEqual(['Garden / Lift the dahlias', 'Garden / Wrap the olive tree', 'Garden / Drain the hose']);
    expect(dated(dump)).toEqual(['Lift the dahlias / 2027-03-10', 'Wrap the olive tree / 2027-03-10', 'Drain the hose / 2027-03-09']);
  });
});
