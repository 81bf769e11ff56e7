import { describe, expect, it } from 'vitest';
import { runOnBreaks } from './run-ons.ts';
import { segment } from './segment.ts';

const pieces = (text: string) => {
  const found: string[] = [];
  let from = 0;
  for (const at of runOnBreaks(text)) {
    found.push(text.slice(from, at.index).trim());
    from = at.index + at.length;
  }
  return [...found, text.slice(from).trim()];
};
const texts = (dump: string) => segment(dump).map((item) => item.text);

describe('a bare word after a closed phrase that starts no task', () => {
  it.each([
    'call Fujita-san back tmrw',
    'fix the save bug on the Steam Deck build asap',
    'book the skip for Ranelagh do czwartku',
  ])('keeps "%s" whole', (text) => {
    expect(pieces(text)).toEqual([text]);
  });
});

describe('dictated tasks run together without a mark', () => {
  it.each([
    ['ring the plumber back tomorrow book the van in for its service', ['ring the plumber back tomorrow', 'book the van in for its service']],
    ['collect the prints from Snappy email Jonas the invoice', ['collect the prints from Snappy', 'email Jonas the invoice']],
    ['fix it this weekend order new hinges', ['fix it this weekend', 'order new hinges']],
    ['take the recycling out drop off the library books', ['take the recycling out', 'drop off the library books']],
    ['water the tomatoes tonight ask Ines about the ladder', ['water the tomatoes tonight', 'ask Ines about the ladder']],
    ['ring the roofer tomorrow patch the shed felt', ['ring the roofer tomorrow', 'patch the shed felt']],
    // Dictation leaves names and family words in lower case, and some things bare.
    ['pay the mill levy by the 15th get mum a present', ['pay the mill levy by the 15th', 'get mum a present']],
    ['book the ute in tomorrow tell jase about the shift', ['book the ute in tomorrow', 'tell jase about the shift']],
    ['ring the florist monday afternoon order bulbs for the beds', ['ring the florist monday afternoon', 'order bulbs for the beds']],
  ])('starts a new task at a verb after a closed verb phrase in "%s"', (text, expected) => {
    expect(pieces(text)).toEqual(expected);
  });

  it.each([
    ['at the flat we need to repaint the hallway by Sunday hang the new blinds tomorrow', ['at the flat we need to repaint the hallway by Sunday', 'hang the new blinds tomorrow']],
    ['for the club I have to renew the pitch booking tonight order the kits', ['for the club I have to renew the pitch booking tonight', 'order the kits']],
    ['so while I remember water the ferns tonight text the landlord', ['so while I remember water the ferns tonight', 'text the landlord']],
  ])('reads the task from the words after the writer\'s need or aside in "%s"', (text, expected) => {
    expect(pieces(text)).toEqual(expected);
  });

  it.each([
    ['file the VAT return by the 21st book the accountant for March', ['file the VAT return by the 21st', 'book the accountant for March']],
    ['drop the car at the garage at 8am collect the keys from Mo', ['drop the car at the garage at 8am', 'collect the keys from Mo']],
    ['buy two bags of compost size 40 go to the allotment meeting', ['buy two bags of compost size 40', 'go to the allotment meeting']],
    ['iron the shirts before then pack the suitcase', ['iron the shirts before then', 'pack the suitcase']],
    ['shock her pool tomorrow arvo check the pump at the resort', ['shock her pool tomorrow arvo', 'check the pump at the resort']],
    ['pay the fuel card before the end of the month invoice the job this week', ['pay the fuel card before the end of the month', 'invoice the job this week']],
  ])('closes a verb phrase on a day of the month, a clock time, a number or "then" in "%s"', (text, expected) => {
    expect(pieces(text)).toEqual(expected);
  });

  it.each([
    'help Marek move the wardrobe',
    'have them call the surveyor',
    'prep for the Leeds interview Tuesday',
    'pay the water bill this month',
    'sign up for the book club tomorrow',
    'send the thank-you email to the venue',
    'forward the group text to the landlord',
    'the boiler is broken again order the part',
    "if the shop is shut I'll order the part online",
    "once it's dry I'm painting the gate",
  ])('leaves "%s" whole', (text) => {
    expect(runOnBreaks(text)).toEqual([]);
  });

  it.each([
    ['sweep out the shed buy slug pellets for the hostas', ['sweep out the shed', 'buy slug pellets for the hostas']],
    ['answer the landlord about his fire alarm survey chase the glazier for the quote', ['answer the landlord about his fire alarm survey', 'chase the glazier for the quote']],
    ["trim the Leitners' hedge grab some twine", ["trim the Leitners' hedge", 'grab some twine']],
    ['defrost the chest freezer fetch the cool box from Oren', ['defrost the chest freezer', 'fetch the cool box from Oren']],
  ])('starts a new task at a verb after the noun that ends an object in "%s"', (text, expected) => {
    expect(pieces(text)).toEqual(expected);
  });

  it.each([
    'collect the gift order forms from the office',
    'ask the swim coach the dates',
    'email the project lead the minutes',
    'set up a catch-up call the day after',
    'make the boys tidy their bunks',
    'help the twins fix the puncture',
    'varnish the garden paint tins',
    'skim the pond, top up the trough',
    'if the raffle sells 300 tickets we buy the urn',
    'book the bike repair the week after',
    'ask the council about the bald patch in the verge',
    'weed the vegetable patch on Sunday',
  ])('keeps a noun that is also a verb on its object in "%s"', (text) => {
    expect(runOnBreaks(text)).toEqual([]);
  });

  it.each([
    ['right jobs for the weekend oil the hinges on the loft hatch', ['right jobs for the weekend', 'oil the hinges on the loft hatch']],
    ['long shift over anyway things to do renew the parking permit', ['long shift over anyway things to do', 'renew the parking permit']],
    ['half asleep so before I forget post the tax disc', ['half asleep so before I forget', 'post the tax disc']],
  ])('starts the first task after a list announced aloud in "%s"', (text, expected) => {
    expect(pieces(text)).toEqual(expected);
  });

  it('breaks once where a list announced aloud also ends an object', () => {
    expect(runOnBreaks('sort out the odd jobs fix the gate')).toHaveLength(1);
    expect(texts('sort out the odd jobs fix the gate')).toEqual(['sort out the odd jobs', 'fix the gate']);
  });

  it('splits a run-on said after a list announced aloud', () => {
    expect(texts('long day so things to do wipe down the van fetch the cones from Dilys')).toEqual([
      'wipe down the van',
      'fetch the cones from Dilys',
    ]);
  });

  it('lets a day said after a joining word lead the task after it', () => {
    expect(runOnBreaks('wash the car and then by Friday send the forms to Odile')).toEqual([]);
  });

  it('splits a dictated dump at each verb that starts a task', () => {
    expect(texts('call the vet back later order more cat litter from Zooplus ask Hana if she can feed the cats')).toEqual([
      'call the vet back later',
      'order more cat litter from Zooplus',
      'ask Hana if she can feed the cats',
    ]);
  });

  it('does not split a day that leads a task after a comma', () => {
    expect(texts('Lundi bins out, am Mittwoch return the tent to Gerd')).toEqual(['Lundi bins out', 'am Mittwoch return the tent to Gerd']);
  });
});

describe('a need said aloud without its "I"', () => {
  it('opens a task after a closed phrase, whatever came before it', () => {
    expect(pieces('the quote ill get to them thursday now not wednesday need to ring mrs papa back today')).toEqual([
      'the quote ill get to them thursday now not wednesday',
      'need to ring mrs papa back today',
    ]);
  });

  it('leaves a day after a joining word leading its need, and a need after an open phrase, alone', () => {
    expect(pieces('take Ella to swimming at nine plus tonight need to ring Nan')).toEqual(['take Ella to swimming at nine plus tonight need to ring Nan']);
    expect(pieces('everything we need to bake the cake')).toEqual(['everything we need to bake the cake']);
  });
});

describe('a word before its speaker', () => {
  it('is the thing they speak of, not a verb opening a task: "the mackenzie invoice I\'ll send by friday"', () => {
    const text = "ring his brother wayne its his tractor oh and the pringle quote went out so thats done and the mackenzie invoice I'll send by friday";
    expect(pieces(text).at(-1)).toContain("mackenzie invoice I'll send by friday");
  });
});
