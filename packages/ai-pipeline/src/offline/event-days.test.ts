import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { parsedByRules } from '../testing/rules-only.ts';
import { parseDump } from './parse-dump.ts';

// A Wednesday.
const context: DraftContext = { today: '2026-12-02', timezone: 'UTC', projects: [], tasks: [] };

/** Each confident task as "title → due date". */
function dated(dump: string): string[] {
  return parsedByRules(dump, context).flatMap((operation) =>
    operation.op === 'create_task' && (operation.confidence ?? 1) >= 0.5 ? [`${operation.title} → ${operation.due_date ?? 'none'}`] : [],
  );
}

describe('an event stated before the tasks that serve it', () => {
  it.each([
    ['The boiler warranty runs out at the end of the month so call the installer.', ['Call the installer → 2026-12-31']],
    ["Dad's recital is on the 12th, so iron his shirt.", ["Iron Dad's shirt → 2026-12-12"]],
    ['The bake sale is on Saturday, so bake two trays of flapjacks and drop them off that day.', ['Bake two trays of flapjacks → 2026-12-05', 'Drop them off → 2026-12-05']],
    ['The school fair opens on the 18th, buy raffle prizes before then.', ['Buy raffle prizes → 2026-12-17']],
    ['The plumber comes on Friday, clear under the sink by then.', ['Clear under the sink → 2026-12-04']],
    ['My sister lands Thursday evening from Calgary and I have to pick her up at the airport.', ['Pick my sister up at the airport → 2026-12-03']],
    ['The plumber comes Friday and we need to clear the cupboard.', ['Clear the cupboard → 2026-12-04']],
  ])('dates its tasks by the event: "%s"', (dump, expected) => {
    expect(dated(dump)).toEqual(expected);
  });

  it.each([
    ['The party is on the 19th, so order the cake on the 15th.', ['Order the cake → 2026-12-15']],
    ['Half term is next week so I need to book the kennel, and ask Omar to feed the fish.', ['Book the kennel → 2026-12-07', 'Ask Omar to feed the fish → none']],
  ])('leaves a task its own day, and gives the day only to the first task after "so": "%s"', (dump, expected) => {
    expect(dated(dump)).toEqual(expected);
  });

  it.each([
    ["Mia's recital is Saturday, buy flowers for her.", ['Buy flowers for Mia → 2026-12-05']],
    ['- clocks go forward Sunday, change the oven clock', ['Change the oven clock → 2026-12-06']],
    ['- the school fair is on Friday - bake a cake', ['Bake a cake → 2026-12-04']],
    ['The electrician is coming Thursday between 8 and 12, so I need to work from home that morning.', ['Work from home → 2026-12-03']],
  ])('dates the task said after a comma or dash by the event just before it: "%s"', (dump, expected) => {
    expect(dated(dump)).toEqual(expected);
  });

  it.each([
    ['If the weather holds tomorrow, mow the lawn and take the kids to the lake.', ['Mow the lawn → 2026-12-03', 'Take the kids to the lake → 2026-12-03']],
    [
      'The fitter comes on the 10th, so before that I need to empty the cupboards and get the old fridge collected.',
      ['Empty the cupboards → 2026-12-09', 'Get the old fridge collected → 2026-12-09'],
    ],
    ['If it is dry on Saturday, paint the fence and wash the car on Sunday.', ['Paint the fence → 2026-12-05', 'Wash the car → 2026-12-06']],
  ])('gives the day on to the task joined by "and": "%s"', (dump, expected) => {
    expect(dated(dump)).toEqual(expected);
  });

  it.each([
    ['The fair is on Saturday. Set up the stall that morning.', ['Set up the stall → 2026-12-05']],
    [
      'Could you bring the boat round by 4pm on Sunday? Please pump out the bilge and turn off the gas that morning.',
      ['Bring the boat round → 2026-12-06', 'Pump out the bilge → 2026-12-06', 'Turn off the gas → 2026-12-06'],
    ],
  ])('reads "that morning" as the day named last, without its hour, for both tasks "and" joins: "%s"', (dump, expected) => {
    expect(dated(dump).filter((task) => !task.startsWith('The fair'))).toEqual(expected);
  });

  it('dates a task that names its thing only by a pronoun from the day it points back at', () => {
    const tasks = parseDump('The volunteer group arrives on the 29th, so I need to pick them up from the bus terminal that afternoon.', context);
    const pickUp = tasks.find((operation) => operation.op === 'create_task' && operation.title.startsWith('Pick them up'));
    expect(pickUp?.op === 'create_task' ? pickUp.due_date : null).toBe('2026-12-29');
  });

  it.each([
    ['Talk to three dog walkers this week, sketch the booking flow.', ['Talk to three dog walkers → 2026-12-04', 'Sketch the booking flow → none']],
    ['The gala is on Friday: the kids need costumes, pack the car.', ['Pack the car → none']],
    ["The recital is on the 19th, and I owe Gran a call.", ['Call Gran → none']],
  ])('leaves undated a task after a task, after a colon, or after ", and": "%s"', (dump, expected) => {
    expect(dated(dump)).toEqual(expected);
  });

  it.each([
    ['Take the day off.', ['Take the day off → none']],
    ['Keep the day free for Gran.', ['Keep the day free for Gran → none']],
  ])('reads "the day" as no date: "%s"', (dump, expected) => {
    expect(dated(dump)).toEqual(expected);
  });

  it.each([
    ['Hoover the stairs and wash the car before the in-laws come on the 12th.', ['Hoover the stairs → 2026-12-11', 'Wash the car → 2026-12-11']],
  ])('shares the deadline that ends two written tasks joined by "and": "%s"', (dump, expected) => {
    expect(dated(dump)).toEqual(expected);
  });

  it('dates a task and its step on what it made, one errand, by the deadline that ends them', () => {
    expect(dated('Finish the slides and send them to Raj by Friday.')).toEqual(['Finish the slides and send them to Raj → 2026-12-04']);
  });

  it.each([
    ['sweep the porch and call the vet by friday', ['Sweep the porch → none', 'Call the vet → 2026-12-04']],
    ['Buy stamps, and post the card by Friday.', ['Buy stamps → none', 'Post the card → 2026-12-04']],
  ])('keeps the deadline to its own task in dictation or after a comma: "%s"', (dump, expected) => {
    expect(dated(dump)).toEqual(expected);
  });

  it.each([
    ['Renew the permit, then I need to enroll Ada in swimming, the list closes Friday.', ['Renew the permit → none', 'Enroll Ada in swimming → 2026-12-04']],
    ['Pick up the suit, post the parcel, the depot closes on Monday.', ['Pick up the suit → none', 'Post the parcel → 2026-12-07']],
  ])('reads a thing doing something on a day after a comma as the day of the task before it, in a list too: "%s"', (dump, expected) => {
    expect(dated(dump)).toEqual(expected);
  });

  it.each([
    ['Kickoff call Friday at 11. Before then I need to send the brief, book the room and draft an agenda.', ['Kickoff call → 2026-12-04', 'Send the brief → 2026-12-03', 'Book the room → 2026-12-03', 'Draft an agenda → 2026-12-03']],
    ['Launch is on the 18th. Before then: record the demo, email the testers on the 10th.', ['Record the demo → 2026-12-17', 'Email the testers → 2026-12-10']],
    ['The roles open on the 14th, I need to write the job ads before then.', ['Write the job ads → 2026-12-13']],
    ['The fitter comes on the 9th, so before that I need to empty the cupboards.', ['Empty the cupboards → 2026-12-08']],
    ['We are booked into the dry dock on the 18th, so before then I need to get the hull surveyed, order the pump and empty the cabin.', ['Get the hull surveyed → 2026-12-17', 'Order the pump → 2026-12-17', 'Empty the cabin → 2026-12-17']],
    ['The frame comes on the 10th, so by then I need to get the footings checked, book the crane.', ['Get the footings checked → 2026-12-10', 'Book the crane → 2026-12-10']],
    ['The party is on Saturday. The night before, bake the cake.', ['Bake the cake → 2026-12-04']],
  ])('reads "before then", "before that" and "the night before" against the last day the paragraph named, in the next sentence or label too: "%s"', (dump, expected) => {
    expect(dated(dump).filter((task) => !task.startsWith('The party'))).toEqual(expected);
  });

  it('reads "before then" when then is later today as today', () => {
    expect(dated('Halloween today and the kids will be calling from about five so I need to get the sweets in before then and carve the turnip.')).toEqual([
      'Get the sweets in → 2026-12-02',
      'Carve the turnip → 2026-12-02',
    ]);
  });

  it.each([
    [
      "we need to get the gutters cleaned before the rains start also Mike's birthday is on the 19th so get Mike a gift and book dinner",
      ['Get the gutters cleaned → none', 'Get Mike a gift → 2026-12-19', 'Book dinner → 2026-12-19'],
    ],
    ['tomorrow is the first day of school so pack the lunches also the fair is on the 12th so bake a cake', ['Pack the lunches → 2026-12-03', 'Bake a cake → 2026-12-12']],
  ])('gives a dictated run-on\'s "so …" (and the task joined to it by "and") the event said just before it, and none to the task before the event: "%s"', (dump, expected) => {
    expect(dated(dump)).toEqual(expected);
  });

  it.each([
    ['comprar regalo para mamá, su cumpleaños es el sábado', ['Comprar regalo para mamá → 2026-12-05']],
    ['Geschenk für Oma kaufen, ihr Geburtstag ist am Freitag', ['Geschenk für Oma kaufen → 2026-12-04']],
  ])('reads an event\'s day stated in another language as the task\'s: "%s"', (dump, expected) => {
    expect(dated(dump)).toEqual(expected);
  });

  it.each([
    ['tomorrow morning first thing call the accountant then send the invoice and I need to book the table for Sunday and renew the permit', ['Call the accountant → 2026-12-03', 'Send the invoice → 2026-12-03', 'Book the table → 2026-12-06', 'Renew the permit → none']],
  ])('keeps a leading day over the clauses after it when the first says it more precisely ("tomorrow morning"): "%s"', (dump, expected) => {
    expect(dated(dump)).toEqual(expected);
  });

  it.each([
    ["if it's sunny Saturday, clean the balcony", ['Clean the balcony → 2026-12-05']],
    ['when the rain stops on Friday, mow the lawn and sweep the patio', ['Mow the lawn → 2026-12-04', 'Sweep the patio → 2026-12-04']],
  ])('gives a condition\'s day to the task after its comma, and the one joined to it by "and": "%s"', (dump, expected) => {
    expect(dated(dump)).toEqual(expected);
  });

  it("dates a standup's \"t:\" items today", () => {
    expect(dated('standup\ny: finished the export bug\nt: pair with Sam on caching, write tests for the import')).toEqual([
      'Pair with Sam on caching → 2026-12-02',
      'Write tests for the import → 2026-12-02',
    ]);
  });
});

describe('a verbless event on a day, then what to bring to it', () => {
  it.each([
    ['lantern parade tonight - bring the torches', ['Bring the torches → 2026-12-02']],
    ['choir concert Friday, take the folder of scores', ['Take the folder of scores to the choir concert → 2026-12-04']],
  ])('dates the bringing and offers the event only: "%s"', (dump, expected) => {
    expect(dated(dump).filter((task) => !task.endsWith('→ none'))).toEqual(expected);
  });

  it('leaves a task after a dated item its own (lack of a) day', () => {
    expect(dated('dentist tomorrow, call the bank')).toEqual(['Dentist → 2026-12-03', 'Call the bank → none']);
  });
});

describe('a heading that puts its items before an event said above it', () => {
  it.each([
    ['Sports day is on the 15th at the rec.\nBefore sports day:\n- wash the kit\n- label the water bottles', ['Wash the kit → 2026-12-14', 'Label the water bottles → 2026-12-14']],
    ['The removal van comes Friday.\nbefore we move:\n- defrost the freezer\n- return the library books on the 3rd', ['Defrost the freezer → 2026-12-03', 'Return the library books → 2026-12-03']],
    ["Piotr's gig is on the 19th.\nAhead of then:\n- print the posters", ['Print the posters → 2026-12-18']],
  ])('dates the items the day before the event: "%s"', (dump, expected) => {
    expect(dated(dump)).toEqual(expected);
  });

  it.each([
    // The gala, a line of prose above a list, is only offered: the list line is the task.
    ['Swim gala on the 9th.\nBefore the exams:\n- revise chapter four', ['Swim gala → 2026-12-09', 'Revise chapter four → none']],
    ['Before the holidays:\n- clear the gutters', ['Clear the gutters → none']],
  ])('dates nothing when no line above names that event with a day: "%s"', (dump, expected) => {
    expect(dated(dump)).toEqual(expected);
  });
});

describe('"before then" on the line after the day it points at', () => {
  it.each([
    ['- parents evening on the 10th at 6\n- read the school report before then\n- buy milk', ['Parents evening → 2026-12-10', 'Read the school report → 2026-12-09', 'Buy milk → none']],
    ['Boiler service Friday.\nClear the cupboard by then.', ['Boiler service → 2026-12-04', 'Clear the cupboard → 2026-12-04']],
  ])('dates the item by the line above it: "%s"', (dump, expected) => {
    expect(dated(dump)).toEqual(expected);
  });

  it('reads no day across a blank line', () => {
    expect(dated('- parents evening on the 10th\n\n- read the school report before then')).toContain('Read the school report → none');
  });
});

describe('"before then" ending two tasks joined by "and"', () => {
  it.each([
    ['The inspector comes on the 15th, I need to sweep the loft and fix the hatch before then.', ['Sweep the loft → 2026-12-14', 'Fix the hatch → 2026-12-14']],
    ['The inspector comes on the 15th, so sweep the loft and fix the hatch before then.', ['Sweep the loft → 2026-12-14', 'Fix the hatch → 2026-12-14']],
    ['The inspector comes on the 15th. Sweep the loft and fix the hatch by then.', ['Sweep the loft → 2026-12-15', 'Fix the hatch → 2026-12-15']],
  ])('dates both tasks by the event: "%s"', (dump, expected) => {
    expect(dated(dump).filter((line) => !line.startsWith('The inspector'))).toEqual(expected);
  });

  it('dates neither when no day was said before', () => {
    expect(dated('Sweep the loft and fix the hatch by then.')).toEqual(['Sweep the loft → none', 'Fix the hatch → none']);
  });
});

describe('a numbered list led by "before we …" or "by then" after the event', () => {
  it.each([
    [
      'The glaziers come on the 16th. Before they come, could you (1) clear the sills (2) take down the blinds',
      ['Clear the sills → 2026-12-15', 'Take down the blinds → 2026-12-15'],
    ],
    ['We move on the 20th. By then: 1) cancel the broadband 2) book the van', ['Cancel the broadband → 2026-12-20', 'Book the van → 2026-12-20']],
  ])('dates the items by the event said before the lead: "%s"', (dump, expected) => {
    expect(dated(dump).filter((line) => !/^(?:The|We)\b/.test(line))).toEqual(expected);
  });

  it('dates nothing when the prose before names no day', () => {
    expect(dated('Before we start, could you (1) clear the sills (2) take down the blinds')).toEqual(['Clear the sills → none', 'Take down the blinds → none']);
  });
});

describe('a bare thing, then the step done to it by pronoun', () => {
  it('is the step\'s thing, no task of its own', () => {
    expect(dated('- snow tires, book them in')).toEqual(['Book the snow tires in → none']);
  });
});

describe('a task with its own day, then a remark on an event with another', () => {
  it.each([
    ['- call Mum tomorrow, her knee operation is 5 December', ['Call Mum → 2026-12-03']],
    ['- call Mum tomorrow, her op is on the 9th', ['Call Mum → 2026-12-03']],
    // Without a day of its own, the event's day dates the task, as before.
    ['- buy Ana a card, her party is Saturday', ['Buy Ana a card → 2026-12-05']],
  ])('keeps its own day and no day in its title: "%s"', (dump, expected) => {
    expect(dated(dump)).toEqual(expected);
  });
});
