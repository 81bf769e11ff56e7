import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { asGroupedLines, confidentTasks } from '../testing/confident-tasks.ts';
import { parseDump } from './parse-dump.ts';

const context: DraftContext = { today: '2027-03-02', timezone: 'America/Halifax', projects: [], tasks: [] };

/** Each confident task as "project / title" ("- / title" when it has no project). */
function grouped(dump: string): string[] {
  return asGroupedLines(confidentTasks(parseDump(dump, context)));
}

describe('a label that is a clause of time', () => {
  it('names no group, and a lead after it names the group', () => {
    expect(grouped('Quiet evening. Before I forget: for the bakery I need to reorder rye flour and clean the proofer. Also book the optician.')).toEqual([
      'Bakery / Reorder rye flour',
      'Bakery / Clean the proofer',
      '- / Book the optician',
    ]);
  });

  it('names no group over a pasted list', () => {
    expect(grouped('Hi Tomasz,\nOnce you land please:\n- collect the locker key from reception\n- sign the insurance waiver')).toEqual([
      '- / Collect the locker key from reception',
      '- / Sign the insurance waiver',
    ]);
  });
});

describe('a place of life leading a sentence about something there', () => {
  it('groups the steps that follow it, after another group', () => {
    expect(grouped('For the clinic I need to restock the gauze. At home the dryer is broken again, so call Hendrik about it.')).toEqual([
      'Clinic / Restock the gauze',
      'Home / Call Hendrik about the dryer',
    ]);
  });
});

describe('a heading naming a place', () => {
  it('is named by the place', () => {
    expect(grouped('At the studio:\n- varnish the oak panels\n- sweep the loft')).toEqual(['Studio / Varnish the oak panels', 'Studio / Sweep the loft']);
  });
});

describe('a for-label after "so"', () => {
  it('groups what follows its colon, a capitalised name starting with a verb word among them', () => {
    expect(grouped('The Swap Market is on the 9th. So for the Swap Market: print the price tags and ask Wendell for trestles.')).toEqual([
      'Swap Market / Print the price tags',
      'Swap Market / Ask Wendell for trestles',
    ]);
  });
});

describe('a lead naming an effort by its capitalised name', () => {
  it('groups the sentence and the paragraph after it', () => {
    expect(grouped('For Copper Tide I need to fix the lighting glitch and mix the soundtrack. Upload the beta on Friday.\n\nWater the ferns.')).toEqual([
      'Copper Tide / Fix the lighting glitch',
      'Copper Tide / Mix the soundtrack',
      'Copper Tide / Upload the beta',
      '- / Water the ferns',
    ]);
  });

  it('is no lead when the capitalised words are a day', () => {
    expect(grouped('For Boxing Day I need to buy crackers.')).toEqual(['- / Buy crackers']);
  });
});

describe('a project called in full, then shortened', () => {
  it('keeps its full name', () => {
    expect(grouped('The kiln room refit project starts soon. For the refit I need to order the shelving and book the electrician.')).toEqual([
      'Kiln room refit / Order the shelving',
      'Kiln room refit / Book the electrician',
    ]);
  });
});

describe('a paragraph opened by "Re the X:" with a long name', () => {
  it('groups the sentences after a first one that asks nothing', () => {
    expect(grouped('Re the spring open studio fair: the hall is booked. Hang the new prints and email the guest list to Carys.\n\nFeed the cat.')).toEqual([
      'Spring open studio fair / Hang the new prints',
      'Spring open studio fair / Email the guest list to Carys',
      '- / Feed the cat',
    ]);
  });
});

describe('a dictated run-on turning to another group', () => {
  it('starts the next group at "and for the X" and leaves what "also" adds loose', () => {
    expect(
      grouped('ok for the mill street job i need to measure the skylights and for the dunmore job order the flashing and book the skip also buy dog food'),
    ).toEqual([
      'Mill street job / Measure the skylights',
      'Dunmore job / Order the flashing',
      'Dunmore job / Book the skip',
      '- / Buy dog food',
    ]);
  });
});

describe('headings under a heading', () => {
  it('file their items under the top heading', () => {
    expect(grouped('ORCHARD\n  pears\n    - spray the pear trees\n  cider\n    - wash the press\nSHOP\n  - count the till')).toEqual([
      'Orchard / Spray the pear trees',
      'Orchard / Wash the press',
      'Shop / Count the till',
    ]);
  });
});

describe('"Then the X:" after a group', () => {
  it('starts the next group when steps follow it', () => {
    expect(grouped('For the Okafor christening I have to order the cake, book the hall. Then the Lindqvist retirement lunch: ring the caterer and print the menus.')).toEqual([
      'Okafor christening / Order the cake',
      'Okafor christening / Book the hall',
      'Lindqvist retirement lunch / Ring the caterer',
      'Lindqvist retirement lunch / Print the menus',
    ]);
  });

  it('is no group when it names what is left', () => {
    expect(grouped('For the boat I need to sand the hull. Then the rest: call the bank and pay the rent.')).toEqual([
      'Boat / Sand the hull',
      'Boat / Call the bank',
      'Boat / Pay the rent',
    ]);
  });
});

describe('a place of life before a step in dictation', () => {
  it('groups the steps after it', () => {
    expect(grouped('so for work I need to file the rota and at home water the tomatoes tonight and pay the gas bill')).toEqual([
      'Work / File the rota',
      'Home / Water the tomatoes',
      'Home / Pay the gas bill',
    ]);
  });
});

describe('an effort the writer says is their project, last in a sentence of news', () => {
  it('groups the sentences after it', () => {
    expect(grouped('The choir turns fifty in May, so the jubilee concert is my project for the spring. Need to book the church and print the posters.\n\nRenew the car tax.')).toEqual([
      'Jubilee concert / Book the church',
      'Jubilee concert / Print the posters',
      '- / Renew the car tax',
    ]);
  });
});

describe('a long label saying an effort needs work', () => {
  it('names the effort for the steps after its colon', () => {
    expect(grouped('Slept badly. The greenhouse needs sorting before the frosts arrive: I have to replace two panes, oil the hinges and move the heater in.')).toEqual([
      'Greenhouse / Replace two panes',
      'Greenhouse / Oil the hinges',
      'Greenhouse / Move the heater in',
    ]);
  });
});

describe('a for-label with a remark after a comma', () => {
  it('groups its paragraph when a colon ends the remark', () => {
    expect(grouped('For the Novak-Hale reunion, which is not until August luckily: email the caterer and reserve the barn. Order the name badges too.\n\nMow the lawn.')).toEqual([
      'Novak-Hale reunion / Email the caterer',
      'Novak-Hale reunion / Reserve the barn',
      'Novak-Hale reunion / Order the name badges',
      '- / Mow the lawn',
    ]);
  });
});

describe('an occasion coming that the writer says is theirs', () => {
  it('groups the steps after it', () => {
    expect(grouped('The Ashgrove book fair is on 12 March and it is mostly on me. Before that: book the tables and print the raffle tickets.\n\nCall the vet.')).toEqual([
      'Ashgrove book fair / Book the tables',
      'Ashgrove book fair / Print the raffle tickets',
      '- / Call the vet',
    ]);
  });

  it('keeps its day for a "Before that:" after it', () => {
    const operations = parseDump('The Ashgrove book fair is on 12 March and it is mostly on me. Before that: book the tables.', context);
    const dues = operations.flatMap((operation) => (operation.op === 'create_task' ? [operation.due_date] : []));
    expect(dues).toEqual(['2027-03-11']);
  });
});
