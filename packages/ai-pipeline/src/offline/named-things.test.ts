import { describe, expect, it } from 'vitest';
import { nameThing, statedThing } from './named-things.ts';
import { parseDump } from './parse-dump.ts';

const context = { today: '2026-11-23', timezone: 'UTC', projects: [], tasks: [] };

describe('things named', () => {
  it('reads the thing a clause says is in some state', () => {
    expect(statedThing('Also the car is making that noise again')).toBe('the car');
    expect(statedThing('My sister is coming and the spare room is still full of boxes')).toBe('the spare room');
    expect(statedThing('Work is a lot right now')).toBeNull();
  });

  it('ends a thing before the verb that says what it does: "the volunteer group arrives" is no "them"', () => {
    expect(nameThing('Pick them up from the bus terminal', 'The volunteer group arrives on the 29th, so ')).toBe('Pick them up from the bus terminal');
    expect(nameThing('Check it over', 'The new van arrives on Friday, so ')).toBe('Check the new van over');
  });

  it('names what "it" or "that" is from the clause before the task', () => {
    expect(nameThing('Take it to the shop', 'Also the car is making that noise again, so ')).toBe('Take the car to the shop');
    expect(nameThing('Clear that out', 'the spare room is still full of boxes, so I need to ')).toBe('Clear the spare room out');
  });

  it('reads a thing the writer has not yet done or keeps putting off', () => {
    expect(statedThing("Work first: the workshop is on the 11th and I haven't even started the agenda, so I need to ")).toBe('the agenda');
    expect(statedThing("I've been meaning to sort out the health insurance switch since July, I'll ")).toBe('the health insurance switch');
    expect(statedThing('- oil change is 500 miles overdue, ')).toBe('the oil change');
    expect(statedThing('My food hygiene course certificate runs out in May, so ')).toBe('my food hygiene course certificate');
    expect(nameThing('Renew it before then', 'My season ticket expires on the 3rd, so ')).toBe('Renew my season ticket before then');
    // Said done, or a person late: nothing to name.
    expect(statedThing('I booked the venue, so ')).toBeNull();
    expect(statedThing('Priya is late again, so ')).toBeNull();
  });

  it('names "it" from a thing not yet done, with the day after it', () => {
    expect(nameThing('Draft it', "I haven't even started the agenda, so I need to ")).toBe('Draft the agenda');
    expect(nameThing('Book it this week', "I still haven't booked the venue, so ")).toBe('Book the venue this week');
  });

  it('names "a new one" or "another one" by the thing said to be in some state before it', () => {
    expect(nameThing('Order a new one', 'the hall ladder is wobbly, ')).toBe('Order a new hall ladder');
    expect(nameThing('Get another one', 'the garden hose has split, so ')).toBe('Get another garden hose');
    // Nothing said to be in some state, or a plural: nothing to name.
    expect(nameThing('Buy a new one', 'water the ferns, ')).toBe('Buy a new one');
    expect(nameThing('Buy a new one', 'the tyres are worn, ')).toBe('Buy a new one');
  });

  it('names "new ones" by the things said to be in some state before them', () => {
    expect(nameThing('Order new ones', 'My uniform boots are finished, ')).toBe('Order new uniform boots');
    expect(nameThing('Get new ones this week', 'my running shoes are worn out, ')).toBe('Get new running shoes this week');
    // Nothing said to be in some state, or "one" after more: nothing to name.
    expect(nameThing('Get new ones', 'water the ferns, ')).toBe('Get new ones');
    expect(nameThing('Buy a new one', 'the bins are broken, ')).toBe('Buy a new one');
  });

  it('says what a part is for when the clause before says one thing is faulty', () => {
    expect(nameThing('buy a fuse', 'The garage heater is dead again, ')).toBe('buy a fuse for the garage heater');
    expect(nameThing('order a new hinge', 'the wardrobe door still squeaks, ')).toBe('order a new hinge for the wardrobe door');
    // A part already said to be for something, an act other than buying, or no faulty thing: as written.
    expect(nameThing('buy a fuse for the kettle', 'The garage heater is dead again, ')).toBe('buy a fuse for the kettle');
    expect(nameThing('call an electrician', 'The garage heater is dead again, ')).toBe('call an electrician');
    expect(nameThing('buy a fuse', 'The garage heater is ready, ')).toBe('buy a fuse');
    expect(nameThing('buy some hinges', 'the wardrobe door still squeaks and the garage heater is dead, ')).toBe('buy some hinges');
    expect(nameThing('buy a fuse', 'The garage heater is dead again, so call Dad and ')).toBe('buy a fuse');
  });

  it('names what is renewed by the thing its clause before says lapses', () => {
    expect(nameThing('renew', '- boat licence expires on the 9th, ')).toBe('renew the boat licence');
    expect(nameThing('Renew it', "Tom's gym membership ran out last week, ")).toBe("Renew Tom's gym membership");
    expect(nameThing('renew it', 'my season ticket for the Rovers runs out in May, ')).toBe('renew my season ticket for the Rovers');
    expect(nameThing('top it up', 'Also: the parking permit has expired, ')).toBe('top up the parking permit');
    // A renewal that names its thing, or a clause before that opens with no lapsing thing: as before.
    expect(nameThing('renew the lease', '- boat licence expires on the 9th, ')).toBe('renew the lease');
    expect(nameThing('renew', 'I think the boat licence expires on the 9th, ')).toBe('renew');
    expect(nameThing('renew', 'Mum said the boat licence expires on the 9th, ')).toBe('renew');
  });

  it('leaves what an update is of to the open tasks', () => {
    expect(nameThing('Cancel that', 'the surprise party is off, ')).toBe('Cancel that');
    expect(nameThing('Push it to Friday', 'the report is not ready, ')).toBe('Push it to Friday');
  });

  it('keeps "…, cancel that" after a cancelled open task an update, not a new task', () => {
    const tasks = [{ id: '9d2f4e61-0a7b-4c35-8e19-3b6a5c4d2e02', title: "Plan Jonas's surprise party", due_date: null, project_id: null, status: 'todo' as const }];
    const operations = parseDump('The surprise party for Jonas is off - he found out, cancel that.', { ...context, tasks });
    expect(operations.filter((operation) => operation.op === 'update_task')).toHaveLength(1);
    expect(operations.filter((operation) => operation.op === 'create_task' && (operation.confidence ?? 1) >= 0.5)).toEqual([]);
  });

  it('leaves a title whose pronoun is no object, or whose sentence names no thing', () => {
    expect(nameThing('Take it easy', 'the week is long, so ')).toBe('Take it easy');
    expect(nameThing('Take it to the shop', 'Work is mad, so ')).toBe('Take it to the shop');
  });

  it('keeps such a task, named, in a dump; one pointing at another sentence stays offered', () => {
    const operations = parseDump('The car is making that noise again, so take it to the shop. The boiler was fine. Sort it out.', context);
    const tasks = operations.flatMap((operation) => (operation.op === 'create_task' ? [[operation.title, (operation.confidence ?? 1) >= 0.5] as const] : []));
    expect(tasks).toContainEqual(['Take the car to the shop', true]);
    expect(tasks).toContainEqual(['Sort it out', false]);
  });

  it('names "them" or "those" from the nearest plural thing before it, in its sentence or the one before', () => {
    expect(nameThing('Dig them up', 'The tulip bulbs are rotting in the wet bed, so ')).toBe('Dig the tulip bulbs up');
    expect(nameThing('Redo those', "I never finished the gutter repairs, I'll ", '')).toBe('Redo the gutter repairs');
    expect(nameThing('Post them', 'Yes - ', 'Have the signed permission slips gone back to school? ')).toBe('Post the signed permission slips');
    // "all the" stays: the writer meant every one.
    expect(nameThing('Scan them', 'the bank wants all the payslips by June, so ')).toBe('Scan all the payslips');
  });

  it('names "them" or "those" by a counted thing with no determiner: the thing, not who counted it', () => {
    expect(nameThing('Unpack them', 'Nadia dropped off 12 crates of apples, ')).toBe('Unpack 12 crates of apples');
    expect(nameThing('Shelve those', 'The Lindqvists donated four boxes of atlases, so ')).toBe('Shelve four boxes of atlases');
    // A count after a determiner is part of that phrase; who is reached stays people; a time or one thing is no plural thing.
    expect(nameThing('Feed them', 'The three new rabbits arrive tomorrow, ')).toBe('Feed the three new rabbits');
    expect(nameThing('Ring them', 'Nadia and Joe booked two rooms, ')).toBe('Ring Nadia and Joe');
    expect(nameThing('Sort them', 'I have 3 hours free, ')).toBe('Sort them');
    expect(nameThing('Ice it', 'Pia ordered one cake, ')).toBe('Ice it');
    // Whose "their" things are is never a count of things.
    expect(nameThing('Brief their staff', 'The Okoyes run the café and want five new logos, ')).toBe('Brief the staff for the Okoyes');
  });

  it('keeps a short phrase that says which thing, and stops a phrase at its verb', () => {
    expect(nameThing('Look into it', 'Pia and I wanted to rent the cottage in Wales before the prices jump, ')).toBe('Look into the cottage in Wales');
    expect(nameThing('Print it', 'Marta and I want the seating plan from last year, ')).toBe('Print the seating plan from last year');
    expect(nameThing('Feed them', 'The three new rabbits arrive tomorrow, ')).toBe('Feed the three new rabbits');
    expect(nameThing('Take it in', "the van's rattling on every bump, ")).toBe('Take the van in');
  });

  it('names "them" as someone to reach only by people', () => {
    expect(nameThing('Phone them', 'lunch with Ines and Bruno got moved, ')).toBe('Phone Ines and Bruno');
    expect(nameThing('Send them the key', 'the flat for the Okafors is ready Monday, I need to ')).toBe('Send the Okafors the key');
    // An office is no "them" to phone by a plural thing: left as written.
    expect(nameThing('Ring them again', 'the estate office still has the spare keys, ')).toBe('Ring them again');
    expect(nameThing('Email them', 'Monday and Tuesday are packed, ')).toBe('Email them');
  });

  it('says whose "their" things are as "the things for them"', () => {
    expect(nameThing('Label their lockers', 'The four new swimmers join on Monday, ')).toBe('Label the lockers for the four new swimmers');
    expect(nameThing('Check their homework', 'Work is busy, ')).toBe('Check their homework');
  });

  it('leaves a pronoun with no clear thing before it as written', () => {
    // A part of them, or a plural for "it".
    expect(nameThing('Eat all of them', 'The scones from the bakery are going stale, ')).toBe('Eat all of them');
    expect(nameThing('Sort it', 'The good tickets are going fast, ')).toBe('Sort it');
    // A time is no thing to act on.
    expect(nameThing('Enjoy it', 'I have the weekend free, ')).toBe('Enjoy it');
    // After tasks in its sentence "it" may be any of their things: "it" is no nearest thing there.
    expect(nameThing('List it online', 'Paint the hallway by the kitchen, fix the fence, and ')).toBe('List it online');
    // "it" is named only from its own sentence.
    expect(nameThing('Sort it', '', 'The gate by the orchard is broken. ')).toBe('Sort it');
    // An update's "those" is matched against the open tasks.
    expect(nameThing('Cancel those', 'the pool lessons are off, ')).toBe('Cancel those');
  });

  it('makes "do it" a task when its thing is named, and keeps it out otherwise', () => {
    const titles = (dump: string) =>
      parseDump(dump, context).flatMap((operation) => (operation.op === 'create_task' && (operation.confidence ?? 1) >= 0.5 ? [operation.title] : []));
    expect(titles('The fire drill report is on me this quarter - do it by Friday.')).toContain('Do the fire drill report');
    expect(titles('Honestly I keep thinking about it. Do it.')).toEqual([]);
  });
});


describe('a thing and what happened to it', () => {
  it('names "it" without the past verb that follows the thing', () => {
    expect(nameThing('Frame it', 'the poster turned up, ')).toBe('Frame the poster');
    expect(nameThing('Return it', 'the wrong charger got delivered, ')).toBe('Return the wrong charger');
  });

  it('keeps a past form before the noun, which describes it', () => {
    expect(nameThing('Sand it', 'the old varnished stool wobbled, ')).toBe('Sand the old varnished stool');
  });
});

describe('the subject of the clause before, for "it"', () => {
  it('names "it" by the singular thing the clause before is about, past filler that opens the task', () => {
    expect(nameThing('Glaze it', 'When the new kiln arrives, ')).toBe('Glaze the new kiln');
    expect(nameThing('email the landlord about it', 'The boiler in the cellar stopped twice overnight, so ')).toBe(
      'email the landlord about the boiler in the cellar',
    );
    expect(nameThing('bake a cake for it', "Ines's christening is on Sunday, I have to ")).toBe("bake a cake for Ines's christening");
  });

  it('passes over a plural subject to the singular thing after it', () => {
    expect(nameThing('sweep it out', 'the new ducklings move into the barn on Friday, so I need to ')).toBe('sweep the barn out');
  });

  it('names nothing from a clause that asks for something, or with no subject it can name', () => {
    expect(nameThing('wax it', 'Collect the surfboard, then ')).toBe('wax it');
    expect(nameThing('sort it', 'The morning went by too fast, so ')).toBe('sort it');
  });
});

describe('a bare thing opening a list line', () => {
  it('names "it" or "them" by the thing the line opens with, by its number', () => {
    expect(nameThing('send it', '- gas meter reading due Fri, ')).toBe('send the gas meter reading');
    expect(nameThing('renew it', '- boat insurance expires 3/9, ')).toBe('renew the boat insurance');
    expect(nameThing('grade them', '- lab reports due Thursday, ')).toBe('grade the lab reports');
    expect(nameThing('bag them up', '- leaves - ')).toBe('bag the leaves up');
  });

  it('names nothing by a name, a day, a plural for "it" or a clause', () => {
    expect(nameThing('send it over', '- Sam, ')).toBe('send it over');
    expect(nameThing('do it', '- tuesday, ')).toBe('do it');
    expect(nameThing('file it', '- tax receipts, ')).toBe('file it');
    expect(nameThing('sort it', '- ring Dad, ')).toBe('sort it');
  });
});
