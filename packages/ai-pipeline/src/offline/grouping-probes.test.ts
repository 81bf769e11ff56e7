import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { asGroupedLines, draftedTasks } from '../testing/confident-tasks.ts';
import { parseDump } from './parse-dump.ts';
import { shortenedFrom } from './shortened-names.ts';

const context: DraftContext = { today: '2026-05-04', timezone: 'Europe/Lisbon', projects: [], tasks: [] };

/** Every drafted task as "project / title", suggestions included: grouping is what is probed. */
function grouped(dump: string): string[] {
  return asGroupedLines(draftedTasks(parseDump(dump, context)));
}

function projects(dump: string): string[] {
  return parseDump(dump, context).flatMap((operation) => (operation.op === 'create_project' ? [operation.name] : []));
}

describe('shapes people group with', () => {
  it('a person as the group', () => {
    expect(grouped('Grandma:\n- order her new hearing aid batteries\n- sort her tablet\nFor Uncle Ravi —\n- mend his trellis')).toEqual([
      'Grandma / Order her new hearing aid batteries',
      'Grandma / Sort her tablet',
      'Uncle Ravi / Mend his trellis',
    ]);
  });

  it('a place, with "at the" or an at sign', () => {
    expect(grouped('At the studio:\n- sweep the floor\n- restock the clay\n@cabin\n- check the gas canister')).toEqual([
      'Studio / Sweep the floor',
      'Studio / Restock the clay',
      'Cabin / Check the gas canister',
    ]);
  });

  it('numbered sections over their bullets', () => {
    expect(grouped('1. Greenhouse\n- replace the cracked pane\n- sow the chillies\n2) Pension\n- find the old statement\n- ring the adviser')).toEqual([
      'Greenhouse / Replace the cracked pane',
      'Greenhouse / Sow the chillies',
      'Pension / Find the old statement',
      'Pension / Ring the adviser',
    ]);
  });

  it('a numbered item over a single bullet stays an item of a mixed list', () => {
    expect(grouped('1. Greenhouse glass\n- sow the chillies')).toEqual(['- / Greenhouse glass', '- / Sow the chillies']);
  });

  it('a numbered list of tasks over nothing stays a list', () => {
    expect(grouped('1. replace the cracked pane\n2. sow the chillies')).toEqual(['- / Replace the cracked pane', '- / Sow the chillies']);
  });

  it('a heading with its date in brackets', () => {
    expect(projects('Christening (Sept 3)\n- book the hall\n- order the cake')).toEqual(['Christening']);
  });

  it('headings in other languages', () => {
    expect(projects('Garten:\n- Rasen mähen\n- Hecke schneiden\nBureau :\n- classer les factures')).toEqual(['Garten', 'Bureau']);
  });

  it("sub-headings under a heading hold the bullets level with them, as sections of the heading's project", () => {
    expect(grouped('Flat\n  Bathroom\n  - reseal the bath\n  - fix the extractor\n  Hallway\n  - hang the mirror\nVan\n- swap the tyres')).toEqual([
      'Flat / Reseal the bath',
      'Flat / Fix the extractor',
      'Flat / Hang the mirror',
      'Van / Swap the tyres',
    ]);
  });

  it.each([
    ['re: the caravan\n- service the awning\n- renew the pitch', 'Caravan'],
    ['Choir-related:\n- learn the descant\n- pay the subs', 'Choir'],
    ['Things for the jumble sale:\n- price the books\n- borrow trestle tables', 'Jumble sale'],
    ['Stuff to sort for the garden office\n- get a groundworks quote\n- ask about planning', 'Garden office'],
    ['On the van front, swap the tyres and book the habitation check.', 'Van'],
    ['The greenhouse needs sorting: I have to replace the cracked pane and sow the chillies.', 'Greenhouse'],
  ])('"%s" groups under %s', (dump, project) => {
    const tasks = grouped(dump);
    expect(tasks).toHaveLength(2);
    for (const task of tasks) expect(task.startsWith(`${project} / `)).toBe(true);
  });

  it('a thing said to need work, with when, leads the steps after its colon in prose', () => {
    expect(grouped('The greenhouse needs sorting before the frosts come: I have to replace the cracked pane and sow the chillies. Also renew my bus pass.')).toEqual([
      'Greenhouse / Replace the cracked pane',
      'Greenhouse / Sow the chillies',
      '- / Renew my bus pass',
    ]);
  });

  it('"For the X, which …:" keeps its name without the remark, a name after "the" being an event', () => {
    expect(grouped('For the Novak christening, which is not until May luckily: email the caterer about dates, get two florist quotes.')).toEqual([
      'Novak christening / Email the caterer about dates',
      'Novak christening / Get two florist quotes',
    ]);
  });

  it('a group closed by a blank line leaves the loose items after it', () => {
    expect(grouped('Bikes:\n- oil the chain\n- pump the tyres\n\nbook the optician\nrenew the parking permit')).toEqual([
      'Bikes / Oil the chain',
      'Bikes / Pump the tyres',
      '- / Book the optician',
      '- / Renew the parking permit',
    ]);
  });

  it('"New:" heads new items, no project', () => {
    expect(projects('New:\n- update the wifi password\n- chase the refund')).toEqual([]);
  });

  it('a name shortened after it was said is the same project', () => {
    expect(
      grouped('The bathroom refurbishment is finally starting.\nMeasure the window.\n\nFor the refurb:\n- choose the tiles\n- book the plumber'),
    ).toEqual(['Bathroom refurbishment / Measure the window', 'Bathroom refurbishment / Choose the tiles', 'Bathroom refurbishment / Book the plumber']);
  });
});

describe('a shortened project name', () => {
  it.each([
    ['reno', ['Loft renovation'], 'Loft renovation'],
    ['uni', ['Applying to university'], 'Applying to university'],
    ['wedding', ["Tomás's wedding"], "Tomás's wedding"],
  ])('"%s" is the earlier %j', (name, earlier, found) => {
    expect(shortenedFrom(name, earlier)).toBe(found);
  });

  it.each([
    ['home', ['Homework']],
    ['car', ['Christmas cards']],
    ['garden', ['Garden']],
    ['shed', ['Kitchen renovation']],
  ])('"%s" is not %j', (name, earlier) => {
    expect(shortenedFrom(name, earlier)).toBeNull();
  });
});
