import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { asGroupedLines, confidentTasks, draftedTasks } from '../testing/confident-tasks.ts';
import { parseDump } from './parse-dump.ts';

const context: DraftContext = { today: '2026-06-10', timezone: 'UTC', projects: [], tasks: [] };

/** Each confident task as "project / title" ("- / title" when it has no project). */
function grouped(dump: string): string[] {
  return asGroupedLines(confidentTasks(parseDump(dump, context)));
}

/** Each task, suggestions too, as "project / title". */
function drafted(dump: string): string[] {
  return asGroupedLines(draftedTasks(parseDump(dump, context)));
}

describe('label lines with a foreign word among English ones, and a "Me:" line', () => {
  const dump =
    'Hangar: inspect the left flap, order two new tyres, send the logbook to Odile.\n' +
    'Garden club: renew the hall booking, print the raffle tickets.\n' +
    'Flat: bleed the radiators, call the letting agent.\n' +
    'Me: book a haircut.';

  it('reads the labels as groups, not as people each line is for', () => {
    expect(grouped(dump)).toEqual([
      'Hangar / Inspect the left flap',
      'Hangar / Order two new tyres',
      'Hangar / Send the logbook to Odile',
      'Garden club / Renew the hall booking',
      'Garden club / Print the raffle tickets',
      'Flat / Bleed the radiators',
      'Flat / Call the letting agent',
      '- / Book a haircut',
    ]);
  });

  it('still reads names over "me:" lines in notes as who does what', () => {
    expect(grouped('Present: Ingrid, Tobiah, me\n- Tobiah: collect the banners by Friday\n- me: email the printer\n- everyone: sell ten tickets')).not.toContain(
      '- / Collect the banners',
    );
  });
});

describe('what follows a label that named the group', () => {
  it('a first sentence naming an event with its day does not rename the group: "Kennel: judging on 7/20. …"', () => {
    const dump = 'Kennel: judging on 7/20. Wash the setters, pack the show leads.\nVan: swap the wipers, check the tyres.\nHome: water the ferns, pay the water bill.';
    expect(grouped(dump)).toEqual([
      'Kennel / Wash the setters',
      'Kennel / Pack the show leads',
      'Van / Swap the wipers',
      'Van / Check the tyres',
      'Home / Water the ferns',
      'Home / Pay the water bill',
    ]);
  });
});

describe('paragraphs opened by a place of life or by how a thing is going', () => {
  it('"At work, …" with a comma groups its paragraph', () => {
    expect(grouped('At work, the quarterly audit lands on the 22nd. Reprint the safety binders. Ring the fire officer about the drill.')).toEqual([
      'Work / Reprint the safety binders',
      'Work / Ring the fire officer about the drill',
    ]);
  });

  it('"At last, …" and "At times, …" name no place', () => {
    expect(grouped('At last, the boiler part came. Book the fitter. Clear the cupboard.')).toEqual(['- / Book the fitter', '- / Clear the cupboard']);
  });

  it('"The greenhouse is a jungle." groups the steps after it', () => {
    expect(grouped('The greenhouse is a jungle. Water the chillies, sweep out the leaves.')).toEqual([
      'Greenhouse / Water the chillies',
      'Greenhouse / Sweep out the leaves',
    ]);
  });

  it('"The Thomaskirche restoration is the big one this autumn." and "Then there\'s the Halle organ, the little one for the school." each group their steps', () => {
    expect(
      grouped(
        'The Thomaskirche restoration is the big one this autumn. I need to send the voicing plan to the cantor.\n\nThen there\'s the Halle chamber organ, the little one for the music school. Order the sheepskin this week.\n\nOtherwise, renew my membership.',
      ),
    ).toEqual(['Thomaskirche restoration / Send the voicing plan to the cantor', 'Halle chamber organ / Order the sheepskin', '- / Renew my membership']);
  });

  it('news of a person stays ungrouped', () => {
    expect(grouped('Priya is a nurse now. Send Priya a card.')).toEqual(['- / Send Priya a card']);
  });
});

describe('a label naming a thing by "the" or whose it is', () => {
  it('"The caravan:" groups its paragraph as "Caravan:" would', () => {
    expect(drafted('Pay the phone bill.\n\nThe caravan: the awning is torn. Ask Bertil if I can borrow his ladder.\n\nWalk the dog.')).toEqual([
      '- / Pay the phone bill',
      'Caravan / The awning is torn',
      'Caravan / Ask Bertil if I can borrow his ladder',
      '- / Walk the dog',
    ]);
  });

  it('"The plan:" leads in and names no group', () => {
    expect(grouped('The plan: repaint the porch, then sand the steps.')).toEqual(['- / Repaint the porch', '- / Sand the steps']);
  });
});

describe('a numbered section whose name reads as a verb', () => {
  it('"2. Store" over indented steps heads them, as "1. Market" does', () => {
    const dump = '1. Market\n   - order paper bags\n   - fix the awning\n2. Store\n   - oil the door hinge\n   - do the till float\n3. Misc\n   - dentist';
    expect(drafted(dump)).toEqual([
      'Market / Order paper bags',
      'Market / Fix the awning',
      'Store / Oil the door hinge',
      'Store / Do the till float',
      '- / Dentist',
    ]);
  });
});

describe('a project named with "project" as a subject, and a pronoun label after it', () => {
  it('"For it:" takes the project named before and names none of its own', () => {
    expect(grouped('The pond pump project has stalled again. For it: order the filter sponge, dig out the silt. Also, unrelated — post the birthday card.')).toEqual([
      'Pond pump / Order the filter sponge',
      'Pond pump / Dig out the silt',
      '- / Post the birthday card',
    ]);
  });
});

describe('"For work," in the middle of a paragraph', () => {
  it('turns the group to work for the sentences after it, as opening a paragraph does', () => {
    expect(
      grouped('Long weekend at last, I am only now sitting down. For work, the pub reopens on Friday. I need to order more transfer leaf, and ring the scaffolders tomorrow.\n\nAt home, I need to book the car in for its service.'),
    ).toEqual(['Work / Order more transfer leaf', 'Work / Ring the scaffolders', 'Home / Book the car in for its service']);
  });

  it('leaves "At home," before a name in the middle of a paragraph the scene of what follows, no group', () => {
    expect(grouped("The tours ran late all week. At home, Vale's school sent a note, so pay the uniform fees.")).toEqual(['- / Pay the uniform fees']);
  });
});

describe("an effort named as someone's by their name", () => {
  it('"For Hira\'s mehndi on the 28th I still need to …" groups the steps, its day left out of the name', () => {
    const dump = "Busy week. For Hira's mehndi on the 28th I still need to book the drummers and confirm the caterer's menu. Separately, I need to pay the car tax.";
    expect(grouped(dump)).toEqual(["Hira's mehndi / Book the drummers", "Hira's mehndi / Confirm the caterer's menu", '- / Pay the car tax']);
  });

  it('"For Mum\'s sake" names no effort', () => {
    expect(grouped("For Mum's sake I need to call the bank today.")).not.toContain("Mum's sake / Call the bank");
  });
});

describe('an opening sentence whose lead names an effort and whose steps name another', () => {
  it('keeps the steps after "For the <effort> I need to", not the effort word among them as a heading', () => {
    expect(
      grouped(
        'For the basement suite I need to get the permit application in by Friday, call Harjit, and pick flooring samples. For school, I have to finish my unit plans, photocopy the placement tests.',
      ),
    ).toEqual([
      'Basement suite / Get the permit application in',
      'Basement suite / Call Harjit',
      'Basement suite / Pick flooring samples',
      'School / Finish my unit plans',
      'School / Photocopy the placement tests',
    ]);
  });

  it('keeps the first step when the lead itself names the effort', () => {
    expect(grouped('For the wedding I need to book the venue. Order the cake. Send invites.')).toEqual([
      'Wedding / Book the venue',
      'Wedding / Order the cake',
      'Wedding / Send invites',
    ]);
  });
});
