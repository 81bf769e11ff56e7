import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { asGroupedLines, confidentTasks, draftedTasks } from '../testing/confident-tasks.ts';
import { parseDump } from './parse-dump.ts';

const context: DraftContext = { today: '2026-12-02', timezone: 'UTC', projects: [], tasks: [] };

/** Each confident task as "project / title" ("- / title" when it has no project). */
function grouped(dump: string): string[] {
  return asGroupedLines(confidentTasks(parseDump(dump, context)));
}

/** Each task, suggestions too, as "project / title". */
function drafted(dump: string): string[] {
  return asGroupedLines(draftedTasks(parseDump(dump, context)));
}

describe('labelled paragraphs in prose', () => {
  it.each([
    [
      'The gym is ten minutes away now, which helps.\n\nGarden: the hedge is a jungle. Trim the hedge. Fix the hose reel.',
      ['Garden / Trim the hedge', 'Garden / Fix the hose reel'],
    ],
    [
      'Lunch took forty minutes longer than planned.\n\nBoat: the hull is filthy. Scrub the hull. Buy new fenders.',
      ['Boat / Scrub the hull', 'Boat / Buy new fenders'],
    ],
  ])('a label groups its paragraph although the prose mentions minutes: "%s"', (dump, expected) => {
    expect(grouped(dump)).toEqual(expected);
  });

  it.each([
    [
      'Busy week ahead. Work first: the audit is on the 9th. I also need to book the meeting room. Garden: the hedge is a jungle. I still have to buy a new hose.',
      ['Work / Book the meeting room', 'Garden / Buy a new hose'],
    ],
    [
      'Long day. Choir first: the concert is Sunday. I also need to learn the alto part. For me: nothing planned for my birthday. I need to renew my gym membership as well.',
      ['Choir / Learn the alto part', '- / Renew my gym membership'],
    ],
  ])('a label inside a paragraph of labels groups the sentences after it, and "For me:" groups none: "%s"', (dump, expected) => {
    expect(grouped(dump)).toEqual(expected);
  });

  it('a short "Action items:" line still reads the dump as a message, where a name label is who does it', () => {
    expect(grouped('Action items:\nTomasz: order the banners\nMe: book the hall')).toEqual(['- / Book the hall']);
  });

  it.each([
    ['Church is chaos this season. Order the hymn books. Ring the organist.', ['Church / Order the hymn books', 'Church / Ring the organist']],
    ['Garage is a complete disaster again. Sweep the floor. Sell the old bike.', ['Garage / Sweep the floor', 'Garage / Sell the old bike']],
    ['School run is its own saga. Book the carpool. Label the bags.', ['School run / Book the carpool', 'School run / Label the bags']],
  ])('a paragraph opened by how a part of life is going is grouped under it: "%s"', (dump, expected) => {
    expect(grouped(dump)).toEqual(expected);
  });

  it.each([
    ['Mum is coming on Friday. Clean the guest room.', ['- / Clean the guest room']],
    ['Rosa is a nurse now. Send Rosa a card.', ['- / Send Rosa a card']],
  ])('a paragraph opened by news of someone is not grouped: "%s"', (dump, expected) => {
    expect(grouped(dump)).toEqual(expected);
  });

  it.each([
    [
      'The attic clear-out is happening this weekend. Hire a skip, sort the old toys.\nPost the birthday card.',
      ['Attic clear-out / Hire a skip', 'Attic clear-out / Sort the old toys', '- / Post the birthday card'],
    ],
    [
      '## Home\nThe patio redesign is finally moving. Order the slabs, level the sand.\nFix the doorbell.',
      ['Patio redesign / Order the slabs', 'Patio redesign / Level the sand', 'Home / Fix the doorbell'],
    ],
  ])('an effort named in prose with its tasks on the same line groups that line, not the next: "%s"', (dump, expected) => {
    expect(grouped(dump)).toEqual(expected);
  });

  it('an effort named on a line of its own heads the lines after it', () => {
    expect(grouped('The attic clear-out is happening this weekend.\nHire a skip.\nSort the old toys.')).toEqual([
      'Attic clear-out / Hire a skip',
      'Attic clear-out / Sort the old toys',
    ]);
  });

  it('a word and a dash opening a paragraph is its first group, and the next word and dash the second', () => {
    expect(grouped('Garage — sweep out the leaves, sell the old mower. Office — file the receipts, order toner.')).toEqual([
      'Garage / Sweep out the leaves',
      'Garage / Sell the old mower',
      'Office / File the receipts',
      'Office / Order toner',
    ]);
  });

  it('keeps a named effort inside a group in that group', () => {
    expect(grouped('Work stuff first. For the product launch I need to brief the agency. Renew the SSL certificate.')).toEqual([
      'Work / Brief the agency',
      'Work / Renew the SSL certificate',
    ]);
  });
});

describe('groups named by how the writer sets them out', () => {
  it.each([
    [
      'Big week ahead. First, the garage: the door is jammed, so call the installer and order a new remote. Second, the garden — mow the lawn and trim the hedge. Oh, and renew the passport.',
      ['Garage / Call the installer', 'Garage / Order a new remote', 'Garden / Mow the lawn', 'Garden / Trim the hedge', '- / Renew the passport'],
    ],
    [
      'Lots on. Firstly, the car: book the MOT and fix the wiper. Next, the kids start school on Monday: buy the uniforms, label the lunchboxes. Finally, work — send the report to Anna.',
      ['Car / Book the MOT', 'Car / Fix the wiper', 'Kids / Buy the uniforms', 'Kids / Label the lunchboxes', 'Work / Send the report to Anna'],
    ],
    [
      'Lots on. Firstly, the car: book the MOT and fix the wiper. Next, I need to ring Sam. Finally, work — send the report to Anna.',
      ['Car / Book the MOT', 'Car / Fix the wiper', '- / Ring Sam', 'Work / Send the report to Anna'],
    ],
    [
      "Two things on my mind. First the loft conversion: the builder comes on the 11th, so empty the loft and book a skip. Second, my sister's wedding speech: draft the jokes and ring the best man. Other than that, return the jersey.",
      ['Loft conversion / Empty the loft', 'Loft conversion / Book a skip', 'Wedding speech / Draft the jokes', 'Wedding speech / Ring the best man', '- / Return the jersey'],
    ],
    [
      "Two big things on my plate. The annual audit first: I need to get the bank statements and send everything to Mr Haddad. Then the winter appeal: the flyer has to be approved by the committee, so bring it to Sunday's meeting. Outside the mosque, it's the end of the month, so pay the rent today.",
      ['Annual audit / Get the bank statements', 'Annual audit / Send everything to Mr Haddad', "Winter appeal / Bring the flyer to Sunday's meeting", '- / Pay the rent'],
    ],
  ])('a paragraph that counts off its topics groups each until the next, or an afterthought: "%s"', (dump, expected) => {
    expect(grouped(dump)).toEqual(expected);
  });

  it.each([
    ['🎄 christmas trip prep\n🧳 pack the big suitcase\n🎁 wrap the presents', ['Christmas trip / Pack the big suitcase', 'Christmas trip / Wrap the presents']],
    ['✈️ japan trip\n🛂 renew passport\n🏨 book the ryokan', ['Japan trip / Renew passport', 'Japan trip / Book the ryokan']],
    ['🛒 groceries\n💊 refill the prescription\n📞 call the bank', ['- / Groceries', '- / Refill the prescription', '- / Call the bank']],
  ])('a first pictured line naming an effort titles the pictured lines under it; a pictured thing stays an item: "%s"', (dump, expected) => {
    expect(drafted(dump)).toEqual(expected);
  });

  it.each([
    ['Kitchen renovation\nBudget is tight this time.\n- get three quotes\n- pick the tiles', ['Kitchen renovation / Get three quotes', 'Kitchen renovation / Pick the tiles']],
    ['Call the plumber\nThe tap drips.\n- buy washers\n- find the spanner', ['- / Call the plumber', '- / Buy washers', '- / Find the spanner']],
  ])('a name over a line that asks nothing and then a list heads the list: "%s"', (dump, expected) => {
    expect(grouped(dump)).toEqual(expected);
  });

  it.each([
    ['Work\n- send the report\n\nMe\n- book a massage', ['Work / Send the report', 'Me / Book a massage']],
    ['Me\n- book a massage\n- call mum', ['- / Book a massage', '- / Call mum']],
  ])('"Me" as a heading is a group among named groups, and none alone: "%s"', (dump, expected) => {
    expect(grouped(dump)).toEqual(expected);
  });

  it.each([
    ['Garden makeover — the council approved it! Order the sleepers. Book the skip.', ['Garden makeover / Order the sleepers', 'Garden makeover / Book the skip']],
    ['Dentist — moved again. Call mum. Book the car in.', ['- / Call mum', '- / Book the car in']],
  ])('a name of two words or more, a dash and news of it open a paragraph as a label does: "%s"', (dump, expected) => {
    expect(grouped(dump)).toEqual(expected);
  });

  it.each([
    [
      'Holiday planning is eating my evenings. Book the ferry, renew the passports and find a dog sitter. Ask Sam about the tent.',
      ['Holiday / Book the ferry', 'Holiday / Renew the passports', 'Holiday / Find a dog sitter', 'Holiday / Ask Sam about the tent'],
    ],
    ['Christmas prep has taken over. Order the turkey. Write the cards.', ['Christmas prep / Order the turkey', 'Christmas prep / Write the cards']],
  ])('getting something ready, said of in the opening sentence, names the paragraph (an effort\'s "planning" is the effort): "%s"', (dump, expected) => {
    expect(grouped(dump)).toEqual(expected);
  });
});

describe('an event the paragraph prepares for', () => {
  it.each([
    ["The Lisbon conference is on the 12th and I'm not ready. Book the hotel. Finish the slides.", ['Lisbon conference / Book the hotel', 'Lisbon conference / Finish the slides']],
    ["Mum's birthday is on Saturday. Buy a card. Book the restaurant.", ['- / Buy a card', '- / Book the restaurant']],
  ])('a race or conference (an undertaking) opening the paragraph names it; a birthday does not: "%s"', (dump, expected) => {
    expect(grouped(dump)).toEqual(expected);
  });
});

describe('headings without bullets or colons', () => {
  it.each([
    ['🏠 Home:\n- fix the tap\n- call the plumber\n💼 Work:\n- send the deck', ['Home / Fix the tap', 'Home / Call the plumber', 'Work / Send the deck']],
    ['🏠 HOME\n- fix the tap\n💼 WORK\n- send the deck', ['Home / Fix the tap', 'Work / Send the deck']],
  ])('a pictograph before a heading over dash bullets decorates the heading: "%s"', (dump, expected) => {
    expect(grouped(dump)).toEqual(expected);
  });

  it('two or more blocks opened by a bare label, with something to do under each, are groups', () => {
    expect(grouped('Work\nfinish the deck\nemail Sam\n\nPersonal\nbook the dentist\nbuy a gift')).toEqual([
      'Work / Finish the deck',
      'Work / Email Sam',
      'Personal / Book the dentist',
      'Personal / Buy a gift',
    ]);
  });

  it.each([['Groceries\nmilk\neggs\n\nHardware\nscrews\nglue'], ['Work\nfinish the deck\nemail Sam']])(
    'blocks of things, or one block alone, are not groups: "%s"',
    (dump) => {
      expect(grouped(dump).every((task) => task.startsWith('- / '))).toBe(true);
    },
  );

  it('one block alone is a group when its label names an undertaking', () => {
    expect(grouped('Menu revamp\nPick the new dishes. Order the printed cards.\n\nWater the plants')).toEqual([
      'Menu revamp / Pick the new dishes',
      'Menu revamp / Order the printed cards',
      '- / Water the plants',
    ]);
  });
});

describe('a part of life said with "-wise"', () => {
  it.each([
    ['Work-wise, send the deck and book the room. Home-wise, fix the tap and call the plumber.', ['Work / Send the deck', 'Work / Book the room', 'Home / Fix the tap', 'Home / Call the plumber']],
    ['Otherwise, call the bank. Likewise, email Jo.', ['- / Call the bank', '- / Email Jo']],
  ])('groups the sentence and those after it ("otherwise" names nothing): "%s"', (dump, expected) => {
    expect(grouped(dump)).toEqual(expected);
  });

  it('a heading ending in a dash is named without it', () => {
    expect(grouped('Work -\n- send the deck\nHome -\n- fix the tap')).toEqual(['Work / Send the deck', 'Home / Fix the tap']);
  });
});
