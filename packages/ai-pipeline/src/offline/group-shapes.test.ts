import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { asGroupedLines, confidentTasks } from '../testing/confident-tasks.ts';
import { parseDump } from './parse-dump.ts';

const context: DraftContext = { today: '2026-03-10', timezone: 'Europe/London', projects: [], tasks: [] };

/** Each confident task as "project / title" ("- / title" when it has no project). */
function grouped(dump: string): string[] {
  return asGroupedLines(confidentTasks(parseDump(dump, context)));
}

/** The projects a dump creates. */
function projects(dump: string): string[] {
  return parseDump(dump, context).flatMap((operation) => (operation.op === 'create_project' ? [operation.name] : []));
}

describe('labels that say what they are about', () => {
  it.each([
    ['On the house front: get three quotes for the roof, clear the loft', 'House'],
    ['On the money front: cancel the gym, move the savings to the new account', 'Money'],
    ['Wedding-related: confirm the florist, send the seating plan to Mum', 'Wedding'],
    ['school related: sign the trip form, buy a new lunchbox', 'School'],
    ['As for the garage sale:\n- price everything\n- put up posters', 'Garage sale'],
  ])('"%s" names %s', (dump, project) => {
    const tasks = grouped(dump);
    expect(tasks).toHaveLength(2);
    for (const task of tasks) expect(task.startsWith(`${project} / `)).toBe(true);
  });
});

describe('a pictured heading with a colon', () => {
  it('heads the plain lines under it', () => {
    expect(grouped('🌿 Garden:\nbuy compost\nmow the lawn\n🐕 Dog:\nbook the groomer')).toEqual([
      'Garden / Buy compost',
      'Garden / Mow the lawn',
      'Dog / Book the groomer',
    ]);
  });
});

describe('a tag on a line of its own', () => {
  it('heads the list under it as a label would', () => {
    expect(grouped('#thesis\n- write chapter 2\n- email my supervisor\n#home\n- descale the kettle')).toEqual([
      'Thesis / Write chapter 2',
      'Thesis / Email my supervisor',
      'Home / Descale the kettle',
    ]);
  });

  it('over a pasted chat names the channel, not a group', () => {
    const tasks = grouped('#ops-team\nLena: can you restart the staging server today?\nMe: sure');
    expect(tasks.every((task) => task.startsWith('- / '))).toBe(true);
  });
});

describe('context tags with "@"', () => {
  it('a word after "@" opening a line groups the line', () => {
    expect(grouped('@office print the contracts\n@office order toner\n@home hoover the stairs\nbook the dentist')).toEqual([
      'Office / Print the contracts',
      'Office / Order toner',
      'Home / Hoover the stairs',
      '- / Book the dentist',
    ]);
  });

  it('a mention of someone names no group', () => {
    const tasks = grouped('@priya send me the slides\n@mark can you check the figures\norder toner');
    expect(tasks.every((task) => task.startsWith('- / '))).toBe(true);
  });
});

describe('a label that calls itself a project', () => {
  it.each([
    'Podcast project — record episode three, edit the intro',
    'My podcast project: record episode three, edit the intro',
    'the podcast project - record episode three, edit the intro',
  ])('groups its line: "%s"', (dump) => {
    expect(grouped(dump)).toEqual(['Podcast / Record episode three', 'Podcast / Edit the intro']);
  });
});

describe('a heading with a remark after a dash', () => {
  it('is named without the remark, and its own date dates none of its items', () => {
    expect(grouped('Taxes - due April 15\n- gather receipts\n- email the accountant\nGarden — before spring\n- prune the apple tree')).toEqual([
      'Taxes / Gather receipts',
      'Taxes / Email the accountant',
      'Garden / Prune the apple tree',
    ]);
    const operations = parseDump('KITCHEN RENO - DUE 1 MAY\n- order the worktop\n- book the tiler', context);
    expect(confidentTasks(operations)).toEqual([
      ['Order the worktop', 'Kitchen reno'],
      ['Book the tiler', 'Kitchen reno'],
    ]);
    expect(operations.flatMap((operation) => (operation.op === 'create_task' ? [operation.due_date] : []))).toEqual([null, null]);
  });

  it('keeps a name after its dash, and a greeting with more to say is no heading', () => {
    expect(grouped('Work – Acme account\n- send the deck')).toEqual(['Work – Acme account / Send the deck']);
    expect(grouped("Hi all — a recap of today's call:\n- I'll send the deck\n- Mo owns the budget").some((task) => task.startsWith('Hi '))).toBe(false);
  });
});

describe('what a list is called, before its name', () => {
  it.each([
    ['Things to sort for the trip:\n- renew passports\n- book the kennel', 'Trip'],
    ['Jobs around the house:\n- fix the gate\n- paint the fence', 'House'],
    ['Stuff to get done for the wedding:\n- book the band\n- buy the rings', 'Wedding'],
  ])('"%s" names %s', (dump, project) => {
    const tasks = grouped(dump);
    expect(tasks).toHaveLength(2);
    for (const task of tasks) expect(task.startsWith(`${project} / `)).toBe(true);
  });
});

describe('a topic brought up with "then"', () => {
  it('groups the sentences after it', () => {
    expect(grouped('Work is fine. Then the wedding stuff. Need to book the photographer and send the invites.')).toEqual([
      'Wedding / Book the photographer',
      'Wedding / Send the invites',
    ]);
  });
});

describe('a heading underlined by a rule', () => {
  it('heads the lines under it, plain or listed', () => {
    expect(grouped('Work\n----\nsend the contract\ncall Dave\n\nHome\n====\n- fix the tap')).toEqual([
      'Work / Send the contract',
      'Work / Call Dave',
      'Home / Fix the tap',
    ]);
  });

  it('a rule alone ends the group above it', () => {
    expect(grouped('Garden:\n- prune the roses\n---\nbuy milk')).toEqual(['Garden / Prune the roses', '- / Buy milk']);
  });
});

describe('a word that could be a verb over a list of steps', () => {
  it('names the list', () => {
    expect(grouped('move\n- book the van\n- cancel broadband\n\nshop\n- order bread\n- pick up the parcel')).toEqual([
      'Move / Book the van',
      'Move / Cancel broadband',
      'Shop / Order bread',
      'Shop / Pick up the parcel',
    ]);
  });

  it('over the things it acts on, it is no heading', () => {
    expect(projects('Call\n- mum\n- the bank')).toEqual([]);
  });
});

describe('an occasion said to be coming', () => {
  it('groups the sentences after it in its paragraph', () => {
    expect(grouped("Dad's retirement party is on the 20th. I need to book the pub and collect money for the gift.\n\nRenew my railcard.")).toEqual([
      "Dad's retirement party / Book the pub",
      "Dad's retirement party / Collect money for the gift",
      '- / Renew my railcard',
    ]);
    expect(grouped('The school fair is coming up. Bake the brownies and print the raffle tickets.')).toEqual([
      'School fair / Bake the brownies',
      'School fair / Print the raffle tickets',
    ]);
  });

  it('a deadline names what it is for', () => {
    expect(grouped('The deadline for the bursary is in ten days. Finish the personal statement and ask Mr Hale for a reference.')).toEqual([
      'Bursary / Finish the personal statement',
      'Bursary / Ask Mr Hale for a reference',
    ]);
  });

  it('steps named by their verb stay in its group', () => {
    expect(grouped('The street party is on Saturday. to sort: borrow trestle tables, buy bunting')).toEqual([
      'Street party / Borrow trestle tables',
      'Street party / Buy bunting',
    ]);
  });

  it('closing its paragraph, it is the thing to go to, no group', () => {
    const operations = parseDump('Pay the window cleaner. And my eye test appointment is on Friday.', context);
    expect(operations.some((operation) => operation.op === 'create_task' && /eye test appointment/i.test(operation.title))).toBe(true);
  });

  it('one word said to be on a day is an appointment, no group', () => {
    expect(projects('The dentist is on Friday. Find the insurance card and book a taxi.')).toEqual([]);
  });
});

describe('a connective before a label', () => {
  it('leads to the next group', () => {
    expect(grouped('Kitchen: order the worktop, book the tiler. Also garden: mow the lawn, fix the fence.')).toEqual([
      'Kitchen / Order the worktop',
      'Kitchen / Book the tiler',
      'Garden / Mow the lawn',
      'Garden / Fix the fence',
    ]);
  });

  it('before who said it names none', () => {
    expect(projects('Kitchen: order the worktop, book the tiler. Also HR says: please sign the new contract this week.')).toEqual(['Kitchen']);
  });

  it('before a reminder or "one more thing" names none', () => {
    expect(projects('And don\'t forget: the plumber comes Thursday, so be home. Also one more thing: renew the parking permit.')).toEqual([]);
  });
});

describe('labels marked by a pipe, an arrow or ">"', () => {
  it.each(['|', '->', '→', '>'])('lines opened alike by a label and "%s" are groups', (mark) => {
    expect(grouped(`Work ${mark} send the invoice, book the room\nHome ${mark} fix the gate`)).toEqual([
      'Work / Send the invoice',
      'Work / Book the room',
      'Home / Fix the gate',
    ]);
  });

  it('one such line, or steps before the mark, name no group', () => {
    expect(projects('Work -> send the invoice')).toEqual([]);
    expect(projects('call Sam -> ask about the keys\nemail Jo -> send the deck')).toEqual([]);
  });
});

describe('a tag in brackets after its item', () => {
  it('names its group', () => {
    expect(grouped('fix the gate [house]\nsend the invoice [work]\ncall mum')).toEqual(['House / Fix the gate', 'Work / Send the invoice', '- / Call mum']);
  });

  it('a status in brackets names none, and "[done]" is done', () => {
    expect(grouped('send the deck [waiting]\nbook the MOT [done]')).toEqual(['- / Send the deck [waiting]']);
  });
});

describe('what the writer says they are working on', () => {
  it('groups the sentences after it', () => {
    expect(grouped("I'm working on the allotment this spring. Need to dig the beds and fix the shed door.\n\nPay the council tax.")).toEqual([
      'Allotment / Dig the beds',
      'Allotment / Fix the shed door',
      '- / Pay the council tax',
    ]);
    expect(grouped("I'm working on the house all weekend. Paint the hall and fix the gate.")).toEqual(['House / Paint the hall', 'House / Fix the gate']);
  });
});

describe('a heading that names the planning of an effort', () => {
  it('names the effort', () => {
    expect(grouped("Planning Ella's christening:\n- book the church\n- order the cake\nPrepping for the move:\n- buy boxes")).toEqual([
      "Ella's christening / Book the church",
      "Ella's christening / Order the cake",
      'Move / Buy boxes',
    ]);
  });
});

describe('labels in bold or shouted before their line', () => {
  it('bold labels, the colon inside or out, group their lines', () => {
    expect(grouped('**Work:** send the invoice, book the room\n__Home__: fix the tap')).toEqual([
      'Work / Send the invoice',
      'Work / Book the room',
      'Home / Fix the tap',
    ]);
  });

  it('shouted labels group their lines', () => {
    expect(grouped('WORK send the invoice, book the room\nHOME fix the tap')).toEqual(['Work / Send the invoice', 'Work / Book the room', 'Home / Fix the tap']);
  });

  it('a shouted priority or a verb in bold is no label', () => {
    expect(projects('URGENT call the bank\nASAP fix the gate\n**Email** Jo about the rota\n**Call** the vet')).toEqual([]);
  });
});

describe('what a label goes on to say after its name', () => {
  it.each([
    ['Home, because the boiler died again:\n- call the landlord\n- buy a heater', 'Home'],
    ['For the allotment I need to:\n- dig the beds\n- buy seed potatoes', 'Allotment'],
    ['School stuff for next term:\n- buy the uniform\n- label the lunchbox', 'School'],
    ['Okay, garden:\n- mow the lawn\n- trim the hedge', 'Garden'],
    ['bake sale thurs:\n- buy flour\n- make the signs', 'Bake sale'],
  ])('"%s" names %s', (dump, project) => {
    const tasks = grouped(dump);
    expect(tasks).toHaveLength(2);
    for (const task of tasks) expect(task.startsWith(`${project} / `)).toBe(true);
  });
});

describe('a shouted pictured label', () => {
  it('heads the pictured lines under it, done ones and things among them, even straight after another group', () => {
    expect(grouped('🐈 CATS\n✅ fed the cats\n🔲 book the vet for Tom\n🔲 buy litter\n🚲 BIKE\n🔲 new brake pads\n📚 SPANISH CLASS\n🔲 finish the homework')).toEqual([
      'Cats / Book the vet for Tom',
      'Cats / Buy litter',
      'Bike / New brake pads',
      'Spanish class / Finish the homework',
    ]);
  });
});

describe('a label made long by a remark in brackets', () => {
  it('groups its line by the name before the remark', () => {
    expect(grouped("For the street party (it's on the 12th, on our road): borrow trestle tables, buy bunting")).toEqual([
      'Street party / Borrow trestle tables',
      'Street party / Buy bunting',
    ]);
  });
});

describe('a topic brought up with what it is', () => {
  it('"Then the X, which is …" groups the sentences after it', () => {
    expect(grouped('Then the school play, which is the other monster. I need to sew the costumes and print the programmes.')).toEqual([
      'School play / Sew the costumes',
      'School play / Print the programmes',
    ]);
  });
});

describe('a heading whose remark holds its date', () => {
  it('may say a little more and still be left out of the name', () => {
    expect(grouped('BAKE SALE — stall outside the library on 14 May\n- buy flour\n- make the signs')).toEqual([
      'Bake sale / Buy flour',
      'Bake sale / Make the signs',
    ]);
  });
});
