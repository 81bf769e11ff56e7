import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { asGroupedLines, confidentTasks } from '../testing/confident-tasks.ts';
import { parseDump } from './parse-dump.ts';

const context: DraftContext = { today: '2026-12-02', timezone: 'UTC', projects: [], tasks: [] };

/** Each confident task as "project / title" ("- / title" when it has no project). */
function grouped(dump: string): string[] {
  return asGroupedLines(confidentTasks(parseDump(dump, context)));
}

/** The projects a dump creates. */
function projects(dump: string): string[] {
  return parseDump(dump, context).flatMap((operation) => (operation.op === 'create_project' ? [operation.name] : []));
}

describe('bracket tags', () => {
  it('a bracketed word before an item groups it as a "#" tag does', () => {
    expect(grouped('[garden] prune the roses\n[garden] order mulch\n[car] book the service')).toEqual([
      'Garden / Prune the roses',
      'Garden / Order mulch',
      'Car / Book the service',
    ]);
  });

  it.each(['[urgent] call the bank about the card', '[Priya] send the slide deck', '[todo] renew the passport'])(
    'a priority, a person or a generic word in brackets names no project: "%s"',
    (dump) => {
      expect(projects(dump)).toEqual([]);
    },
  );
});

describe('pictured headings without a colon', () => {
  it('two pictured labels, each over pictured steps, head their blocks', () => {
    expect(grouped('🌱 Garden\n✂️ prune the roses\n🪣 order mulch\n\n🚗 Car\n🔧 book the service\n🧽 wash the seats')).toEqual([
      'Garden / Prune the roses',
      'Garden / Order mulch',
      'Car / Book the service',
      'Car / Wash the seats',
    ]);
  });

  it('a pictured thing over pictured steps stays an item of its own', () => {
    expect(projects('🛒 groceries\n📞 call the plumber\n💊 refill the prescription')).toEqual([]);
  });

  it('an effort with its day heads the pictured lines under it', () => {
    expect(grouped('⛺ camping trip next Saturday\n➡️ borrow a tent\n➡️ buy gas canisters')).toEqual([
      'Camping trip / Borrow a tent',
      'Camping trip / Buy gas canisters',
    ]);
  });

  it('an appointment with its day is no heading', () => {
    expect(projects('🦷 dentist next Tuesday\n➡️ floss more\n➡️ find the insurance card')).toEqual([]);
  });
});

describe('labels that lead to the name', () => {
  it('a kind of effort before a colon gives way to the name after it', () => {
    expect(projects('Side project: Loomly, a habit tracker for knitters. Sketch the logo, register the domain this week, and email two knitting groups by Friday.')).toEqual([
      'Loomly',
    ]);
  });

  it('a lead-in label names the effort after it, its day aside', () => {
    expect(projects('So the big one: the Lisbon trip on May 14. Book the flights, renew my passport by Friday, and find a pet sitter this week.')).toEqual([
      'Lisbon trip',
    ]);
  });

  it('a lead-in label over a step names no project', () => {
    expect(grouped('Main thing: call the landlord about the boiler.')).toEqual(['- / Call the landlord about the boiler']);
  });
});

describe('labels inside a section', () => {
  it('a label on an item under a named heading stays in that heading', () => {
    expect(grouped('GARDEN\n- hedge: trim the front hedge on Saturday\n- buy compost\n\nOFFICE\n- quarterly review: send my notes by Wed')).toEqual([
      'Garden / Trim the front hedge',
      'Garden / Buy compost',
      'Office / Send my notes',
    ]);
  });

  it('under a generic heading the label still names its group', () => {
    expect(grouped('To do\n- car: book the MOT\n- call the bank')).toEqual(['Car / Book the MOT', '- / Call the bank']);
  });
});

describe('parts of life named in prose', () => {
  it('"for school", "at church" lead the steps of their sentence', () => {
    expect(grouped('For school I need to sign the trip form and pay the lunch money. At church I have to set up the chairs.')).toEqual([
      'School / Sign the trip form',
      'School / Pay the lunch money',
      'Church / Set up the chairs',
    ]);
  });

  it('"for me", "at least" and a day name no part of life', () => {
    expect(projects('For me I need to sleep more. At least I need to call the bank. For Monday I need to email Sam.')).toEqual([]);
  });

  it('an effort to get ready names the steps after it', () => {
    expect(grouped('This month I want to get the spare room ready for guests. Paint the walls, buy a bed, and clear the boxes.')).toEqual([
      'Spare room / Paint the walls',
      'Spare room / Buy a bed',
      'Spare room / Clear the boxes',
    ]);
  });

  it.each([
    [
      'For the street party, borrow the gazebo and make a playlist.',
      ['Street party / Borrow the gazebo', 'Street party / Make a playlist'],
    ],
    [
      'Yard: rake the leaves, fix the fence. Then for the nursery - paint the cot, hang the blinds.',
      ['Yard / Rake the leaves', 'Yard / Fix the fence', 'Nursery / Paint the cot', 'Nursery / Hang the blinds'],
    ],
    [
      'The reunion is in May. Book the hall, print the name badges. Separately, for work, renew the licence keys.',
      ['Reunion / Book the hall', 'Reunion / Print the name badges', 'Work / Renew the licence keys'],
    ],
  ])('"For the X," before a task names its group, and after a labelled group a label-shaped one is the next: "%s"', (dump, expected) => {
    expect(grouped(dump)).toEqual(expected);
  });

  it.each(['For now, call the bank.', 'For supper tonight, buy salmon.', 'For the first time in ages, tidy my desk.', 'For Monday, print the slides.'])(
    'a time or a meal after "for" names no group: "%s"',
    (dump) => {
      expect(projects(dump)).toEqual([]);
    },
  );

  it('getting oneself ready names nothing', () => {
    expect(projects('I want to get ready early. Pack the bag.')).toEqual([]);
  });
});

describe('how a part of life is going', () => {
  it('a label judging a part of life groups under that part', () => {
    expect(grouped('office is quiet: send the invoices and book the meeting room.')).toEqual([
      'Office / Send the invoices',
      'Office / Book the meeting room',
    ]);
  });

  it('"at home it\'s chaos" in the middle of a paragraph opens the next part', () => {
    expect(grouped('Work first: draft the agenda by Thursday. At home it\'s chaos. Put up the shelves this weekend.')).toEqual([
      'Work / Draft the agenda',
      'Home / Put up the shelves',
    ]);
  });

  it.each(['it is what it is: call the bank.', 'At least it is fine. Call the bank.'])('a remark on things in general names no part: "%s"', (dump) => {
    expect(projects(dump)).toEqual([]);
  });
});

describe('a heading, a line about it, then "To do:"', () => {
  it('the heading groups the items of the "To do:" line', () => {
    expect(grouped('Spring fair\nThe fair itself is on May 3, stalls confirmed.\nTo do: print the flyers, book the bouncy castle, and email the volunteers.')).toEqual([
      'Spring fair / Print the flyers',
      'Spring fair / Book the bouncy castle',
      'Spring fair / Email the volunteers',
    ]);
  });

  it('a generic heading over the same shape names no project', () => {
    expect(projects('This week\nThe weather is meant to be awful.\nTo do: print the flyers and email the volunteers.')).toEqual([]);
  });
});

describe('one word and a dash opening a line of prose', () => {
  it.each([
    [
      'Notes:\nbathroom - so before the 8th: clear the shelves. Ask Ana about the shower. Transfer the deposit on the 9th.\nflat: buy a new bulb.',
      ['Bathroom / Clear the shelves', 'Bathroom / Ask Ana about the shower', 'Bathroom / Transfer the deposit', 'Flat / Buy a new bulb'],
    ],
    ['garden - the frost is coming. Wrap the olive tree. Move the pots inside.\nCall Mum.', ['Garden / Wrap the olive tree', 'Garden / Move the pots inside', '- / Call Mum']],
    ['Garden — prune the roses, order mulch, fix the gate.', ['Garden / Prune the roses', 'Garden / Order mulch', 'Garden / Fix the gate']],
    ['Car stuff - book the MOT, renew the insurance.', ['Car / Book the MOT', 'Car / Renew the insurance']],
  ])('names the group of that line\'s sentences or items: "%s"', (dump, expected) => {
    expect(grouped(dump)).toEqual(expected);
  });

  it.each(['sat - market run, laundry', 'tmrw - pick up the dry cleaning. Pay the rent.', 'Leon - share the brand assets. Then review the copy.', 'Dentist - call them, book the kids in', 'home - bins out'])(
    'a day, a person, an appointment or a single item names no group: "%s"',
    (dump) => {
      expect(projects(dump)).toEqual([]);
    },
  );
});

describe('what surrounds a heading\'s name', () => {
  it.each(['[Work]', '== Work ==', '*Work*', 'Work items:', 'For work:', 'Re: work', 'Work — this week', 'Work, this week:', 'Work update:', 'Work jobs:', 'Work to do:', 'Things for work:', 'Then for work:'])(
    'is no part of the name: "%s"',
    (heading) => {
      expect(projects(`${heading}\n- email Sam the slides\n- book the venue`)).toEqual(['Work']);
    },
  );

  it.each([
    ['Also house:', 'House'],
    ['Birthday party Friday:', 'Birthday party'],
    ['Camping holiday in Wales planning:', 'Camping holiday in Wales'],
    ['DOG', 'Dog'],
    ['HOA', 'HOA'],
  ])('a leading "also", a trailing day or "planning", and shouting are no part of the name: "%s"', (heading, name) => {
    expect(projects(`${heading}\n- email Sam the slides\n- book the venue`)).toEqual([name]);
  });

  it('a trip brought up in prose is named with where it goes', () => {
    expect(projects('Our walking trip to Snowdonia is next month! Buy new boots, book the hostel, check the train times.')).toEqual(['Walking trip to Snowdonia']);
  });

  it('"Odd jobs" names no group', () => {
    expect(projects('Odd jobs:\n- email Sam the slides\n- book the venue')).toEqual([]);
  });
});

describe('a heading naming a calendar week', () => {
  it('names no group: the checklist items with steps under it head their own', () => {
    const dump = '# week 27\n\n- [ ] Q2 close\n  - [ ] chase the invoices by Wednesday\n  - [ ] reconcile the statement\n- [ ] Website\n  - [ ] swap the hero photo\n- [ ] book the ferry';
    expect(grouped(dump)).toEqual(['Q2 close / Chase the invoices', 'Q2 close / Reconcile the statement', 'Website / Swap the hero photo', '- / Book the ferry']);
    expect(projects('KW 27\n- call the bank\n- book the ferry')).toEqual([]);
  });
});

describe('a label saying only that a few things follow', () => {
  it('names no group, whatever they come before', () => {
    expect(projects('Hi Callum,\n\nA few things before the new class starts:\n\n1. Book the vet check this week.\n2. Renew the dog licence online.')).toEqual([]);
  });
});

describe('a heading of a verb and a day', () => {
  it("gives each item under it the verb and the day, and names no group: 'pack Thursday night:'", () => {
    const drafted = parseDump('pack Thursday night:\n- phone charger + power bank\n- the little gold clutch\n\nalso:\n- get a nice card', context).flatMap((operation) =>
      operation.op === 'create_task' ? [`${operation.title} → ${operation.due_date ?? 'none'}`] : [],
    );
    expect(drafted).toEqual(['Pack phone charger + power bank → 2026-12-03', 'Pack the little gold clutch → 2026-12-03', 'Get a nice card → none']);
    expect(projects('pack Thursday night:\n- phone charger\n\nalso:\n- get a nice card\n- book the train')).toEqual([]);
  });
});
