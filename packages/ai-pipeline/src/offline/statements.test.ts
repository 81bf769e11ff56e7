import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { parsedByRules } from '../testing/rules-only.ts';
import { parseDump } from './parse-dump.ts';

const context: DraftContext = { today: '2026-12-02', timezone: 'UTC', projects: [], tasks: [] };

/** What the review would create without a click: projects by name, tasks by title. */
function confident(dump: string): string[] {
  return parsedByRules(dump, context).flatMap((operation) => {
    if ((operation.confidence ?? 1) < 0.5) return [];
    if (operation.op === 'create_project') return [`project ${operation.name}`];
    return operation.op === 'create_task' ? [operation.title] : [];
  });
}

describe('sentences that are not tasks', () => {
  it.each([
    ['Nothing pressing really. Clean the kettle.', ['Clean the kettle']],
    ['Not much this week. Clean the kettle.', ['Clean the kettle']],
    ['Lots going on. Clean the kettle.', ['Clean the kettle']],
    ['A lot going on at home. Clean the kettle.', ['Clean the kettle']],
    ['Everything is piling up. Clean the kettle.', ['Clean the kettle']],
    ['If the quote comes in low we go ahead. Clean the kettle.', ['Clean the kettle']],
    ['The deadline is in two weeks. Clean the kettle.', ['Clean the kettle']],
    ['Launch date is Jan 15. Clean the kettle.', ['Clean the kettle']],
    ['School hols end 19/4. Clean the kettle.', ['Clean the kettle']],
    ['The print run takes about a week and we want to ship on June 1. Clean the kettle.', ['Clean the kettle']],
    ['They plan to launch by March. Clean the kettle.', ['Clean the kettle']],
    ['- swim lessons start Monday\n- clean the kettle', ['Clean the kettle']],
  ])('creates only the task in "%s"', (dump, expected) => {
    expect(confident(dump)).toEqual(expected);
  });

  it.each([
    ['Not sure about the offer. Better pay, longer hours. Decide by Friday.', ['Decide']],
    ['Just cake and far too much tea. Clean the kettle.', ['Clean the kettle']],
  ])('offers a verbless remark in prose as a suggestion in "%s"', (dump, expected) => {
    expect(confident(dump)).toEqual(expected);
  });

  it.each([
    ['Home from the trip. Next week ring the builder. Someday fix the gate.', ['Ring the builder', 'Fix the gate']],
    ['Busy day. Sit down with the accountant. Groceries: rice, dal, ghee.', ['Sit down with the accountant', 'Groceries: rice, dal, ghee']],
    ['Busy day. Dentist at 3. Passport renewal tomorrow.', ['Dentist', 'Passport renewal']],
    ['- school shoes\n- pick up kids Monday', ['School shoes', 'Pick up kids']],
    ['We want to ship the fix to Ana. I need to launch the survey by Friday.', ['Ship the fix to Ana', 'Launch the survey']],
  ])('still creates the tasks of "%s"', (dump, expected) => {
    expect(confident(dump)).toEqual(expected);
  });

  it.each([
    ['Wedding. Book the DJ.', ['project Wedding', 'Book the DJ']],
    ['Moving to Leeds in May. Book the van.', ['project Moving to Leeds', 'Book the van']],
  ])('still reads a short opening sentence as the paragraph\'s project in "%s"', (dump, expected) => {
    expect(confident(dump)).toEqual(expected);
  });
});

describe('news, scenes, feelings and others\' jobs among tasks', () => {
  it.each([
    ['Long weekend, kitchen packed, hiding upstairs. Email the school about the trip.', ['Email the school about the trip']],
    ['Council tax goes up in April, so I want to redo the budget.', ['Redo the budget']],
    ['Nana and Grandad land on the 9th, I need to air the spare room.', ['Air the spare room']],
    ["Tadhg, you're on the playlist. Auntie Bríd's bringing the trifle. I'll pick up the ice.", ['Pick up the ice']],
    ['Rained all day. Baked bread. Read about half of the manual.', []],
    ["I'll miss the bakery on Elm Street more than anything. Cancel the gym.", ['Cancel the gym']],
    ['Fenster geputzt, endlich Ruhe. Diese Woche: 1. Opa anrufen 2. Fahrrad reparieren', ['Opa anrufen', 'Fahrrad reparieren']],
  ])('creates only the tasks of "%s"', (dump, expected) => {
    expect(confident(dump)).toEqual(expected);
  });

  it.each([
    ['- Ana sorting the sausage sizzle\n- me: book the hall', ['Book the hall']],
    ['- Budi chasing the vendor\n- Auntie Bríd bringing the chairs\n- print the menus', ['Print the menus']],
    // Not a name and what they are doing: a possessive and its thing.
    ["- Caro's wedding updo trial Friday\n- print the menus", ["Caro's wedding updo trial", 'Print the menus']],
  ])('reads a name and what they are doing, in notes\' shorthand, as theirs in "%s"', (dump, expected) => {
    expect(confident(dump)).toEqual(expected);
  });

  it('drafts nothing, not even a suggestion, for a day said to have no list', () => {
    for (const dump of ['Merry Christmas 🎄 No lists today. Clean the kettle.', 'No plans this weekend. Clean the kettle.']) {
      const titles = parsedByRules(dump, context).flatMap((operation) => (operation.op === 'create_task' ? [operation.title] : []));
      expect(titles, dump).toEqual(['Clean the kettle']);
    }
  });

  it('reads a pictograph between two sentences as the stop between them', () => {
    expect(confident("dinner Friday is off 😔 I'll let the restaurant know")).toEqual(['Let the restaurant know']);
    // So before a step said in lower case; not before a word that goes on no step ("move = Thu July 1").
    expect(confident('school goes back next Monday 😱 cover the books + label everything')).toEqual(['Cover the books', 'Label everything']);
    expect(confident('sealer machine making that noise again 😩 call the repair guy')).toEqual(['Call the repair guy']);
    // Before a word in capitals it is decoration: "ASAP" stays with its task.
    const [task] = parsedByRules('book the campsite ⛺ ASAP before it fills', context);
    expect(task).toMatchObject({ title: 'Book the campsite', priority: 'high' });
  });

  it('reads an occasion before a dash as the day of its step, not a task', () => {
    const operations = parseDump('street party saturday - bring the folding table', context);
    const tasks = operations.flatMap((operation) => (operation.op === 'create_task' && (operation.confidence ?? 1) >= 0.5 ? [operation] : []));
    expect(tasks.map((task) => [task.title, task.due_date])).toEqual([['Bring the folding table to the street party', '2026-12-05']]);
  });

  it('reads an occasion before a dash and a step counted back from it as the step\'s day, not a task', () => {
    const operations = parseDump('health dept inspection Thurs 12/10 – have the chemical logs printed the day before', context);
    const tasks = operations.flatMap((operation) => (operation.op === 'create_task' && (operation.confidence ?? 1) >= 0.5 ? [operation] : []));
    expect(tasks.map((task) => [task.title, task.due_date])).toEqual([['Have the chemical logs printed', '2026-12-09']]);
  });

  it.each([
    ['Fireworks for Saturday', ['Fireworks']],
    ['- sparklers for new year\n- street party saturday - bring the table tomorrow', ['Sparklers for new year', 'Street party', 'Bring the table']],
    ['long walk Sunday, buy new boots', ['Long walk', 'Buy new boots']],
  ])('keeps occasions that are items of their own in "%s"', (dump, expected) => {
    expect(confident(dump)).toEqual(expected);
  });

  it.each([
    ['- car tax due 12/12 - pay it online today\n- water the plants', ['Pay the car tax online', 'Water the plants']],
    ['- library fines overdue, pay at the desk\n- water the plants', ['Pay at the desk', 'Water the plants']],
  ])('reads a thing said to be due before its step as the step\'s reason in "%s"', (dump, expected) => {
    expect(confident(dump)).toEqual(expected);
  });
});

describe('a thing named before a verb, and verbs that act on what was said before', () => {
  it.each([
    ['- brake pads are squeaking again\n- water change is two weeks overdue, book it at the aquarium shop', ['Book the water change at the aquarium shop']],
    ['- check engine light came back yesterday\n- email the garage', ['Email the garage']],
    ['- print shop order was wrong\n- call the print shop', ['Call the print shop']],
  ])('reads a compound noun before "is" or a past verb as a statement in "%s"', (dump, expected) => {
    expect(confident(dump)).toEqual(expected);
  });

  it.each([
    ['- book flights Sam recommended\n- pack', ['Book flights Sam recommended', 'Pack']],
    ['- check if the router is plugged in', ['Check if the router is plugged in']],
  ])('keeps an imperative whose object is followed by a participle or a clause in "%s"', (dump, expected) => {
    expect(confident(dump)).toEqual(expected);
  });

  it.each([
    // The graduation itself is kept: the writer says they will be at it.
    ["Jo's graduation is on Friday at 2, I have to be there. Renew the car tax.", ["Jo's graduation", 'Renew the car tax']],
    ['The library opens late on Thursdays, go on Thursday. Renew the car tax.', ['Renew the car tax']],
    ['The market gets packed after ten, go early. Renew the car tax.', ['Renew the car tax']],
    ['The school sent two forms, need to do both. Renew the car tax.', ['Renew the car tax']],
    ['There are three cupcakes left and I will eat all of them. Renew the car tax.', ['Renew the car tax']],
  ])('creates no task of a verb that only points back in "%s"', (dump, expected) => {
    expect(confident(dump)).toEqual(expected);
  });

  it.each([
    ['Foggy morning. Post the parcel.', ['Post the parcel']],
    ['Rainy Sunday, so: sort the loft', ['Sort the loft']],
  ])('reads the weather of a day as a remark, not a task, in "%s"', (dump, expected) => {
    expect(confident(dump)).toEqual(expected);
  });

  it.each([
    ['buy pool chemicals, mow, weed the paths', ['Buy pool chemicals', 'Mow', 'Weed the paths']],
    ['email the school, hoover, book a haircut', ['Email the school', 'Hoover', 'Book a haircut']],
  ])('keeps a bare verb in a list of tasks in "%s"', (dump, expected) => {
    expect(confident(dump)).toEqual(expected);
  });
});

describe('a task taken back, and wishes about oneself', () => {
  it.each([
    ['Also cancel the magazine? No, Ben still reads it. Call the vet.', ['Call the vet']],
    ['Book the hotel? nah, we stay with Gran. Call the vet.', ['Call the vet']],
  ])('creates no task the writer answers no to in "%s"', (dump, expected) => {
    expect(confident(dump)).toEqual(expected);
  });

  it('keeps the task a "no" leads to', () => {
    expect(confident('Should I ring the bank? No, email the bank instead.')).toEqual(['Email the bank instead']);
  });

  it.each([
    ['I need to get my head together. Call the vet.', ['Call the vet']],
    ['I have to sort myself out. Call the vet.', ['Call the vet']],
  ])('reads a wish about how to live as no task in "%s"', (dump, expected) => {
    expect(confident(dump)).toEqual(expected);
  });

  it.each([
    ['Remember the chimney sweep is on Friday. Clean the kettle.', ['Clean the kettle']],
    ['remember that the library shuts at 4 on Saturday\n- clean the kettle', ['Clean the kettle']],
    ['Remember the gutters are full of leaves. Clean the kettle.', ['Clean the kettle']],
    // Remembering to do something, or a thing to take, is still asked.
    ['Remember to move the car. Clean the kettle.', ['Move the car', 'Clean the kettle']],
    ['remember the spare key for Gran\n- clean the kettle', ['Remember the spare key for Gran', 'Clean the kettle']],
  ])('reads what to remember as a note when it is a statement in "%s"', (dump, expected) => {
    expect(confident(dump)).toEqual(expected);
  });

  it('keeps the day of an event to remember on its suggestion', () => {
    const event = parseDump('Remember the chimney sweep is on Friday', context).find((operation) => operation.op === 'create_task');
    expect(event && [event.title, event.due_date, (event.confidence ?? 1) < 0.5]).toEqual(['The chimney sweep', '2026-12-04', true]);
  });

  it.each([
    ['invoice #3318 overdue, send a reminder', ['Send a reminder']],
    ['order #5521 missing - email the shop', ['Email the shop']],
    ['- refund still not in (they said Monday), chase the airline on Friday', ['Chase the airline']],
  ])('reads a thing in a state before its step as the reason for the step in "%s"', (dump, expected) => {
    expect(confident(dump)).toEqual(expected);
  });
});

describe("a place's opening hours", () => {
  /** Every task the review shows, confident or offered. */
  function titles(dump: string): string[] {
    return parseDump(dump, context).flatMap((operation) => (operation.op === 'create_task' ? [operation.title] : []));
  }

  it.each([
    ['the launderette shuts at 8. fold the towels', ['Fold the towels']],
    ['- Pharmacy is closed till 10am on weekdays\n- pick up the inhaler', ['Pick up the inhaler']],
    ['recycling centre opens 7:30-4 every day, take the boxes Saturday', ['Take the boxes']],
    ['the café reopens at noon on Mondays and Tuesdays', []],
  ])('are noted, neither a task nor an event, in "%s"', (dump, expected) => {
    expect(titles(dump)).toEqual(expected);
  });

  it.each([
    ['- close the garage at 6\n- open the shed at 7', ['Close the garage', 'Open the shed']],
    // Closing on a date is a deadline: paperwork closing on a line of its own is the paperwork to see to by then.
    ['enrolment closes at 5pm Friday', ['Enrolment']],
  ])('leave what opens or closes on a day, or is to be opened or closed, in "%s"', (dump, expected) => {
    expect(titles(dump)).toEqual(expected);
  });

  it('reads a subject that shuts as a statement, as one that closes', () => {
    expect(confident('- chippy shuts at 3 on Sunday\n- take the mattress')).toEqual(['Take the mattress']);
  });

});

describe('what others did, and details said after a task', () => {
  it.each([
    ["The quiz night is on the 12th at the Crown, and half the committee already agreed. Order the raffle prizes.", ['Order the raffle prizes']],
    ['Most of the tenants replied. Order the raffle prizes.', ['Order the raffle prizes']],
  ])('reads a share of a group and what it did as news of others: "%s"', (dump, expected) => {
    expect(confident(dump)).toEqual(expected);
  });

  it('still reads "halve" with its object as a task', () => {
    expect(confident('Halve the onions and fry them.')).toContain('Halve the onions and fry them');
  });

  it.each([
    ['Fetch Aunt Mei from Stansted on Sunday at noon, flight FR 8812. Order the raffle prizes.', ['Fetch Aunt Mei from Stansted', 'Order the raffle prizes']],
    ['Meet Grandad at the station at 6:05, train 2214. Order the raffle prizes.', ['Meet Grandad at the station', 'Order the raffle prizes']],
  ])('reads a carrier and its code after a task as a detail of it: "%s"', (dump, expected) => {
    expect(confident(dump)).toEqual(expected);
  });

  it('keeps a task that books the carrier by its code', () => {
    expect(confident('Book flight FR 8812.')).toEqual(['Book flight FR 8812']);
  });
});
