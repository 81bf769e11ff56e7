import { describe, expect, it } from 'vitest';
import { parseDump } from './parse-dump.ts';
import { segment } from './segment.ts';

const read = (dump: string) => segment(dump).map((item) => [item.text, item.project, item.dateHint]);

describe('numbered and lettered lists on one line', () => {
  it.each([
    ['need to: 1) post the forms 2) book the ferry 3) call Nadia', ['post the forms', 'book the ferry', 'call Nadia']],
    ['to do (1) descale the kettle (2) sand the door', ['descale the kettle', 'sand the door']],
    ['a) renew the permit b) order toner c) ring Theo', ['renew the permit', 'order toner', 'ring Theo']],
    ['1 - email the tutor 2 - fix the latch 3 - buy envelopes', ['email the tutor', 'fix the latch', 'buy envelopes']],
    ['1: email the tutor 2: fix the latch', ['email the tutor', 'fix the latch']],
  ])('splits "%s" into its items', (dump, expected) => {
    expect(read(dump).map(([text]) => text)).toEqual(expected);
  });

  it.each([
    ['things to do tomorrow 1. laundry 2. ring the garage', 'things to do tomorrow'],
    ['stuff to do this week: a) dentist b) taxes', 'this week'],
  ])('reads the day in the lead of "%s" and makes no project of it', (dump, day) => {
    for (const [, project, dateHint] of read(dump)) {
      expect(project).toBeNull();
      expect(String(dateHint).toLowerCase()).toContain(day.split(' ').at(-1));
    }
  });

  it.each([
    [
      'for the garage: (1) sweep the floor (2) hang the bikes. For the garden on Sunday: (1) mow the lawn (2) edge the beds',
      [
        ['sweep the floor', 'Garage', null],
        ['hang the bikes', 'Garage', null],
        ['mow the lawn', 'Garden', 'on Sunday'],
        ['edge the beds', 'Garden', 'on Sunday'],
      ],
    ],
    [
      'tonight 1) wash the dog 2) iron a shirt. Next week a) book the vet b) order kibble',
      [
        ['wash the dog', null, 'tonight'],
        ['iron a shirt', null, 'tonight'],
        ['book the vet', null, 'Next week'],
        ['order kibble', null, 'Next week'],
      ],
    ],
    [
      'Studio: 1. glaze the bowls 2. fire the kiln; Flat: 3. defrost the freezer 4. pay the gas',
      [
        ['glaze the bowls', 'Studio', null],
        ['fire the kiln', 'Studio', null],
        ['defrost the freezer', 'Flat', null],
        ['pay the gas', 'Flat', null],
      ],
    ],
    [
      'today 1. sand the table 2. oil the hinges and then on Friday 3. collect the rug 4. frame the print',
      [
        ['sand the table', null, 'today'],
        ['oil the hinges', null, 'today'],
        ['collect the rug', null, 'on Friday'],
        ['frame the print', null, 'on Friday'],
      ],
    ],
  ])('gives the items after a new lead-in on the same line that lead-in in "%s"', (dump, expected) => {
    expect(read(dump)).toEqual(expected);
  });

  it('reads the prose before a list on its line as prose, and a list asked of the reader as under no heading', () => {
    const pasted =
      "Hi Sam, the scaffolders come on the 8th and stay about three weeks. Please pay the deposit by Friday. Before they come, could you please (1) clear the shed (2) move the car (3) unlock the side gate";
    const items = read(pasted);
    expect(items.map(([text]) => text)).toEqual(expect.arrayContaining(['Please pay the deposit by Friday', 'clear the shed', 'move the car', 'unlock the side gate']));
    expect(items.filter(([, project]) => project !== null)).toEqual([]);
  });

  it('drafts a long lead-in without a project rather than failing the draft', () => {
    const lead = `so the thing with the community garden plot ${'and the watering rota and the compost bins '.repeat(5)}is that we`;
    expect(lead.length).toBeGreaterThan(200);
    const operations = parseDump(`${lead} need to: 1) call the council 2) buy a padlock`, { today: '2026-05-04', timezone: 'Europe/London', projects: [], tasks: [] });
    expect(operations.filter((operation) => operation.op === 'create_project')).toEqual([]);
    expect(operations.filter((operation) => operation.op === 'create_task').map((operation) => operation.title)).toEqual(expect.arrayContaining(['Call the council', 'Buy a padlock']));
  });

  it('leaves a range of numbers in one task', () => {
    expect(read('call the clinic at 1 - 2 pm')).toHaveLength(1);
  });
});

describe('numbers without marks counting items on one line', () => {
  it.each([
    ['1 prune the roses 2 email Hamid 3 book the skip', ['prune the roses', 'email Hamid', 'book the skip']],
    ['1 ring the optician 2 collect the parcel', ['ring the optician', 'collect the parcel']],
    ['1 repaint the gate 2 compost bags 3 new hose', ['repaint the gate', 'compost bags', 'new hose']],
  ])('splits "%s" into its items', (dump, expected) => {
    expect(read(dump).map(([text]) => text)).toEqual(expected);
  });

  it('starts a second run at 1 after a lead that gives its items their own day', () => {
    expect(read('tomorrow 1 wax the skis 2 pay Lotta 3 fix the bindings, and next week 1 enter the relay 2 new goggles 3 the club dinner')).toEqual([
      ['wax the skis', null, 'tomorrow'],
      ['pay Lotta', null, 'tomorrow'],
      ['fix the bindings', null, 'tomorrow'],
      ['enter the relay', null, 'next week'],
      ['new goggles', null, 'next week'],
      ['the club dinner', null, 'next week'],
    ]);
  });

  it.each([
    'take 1 capsule 2 times 3 weeks',
    'order 2 crates of cider',
    '1 fish tank 2 filters',
    'book 1 room for 2 nights',
  ])('leaves "%s" one item: no run of numbers from an item that asks something', (dump) => {
    expect(read(dump)).toHaveLength(1);
  });
});
