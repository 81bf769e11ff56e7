import { describe, expect, it } from 'vitest';
import { clauses, segment, splitClauses } from './segment.ts';

const texts = (dump: string) => segment(dump).map((item) => item.text);

describe('splitting a dump into candidate tasks', () => {
  it('splits dash, star, bullet, plus, numbered and checkbox lists', () => {
    expect(texts('- a task\n* b task\n• c task\n+ d task\n1. e task\n2) f task\n- [ ] g task')).toEqual([
      'a task',
      'b task',
      'c task',
      'd task',
      'e task',
      'f task',
      'g task',
    ]);
  });

  it('splits dictation without punctuation where a day leads the next task', () => {
    expect(texts('I need to wash the dog and then by Thursday return the drill to Sven and tomorrow morning ring the garage')).toEqual([
      'I need to wash the dog',
      'by Thursday return the drill to Sven',
      'tomorrow morning ring the garage',
    ]);
  });

  it('corrects typing slips before reading the items', () => {
    expect(texts('- cancle the gym membrship\n- wahs the car')).toEqual(['cancel the gym membership', 'wash the car']);
  });

  it('reads a keycap number ("1️⃣") in front of an item as its bullet', () => {
    expect(texts('busy week\n1️⃣ renew the car tax\n2️⃣ call the bank about the card\n#️⃣ book the vet')).toEqual([
      'renew the car tax',
      'call the bank about the card',
      'book the vet',
    ]);
  });

  it('skips items already ticked off', () => {
    expect(texts('- [x] clean inbox\n- [ ] update resume')).toEqual(['update resume']);
  });

  it('splits prose into sentences and clauses', () => {
    expect(texts('Call mom tomorrow. Email Dr. Smith; pay rent, and then water the plants')).toEqual([
      'Call mom tomorrow',
      'Email Dr. Smith',
      'pay rent',
      'water the plants',
    ]);
    // Titles in other languages end no sentence either.
    expect(texts('Thank Sra. Ortega for the plants. Ring Mme. Roux about the keys.')).toEqual(['Thank Sra. Ortega for the plants', 'Ring Mme. Roux about the keys']);
  });

  it('ends no sentence at a shortened title before a name, and still ends one at the same letters closing a sentence', () => {
    expect(texts('Ask Bro. Nii if the rota is covered. Visit Sis. Adwoa on Friday.')).toEqual(['Ask Bro. Nii if the rota is covered', 'Visit Sis. Adwoa on Friday']);
    expect(texts('Call my sis. Book the hall.')).toEqual(['Call my sis', 'Book the hall']);
  });

  it('keeps noun lists and "x and y" objects in one task', () => {
    expect(clauses('buy eggs, milk, and bread')).toEqual(['buy eggs, milk, and bread']);
    expect(clauses('buy salt and pepper')).toEqual(['buy salt and pepper']);
    expect(clauses('call mom and email dad')).toEqual(['call mom', 'email dad']);
    expect(clauses('sort photos, no rush')).toEqual(['sort photos (no rush)']);
  });

  it('drops chatter', () => {
    expect(texts("ugh so much to do. I'm behind on everything. fix the gate")).toEqual(['fix the gate']);
  });
});

describe('grouping into projects', () => {
  it('groups under markdown, colon, bold, capitalised and "Project:" headings', () => {
    const items = segment('# Garden\n- mow\n**Side project**\n- set up db\nHouse:\n- clean gutters\nKIDS\n- school shoes\nProject: Website relaunch now\n- pick a font');
    expect(items.map((item) => [item.text, item.project])).toEqual([
      ['mow', 'Garden'],
      ['set up db', 'Side project'],
      ['clean gutters', 'House'],
      ['school shoes', 'Kids'],
      ['pick a font', 'Website relaunch now'],
    ]);
  });

  it('ends a heading at a blank line followed by prose, or at prose after its list', () => {
    const items = segment('# Garden\n- mow\n\n- rake\n\nCall mom\nWork:\n- slides\nemail Bob');
    expect(items.map((item) => [item.text, item.project])).toEqual([
      ['mow', 'Garden'],
      ['rake', 'Garden'],
      ['Call mom', null],
      ['slides', 'Work'],
      ['email Bob', null],
    ]);
  });

  it('reads a line in capitals as a heading only over lines, and never when it asks something', () => {
    expect(segment('CALL THE PLUMBER FRIDAY').map((item) => [item.text, item.project])).toEqual([['CALL THE PLUMBER FRIDAY', null]]);
    expect(segment('buy milk\nSEND THE INVOICE').map((item) => item.project)).toEqual([null, null]);
    expect(segment('GARDEN\nrake the leaves\nmow the lawn').map((item) => item.project)).toEqual(['Garden', 'Garden']);
  });

  it('treats generic headings as no project', () => {
    expect(segment('To do:\n- buy milk\nMisc:\n- call bank').map((item) => item.project)).toEqual([null, null]);
  });

  it('groups children under a bullet that is a label, until the list goes back out', () => {
    const items = segment('- Moving house\n  - get boxes\n  - book movers\n- dentist on Friday');
    expect(items.map((item) => [item.text, item.project])).toEqual([
      ['get boxes', 'Moving house'],
      ['book movers', 'Moving house'],
      ['dentist on Friday', null],
    ]);
  });

  it('reads "Label: tasks" lines and named efforts in prose', () => {
    const items = segment('Garden: water the roses, weed the veg patch\ngroceries: eggs, milk\nFor the kitchen renovation I need to order tiles and call the plumber.');
    expect(items.map((item) => [item.text, item.project])).toEqual([
      ['water the roses', 'Garden'],
      ['weed the veg patch', 'Garden'],
      ['groceries: eggs, milk', null],
      ['I need to order tiles', 'Kitchen renovation'],
      ['call the plumber', 'Kitchen renovation'],
    ]);
  });

  it('gives date headings and leading days to the tasks under them', () => {
    const items = segment('Tomorrow:\n- gym\nSunday 10am: call Oma\ntomorrow I have to pay the bill, call Ravi');
    expect(items.map((item) => [item.text, item.project, item.dateHint])).toEqual([
      ['gym', null, 'Tomorrow'],
      ['call Oma', null, 'Sunday 10am'],
      ['tomorrow I have to pay the bill', null, 'tomorrow'],
      ['call Ravi', null, 'tomorrow'],
    ]);
  });

  it('gives the day of a label before a dash to the items after it', () => {
    const items = segment('saturday errands - return the drill, buy bird seed, call Aunt Jo');
    expect(items.map((item) => [item.text, item.dateHint])).toEqual([
      ['return the drill', 'saturday'],
      ['buy bird seed', 'saturday'],
      ['call Aunt Jo', 'saturday'],
    ]);
  });
});

describe('shapes people write in that are not one task a line', () => {
  it('splits an inline numbered list, dropping its lead-in', () => {
    expect(texts('need to: 1) submit the report 2) book flights 3) renew my passport')).toEqual(['submit the report', 'book flights', 'renew my passport']);
    expect(texts('Call 2 people. Read 1.5 chapters')).toEqual(['Call 2 people', 'Read 1.5 chapters']);
  });

  it('keeps a listed thing said with which ones and a day as an item, not a remark on the item before', () => {
    expect(texts('red envelopes, fresh notes from the bank today, sweep the altar')).toEqual(['red envelopes', 'fresh notes from the bank today', 'sweep the altar']);
    expect(texts('car wash, new tyres before Friday, call mum')).toEqual(['car wash', 'new tyres before Friday', 'call mum']);
    // A thing doing something on a day is still a remark: "registration closes Friday".
    expect(texts('sign Lily up for swimming, registration closes Friday, call mum')).toEqual(['sign Lily up for swimming Friday', 'call mum']);
  });

  it('splits a comma list of short things into one task each, but not a verb and its objects', () => {
    expect(texts('groceries, laundry, call plumber re: leak, dentist thu 2pm, taxes')).toEqual([
      'groceries',
      'laundry',
      'call plumber re: leak',
      'dentist thu 2pm',
      'taxes',
    ]);
    expect(texts('buy eggs, milk, bread')).toEqual(['buy eggs, milk, bread']);
    expect(texts('groceries: eggs, spinach, rice')).toEqual(['groceries: eggs, spinach, rice']);
  });

  it('splits dictated text without punctuation at "and then", "also", "remind me to", "I have to"', () => {
    expect(
      texts('ok so I need to pick up the prescription and then call the insurance company about the claim also remind me to book the car service I have to return the books'),
    ).toEqual(['I need to pick up the prescription', 'call the insurance company about the claim', 'remind me to book the car service', 'I have to return the books']);
  });

  it('groups under a project named in prose, without making the naming sentence a task', () => {
    const items = segment('this week I need to get the kitchen renovation moving. call the contractor, pick tiles\n\nGarden project for spring. Order seeds');
    expect(items.map((item) => [item.text, item.project])).toEqual([
      ['call the contractor', 'Kitchen renovation'],
      ['pick tiles', 'Kitchen renovation'],
      ['Order seeds', 'Garden'],
    ]);
  });

  it('names the project of "Client: …" and "Startup idea: …" lines by what follows the kind', () => {
    const items = segment('Client: Acme redesign\n- send the wireframes\nStartup idea: a meal planning app\n- sketch the landing page');
    expect(items.map((item) => [item.text, item.project])).toEqual([
      ['send the wireframes', 'Acme redesign'],
      ['sketch the landing page', 'Meal planning app'],
    ]);
  });

  it('files Todoist-style #tags under their project and takes them out of the text', () => {
    expect(segment('#work finish the budget review\nfix the shower door #home').map((item) => [item.text, item.project])).toEqual([
      ['finish the budget review', 'Work'],
      ['fix the shower door', 'Home'],
    ]);
  });

  it('reads a pasted message: no greeting, sign-off or signature; a name label is who does it', () => {
    const items = segment('Hi team,\n\nThanks for the meeting today. Action items:\n- Maria: update the pricing page\n\nBest,\nSam');
    expect(items.map((item) => [item.text, item.project, item.owner])).toEqual([['update the pricing page', null, 'Maria']]);
  });

  it('reads "Sam + me:" in a message as who does it, and a meeting\'s next date as no task', () => {
    const items = segment('Action items:\n- Sam + me: draft the interview plan\n- Me: send the roadmap\n\nNext sync 27/04.');
    expect(items.map((item) => [item.text, item.project, item.confidence])).toEqual([
      ['draft the interview plan', null, 0.9],
      ['send the roadmap', null, 0.9],
      ['Next sync 27/04', null, 0.3],
    ]);
  });

  it("drops a dump's title line or sentence, but not a first task", () => {
    expect(texts('Quick brain dump before bed -\n\n* renew health card\n* book oil change')).toEqual(['renew health card', 'book oil change']);
    expect(texts('Notes from the team meeting (copied from the doc)\n\nCall Oma')).toEqual(['Call Oma']);
    expect(texts('New year, new list. Book a physical. Fix the door.')).toEqual(['Book a physical', 'Fix the door']);
    expect(texts('Rainy evening, cold tea and the usual long list. Book a physical. Fix the door.')).toEqual(['Book a physical', 'Fix the door']);
    expect(texts('dentist thu 2pm\ncall mom')).toEqual(['dentist thu 2pm', 'call mom']);
    expect(texts('Shopping list')).toEqual(['Shopping list']);
  });

  it('reads a remark led by a pronoun after a comma as the task\'s, with the day it names; a number\'s comma splits nothing', () => {
    expect(splitClauses("pay the property tax bill, it's due Feb 1").parts).toEqual([{ text: 'pay the property tax bill due Feb 1', asides: [] }]);
    expect(splitClauses('call Oma about Christmas, she wants to know by the end of the month').parts).toEqual([
      { text: 'call Oma about Christmas by the end of the month', asides: [] },
    ]);
    expect(splitClauses("clean up my inbox, it's at 2,300 unread").parts).toEqual([{ text: 'clean up my inbox', asides: ["it's at 2,300 unread"] }]);
    expect(splitClauses('call the vet, they want to know by Friday').parts).toEqual([{ text: 'call the vet by Friday', asides: [] }]);
    expect(clauses('call the vet, then book the groomer')).toEqual(['call the vet', 'book the groomer']);
  });

  it('takes no pronoun or noun ending in -ing for an effort under way', () => {
    for (const dump of ['Nothing urgent. Call the printer company.', 'Everything at once. Call the printer company.', 'Morning run. Call the printer company.']) {
      expect(segment(dump).map((item) => item.project ?? null)).not.toContainEqual(expect.stringMatching(/^(?:Nothing|Everything|Morning)/));
    }
  });

  it('names a paragraph\'s project after an effort under way in its first sentence', () => {
    const items = segment('Moving to Philly in March!! Need to give notice to the landlord, get quotes from two movers.');
    expect(items.map((item) => [item.text, item.project])).toEqual([
      ['Need to give notice to the landlord', 'Moving to Philly'],
      ['get quotes from two movers', 'Moving to Philly'],
    ]);
  });

  it('splits no remark in brackets, and takes a verb alone after "and" as one more thing', () => {
    expect(clauses('dentist for me (very overdue, the filling is wobbling), then call mum')).toEqual([
      'dentist for me (very overdue, the filling is wobbling)',
      'call mum',
    ]);
    expect(clauses('the flat smells of sunscreen and sand')).toEqual(['the flat smells of sunscreen and sand']);
    expect(clauses('call the bank and book flights')).toEqual(['call the bank', 'book flights']);
  });

  it("reads 'Quick list:' as no project, and 'Today's list:' as a day", () => {
    expect(segment('Quick list: groceries, gym, call Dad').map((item) => [item.text, item.project])).toEqual([
      ['groceries', null],
      ['gym', null],
      ['call Dad', null],
    ]);
    // A list named by its day still dates its items.
    expect(segment("Today's list: call Dad")[0]?.dateHint).toBe("Today's");
  });

  it('drops a generic label in the middle of prose', () => {
    expect(texts('I keep forgetting things. Random stuff in my head: call the bank').at(-1)).toBe('call the bank');
  });

  it('starts a second group after the first', () => {
    const items = segment('Work\n- finish the deck\n\nPersonal:\n- call mom\nPersonal: buy a gift, book dinner');
    expect(items.map((item) => item.project)).toEqual(['Work', 'Personal', 'Personal', 'Personal']);
  });

  it('keeps remarks after commas and dashes out of the title, but not the day or priority they name', () => {
    expect(splitClauses('shock the pool tonight, it\'s going green').parts).toEqual([{ text: 'shock the pool tonight', asides: ["it's going green"] }]);
    expect(clauses('prep for the quarterly with Dan, meeting is next Tuesday')).toEqual(['prep for the quarterly with Dan next Tuesday']);
    expect(clauses('Arzttermin for the Auffrischungsimpfung, whenever')).toEqual(['Arzttermin for the Auffrischungsimpfung (whenever)']);
    expect(clauses('Martinsumzug with Emil — make the Laterne with him tomorrow')).toEqual(['Martinsumzug with Emil', 'make the Laterne with him tomorrow']);
  });

  it('keeps a day gone by that a remark names out of the task', () => {
    expect(splitClauses('finish the tax summary, which should have been done last week').parts).toEqual([
      { text: 'finish the tax summary', asides: ['which should have been done last week'] },
    ]);
    expect(clauses('call the garage, which I meant to do yesterday')).toEqual(['call the garage']);
  });

  it('opens a paragraph\'s project with a short first sentence or a label, and closes it at "unrelated"', () => {
    const items = segment('Home. Return the sweaters. Call the insurance.\n\nShop: restock flour, pay the POS guy. House: fix the generator. Unrelated: book a haircut.');
    expect(items.map((item) => [item.text, item.project])).toEqual([
      ['Return the sweaters', 'Home'],
      ['Call the insurance', 'Home'],
      ['restock flour', 'Shop'],
      ['pay the POS guy', 'Shop'],
      ['fix the generator', 'House'],
      ['book a haircut', null],
    ]);
  });

  it('reads "Otherwise, tomorrow\'s Easter Monday:" as the day its items are for, no group', () => {
    expect(segment("Otherwise, tomorrow's Easter Monday: take the kids to Nana's for lunch.").map((item) => [item.text, item.project, item.dateHint])).toEqual([
      ["take the kids to Nana's for lunch", null, 'Easter Monday'],
    ]);
  });

  it('reads "Otherwise:" in prose as turning away from the paragraph\'s project, not as words of the task', () => {
    const items = segment('Roof: order the tiles, book the skip. Otherwise: ute rego is due on the 30th.');
    expect(items.map((item) => [item.text, item.project])).toEqual([
      ['order the tiles', 'Roof'],
      ['book the skip', 'Roof'],
      ['ute rego on the 30th', null],
    ]);
  });

  it('keeps the examples of "e.g.", "i.e." and "etc." with the task they belong to', () => {
    expect(clauses('empty the loft, i.e. the boxes, paint tins, old lamps')).toEqual(['empty the loft, i.e. the boxes, paint tins, old lamps']);
    expect(clauses('sort the receipts, invoices, payslips etc. by Friday')).toEqual(['sort the receipts, invoices, payslips etc. by Friday']);
    // The list's head is the part with the verb; a task before it and one after the examples stand alone.
    expect(clauses('ring the vet, buy rice, lentils, oats etc., book the MOT')).toEqual(['ring the vet', 'buy rice, lentils, oats etc.', 'book the MOT']);
    expect(clauses('get drinks for Saturday, e.g. juice, lemonade, call Ravi about the music')).toEqual([
      'get drinks for Saturday, e.g. juice, lemonade',
      'call Ravi about the music',
    ]);
  });
});

describe('a board pasted from Trello', () => {
  it("groups every column's cards under the board's name, not the column's", () => {
    const items = segment('RISO STUDIO board (pasted from Trello)\n\nTODO\n- order A3 paper\n- fix the drum\n\nDOING\n- new website photos\n\nDONE\n- Halloween posters delivered');
    expect(items.map((item) => [item.text, item.project])).toEqual([
      ['order A3 paper', 'Riso studio'],
      ['fix the drum', 'Riso studio'],
      ['new website photos', 'Riso studio'],
      ['Halloween posters delivered', 'Riso studio'],
    ]);
  });

  it("reads a title with a bracket that says it is a board as the board's name, and drafts nothing from it", () => {
    const items = segment('Asante FM Community Outreach (Trello board, copied out on Independence Day)\n\nTO DO\n- print 200 flyers\n\nDOING\n- volunteer rota for March');
    expect(items.map((item) => [item.text, item.project])).toEqual([
      ['print 200 flyers', 'Asante FM Community Outreach'],
      ['volunteer rota for March', 'Asante FM Community Outreach'],
    ]);
  });

  it('leaves a title without columns to the rules for titles', () => {
    expect(segment('Mood board ideas\n- linen swatches\n- paint chips').map((item) => item.project)).not.toContain('Mood');
  });
});

describe('a verb with only its deadline after a comma', () => {
  it('acts on the thing before it', () => {
    expect(segment('- quote for the café menus, send by Wed\n- the Henderson report, submit Friday').map((item) => item.text)).toEqual([
      'send quote for the café menus by Wed',
      'submit the Henderson report Friday',
    ]);
  });

  it('counts the thing before it when it says how many', () => {
    expect(segment('- furnace filter (the 20x25 one), order 2\n- eggs, buy a dozen\n- new rash vests, order 20 (S & M)').map((item) => item.text)).toEqual([
      'order 2 furnace filters (the 20x25 one)',
      'buy a dozen eggs',
      'order 20 new rash vests (S & M)',
    ]);
  });

  it('takes the day of the appointment said after it', () => {
    expect(segment('- renew my passport, appt on 3 June\n- renovar el DNI, turno el 3 de junio').map((item) => item.text)).toEqual([
      'renew my passport on 3 June',
      'renovar el DNI el 3 de junio',
    ]);
  });

  it('leaves a step before it that asks on its own', () => {
    expect(segment('- call the bank, pay Friday').map((item) => item.text)).toEqual(['call the bank', 'pay Friday']);
  });
});
