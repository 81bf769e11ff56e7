import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { asGroupedLines, confidentTasks, draftedTasks } from '../testing/confident-tasks.ts';
import { parseDump } from './parse-dump.ts';
import { segment } from './segment.ts';

// A Sunday: "Thurs" is the 11th, the day before it the 10th.
const context: DraftContext = { today: '2027-03-07', timezone: 'UTC', projects: [], tasks: [] };

/** Each confident task as "project / title" ("- / title" when it has no project). */
function grouped(dump: string): string[] {
  return asGroupedLines(confidentTasks(parseDump(dump, context)));
}

/** Each task, suggestions too, as "project / title". */
function drafted(dump: string): string[] {
  return asGroupedLines(draftedTasks(parseDump(dump, context)));
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
    expect(drafted(dump)).toEqual(expected);
  });

  it('"still to do for the X:" in prose labels its list with the effort, not its first item', () => {
    const dump = 'The bake sale is on 20 March. Still to do for the bake sale: print the price cards by Thurs, borrow a float tin, and ask Priya for trestles.';
    expect(grouped(dump)).toContain('Bake sale / Print the price cards');
    expect(grouped(dump).some((line) => line.includes('Do for'))).toBe(false);
    // "for it" names no effort: the lead is left as written.
    expect(grouped('Things to do for it: print the price cards by Thurs, borrow a float tin.').some((line) => line.includes('Bake sale'))).toBe(false);
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

  it.each([
    [
      'Bikes: pump the tyres, oil the chain\nShed: new padlock, sweep the floor',
      ['Bikes / Pump the tyres', 'Bikes / Oil the chain', 'Shed / New padlock', 'Shed / Sweep the floor'],
    ],
    [
      'Pond: skim the leaves, top up the water\nGreenhouse: the heater keeps tripping, call the electrician',
      ['Pond / Skim the leaves', 'Pond / Top up the water', 'Greenhouse / Call the electrician'],
    ],
  ])('two labelled lines in a row, one asking for several things, are two groups: "%s"', (dump, expected) => {
    expect(grouped(dump)).toEqual(expected);
  });

  it('two labelled lines naming one thing each stay items ("Dentist - book it" names what to book)', () => {
    expect(grouped('Dentist - book a check-up\nCar - book the MOT')).not.toContain('Car / Book the MOT');
  });

  it('a run of lines labelled with a dash groups each line under its label', () => {
    expect(grouped('Choir - learn the tenor line, pay the subs\nPottery - glaze the bowls\nGarden - rake the leaves, cover the compost')).toEqual([
      'Choir / Learn the tenor line',
      'Choir / Pay the subs',
      'Pottery / Glaze the bowls',
      'Garden / Rake the leaves',
      'Garden / Cover the compost',
    ]);
  });

  it('lines led by a name and a dash say who, not which group', () => {
    expect(grouped('Ottilie - call her back, send the photos\nBram - return his drill')).not.toContain('Ottilie / Send the photos');
  });

  it('a lone "label: things" line stays one item', () => {
    expect(grouped('hardware store: screws, wood glue, sandpaper')).not.toContain('Hardware store / Screws');
  });

  it('labelled lines that ask for nothing ("Venue:", "Attendees:") group nothing', () => {
    expect(grouped('Venue: the old boathouse\nAttendees: Ruth, Omar\nCatering: sandwiches')).not.toContain('Venue / The old boathouse');
  });
});

describe('a label over a run of short items', () => {
  it.each([
    ['Car: tyres, wipers, MOT', ['Car / Tyres', 'Car / Wipers', 'Car / MOT']],
    ['misc - recycling out, gym, ring Gran', ['- / Recycling out', '- / Gym', '- / Ring Gran']],
    ['Misc: recycling out, gym, dentist', ['- / Recycling out', '- / Gym', '- / Dentist']],
  ])('gives one task an item: "%s"', (dump, expected) => {
    expect(drafted(dump)).toEqual(expected);
  });

  it.each(['Groceries: oat milk, lemons, rice', 'Tesco: oat milk, lemons, rice', 'Buy: oat milk, lemons, rice', 'Packing list: passport, charger, adapter'])(
    'keeps a list of things to buy or pack as one task: "%s"',
    (dump) => {
      expect(drafted(dump)).toHaveLength(1);
    },
  );
});

describe('a long label', () => {
  it.each([
    ['Planning the holiday to Crete:\n- book the ferry\n- renew the EHIC', 'Holiday to Crete'],
    ['Getting ready for the move to Bristol:\n- book the van\n- redirect the post', 'Move to Bristol'],
    ["Organising Gran's 90th birthday lunch:\n- book the room\n- order the cake", "Gran's 90th birthday lunch"],
    ['Sorting out the shed before winter:\n- fix the door\n- oil the mower', 'Shed'],
    ['Getting the flat ready to rent out:\n- paint the hall\n- fix the tap', 'Flat'],
    ["shop stuff for when we reopen:\n- order cups\n- fix the sign", 'Shop'],
    ["for uni, because it never stops:\n- email the tutor\n- print the essay", 'Uni'],
  ])('is named by the thing it is about: "%s"', (dump, project) => {
    expect(grouped(dump).map((line) => line.split(' / ')[0])).toEqual([project, project]);
  });

  it('keeps a label of four words or fewer as written', () => {
    expect(grouped("Bathroom refit at Mum's:\n- pick tiles\n- call the plumber")).toEqual([
      "Bathroom refit at Mum's / Pick tiles",
      "Bathroom refit at Mum's / Call the plumber",
    ]);
  });
});

describe('a label with a remark in brackets', () => {
  it('groups its items, and a deadline in the remark dates those naming no day', () => {
    const dump = 'Garden (before the frost Thurs): lift the dahlias, wrap the olive tree, drain the hose on Tuesday';
    expect(grouped(dump)).toEqual(['Garden / Lift the dahlias', 'Garden / Wrap the olive tree', 'Garden / Drain the hose']);
    expect(dated(dump)).toEqual(['Lift the dahlias / 2027-03-10', 'Wrap the olive tree / 2027-03-10', 'Drain the hose / 2027-03-09']);
  });
});

describe('several labelled groups in one paragraph', () => {
  it('"For the X: …" then "For the Y I need to …": the second effort is a group of its own', () => {
    expect(grouped('For the treehouse: buy the decking screws, cut the ladder rungs. For the allotment shed I need to fix the hinge and paint the door.')).toEqual([
      'Treehouse / Buy the decking screws',
      'Treehouse / Cut the ladder rungs',
      'Allotment shed / Fix the hinge',
      'Allotment shed / Paint the door',
    ]);
  });

  it('a word and a dash after a label is the next label, and a closing "and …" belongs to neither', () => {
    expect(grouped('pottery: glaze the bowls, book a kiln slot. rowing - renew the club licence, collect my oar. and post the card to Ingrid')).toEqual([
      'Pottery / Glaze the bowls',
      'Pottery / Book a kiln slot',
      'Rowing / Renew the club licence',
      'Rowing / Collect my oar',
      '- / Post the card to Ingrid',
    ]);
  });

  it('"And …" after a single label stays in its group', () => {
    expect(grouped('Bakery: order the flour sacks. Fix the proofer. And ring the health inspector about Monday.')).toEqual([
      'Bakery / Order the flour sacks',
      'Bakery / Fix the proofer',
      'Bakery / Ring the health inspector about Monday',
    ]);
  });

  it('an answer before a dash ("No - …") is no label', () => {
    expect(grouped('Café: did the supplier invoice get paid? No - pay the supplier invoice today. Restock the till rolls.')).toEqual([
      'Café / Pay the supplier invoice',
      'Café / Restock the till rolls',
    ]);
  });

  it('a one-word label stands for the fuller name the paragraph gave before', () => {
    expect(grouped('Busy with the pottery studio and the vegetable garden. studio: order the clay, fix the wheel. garden: thin the carrots.')).toEqual([
      'Pottery studio / Order the clay',
      'Pottery studio / Fix the wheel',
      'Vegetable garden / Thin the carrots',
    ]);
  });

  it('among labels, a label over a list that asks for something groups it, "Stuff:" is a group and "Me:" ends them', () => {
    expect(
      grouped(
        'Papers: the bank letter arrived, I need to scan the passport and sign the form. Stuff: sell the piano, give the books away. Me: book a massage.',
      ),
    ).toEqual(['Papers / Scan the passport', 'Papers / Sign the form', 'Stuff / Sell the piano', 'Stuff / Give the books away', '- / Book a massage']);
  });

  it('how the writer feels ends the last labelled group', () => {
    expect(grouped('Garage: sweep the floor. Attic: sort the boxes, recycle the old paint. Honestly the hardest part is leaving Grandpa. Visit Grandpa on Sunday.')).toEqual([
      'Garage / Sweep the floor',
      'Attic / Sort the boxes',
      'Attic / Recycle the old paint',
      '- / Visit Grandpa',
    ]);
  });
});

describe('what stays inside a labelled group', () => {
  it('a name and a dash after a label is a person, not the next group', () => {
    expect(grouped('Work: finish the audit. Priyamvada - ask her for the login.')).not.toContain('Priyamvada / Ask her for the login');
  });

  it('how the writer feels under a single label keeps the group', () => {
    expect(grouped('Bakery: order the flour sacks. Honestly the hardest part is the early starts. Fix the proofer.')).toContain('Bakery / Fix the proofer');
  });

  it('a word judging the thing is no part of its name', () => {
    expect(grouped('Still stuck with the annoying printer and the garden. printer: order the toner, clean the rollers.')).toContain('Printer / Order the toner');
  });

  it('a label that its one task does something to is the thing, and the group in force holds', () => {
    expect(grouped('Flat: call the letting agent about the damp. Storage unit: close it, nothing left in there. Vacuum the hall.')).toEqual([
      'Flat / Call the letting agent about the damp',
      'Flat / Close the storage unit',
      'Flat / Vacuum the hall',
    ]);
  });

  it('a label whose rest opens with something else keeps its group, whatever "them" stands for', () => {
    const items = segment('Flat: call the letting agent. Taxes: the receipts are in the drawer, so scan them.');
    expect(items.map((item) => `${item.project} / ${item.text}`)).toContain('Taxes / scan them');
  });
});

describe("a roster of people's labels beside a me: line", () => {
  it('groups the jobs of a label whose line speaks of its person as "she", "him" or "them": they are the reader\'s for that person', () => {
    expect(
      grouped(
        "Mrs. Kavanagh: drop the grout samples over by Friday, she's torn between silver and pewter\nThe Doyles: order the porcelain and tell them the wet room has to cure\nDr. Nwosu: measure up the kitchen splashback Monday\nMe: new knee pads",
      ),
    ).toEqual([
      'Mrs. Kavanagh / Drop the grout samples over',
      'The Doyles / Order the porcelain',
      'The Doyles / Tell the Doyles the wet room has to cure',
      'Dr. Nwosu / Measure up the kitchen splashback',
      '- / New knee pads',
    ]);
  });

  it('keeps minutes giving each person a step theirs, a pronoun after another name meaning that one', () => {
    expect(grouped('Priya: ask Tom if he can cover the Friday shift\nSam: send the invoice to the vendor\nMe: book the room for Thursday')).toEqual([
      '- / Book the room',
    ]);
  });
});

describe('a run of labelled lines whose first items name things', () => {
  it('groups each line by its label when any item of the run asks for something', () => {
    expect(
      grouped(
        'Marina clinic: scanner demo Sun, renew the facility licence\nJLT clinic: aligner stock count tomorrow, call the landlord re the AC leak\nVilla: pool pump guy Thursday 10am, pay DEWA, get a spare gate key cut',
      ),
    ).toEqual([
      'Marina clinic / Scanner demo',
      'Marina clinic / Renew the facility licence',
      'JLT clinic / Aligner stock count',
      'JLT clinic / Call the landlord re the AC leak',
      'Villa / Pool pump guy',
      'Villa / Pay DEWA',
      'Villa / Get a spare gate key cut',
    ]);
  });

  it('makes no group of a standup\'s "blockers:"', () => {
    expect(drafted('y: finished the export bug\nt: pair with Sam on caching, write tests\nblockers: waiting on design').some((line) => line.startsWith('Blockers'))).toBe(false);
  });
});

describe('labels naming clients, each line speaking of its client', () => {
  it('group their lines as the writer\'s jobs, a day or month named before the pronoun too', () => {
    const dump = 'Mrs Pillay: colour on Thursday, order her shade by tomorrow\nMr Naidoo: he is in hospital, so cancel his Wednesday cut\nMe: buy new shears';
    expect(grouped(dump)).toEqual(['Mrs Pillay / Colour', 'Mrs Pillay / Order her shade', "Mr Naidoo / Cancel his Wednesday cut", '- / Buy new shears']);
  });
});

describe('a label naming a thing of the writer\'s in a few words, or where it is', () => {
  it('reads "The new shower block:" as the group, as "The shower block:" is', () => {
    expect(grouped('Busy week. The new shower block: pay Gansukh the plumber on Monday, order the heater.')).toEqual([
      'New shower block / Pay Gansukh the plumber',
      'New shower block / Order the heater',
    ]);
  });

  it('leaves where the thing is out of the name ("The new shower block at the camp:")', () => {
    expect(grouped('Two things this week. The new shower block at the camp: pay Gansukh the plumber on Monday, order the heater.')).toEqual([
      'New shower block / Pay Gansukh the plumber',
      'New shower block / Order the heater',
    ]);
  });
});

describe('a family as a label', () => {
  it('keeps the "the" of a family named by its surname ("The Doyles:")', () => {
    expect(grouped('The Naidoos: quote for the irrigation system, order the fynbos plugs\nThe Doyles: order the porcelain')).toEqual([
      'The Naidoos / Quote for the irrigation system',
      'The Naidoos / Order the fynbos plugs',
      'The Doyles / Order the porcelain',
    ]);
  });
});
