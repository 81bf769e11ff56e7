import { describe, expect, it } from 'vitest';
import { findAside } from './cues.ts';
import { parseDump } from './parse-dump.ts';

const context = { today: '2026-11-23', timezone: 'UTC', projects: [], tasks: [] };
const created = (dump: string) => parseDump(dump, context).flatMap((operation) => (operation.op === 'create_task' ? [operation] : []));

describe('a clause with its own subject said straight after a task', () => {
  it.each([
    ['renew the parking permit it expires soon', 'Renew the parking permit', 'it expires soon'],
    ["top up the oyster card we're nearly out of credit", 'Top up the oyster card', "we're nearly out of credit"],
    ['unsubscribe from the wine club I never drink it', 'Unsubscribe from the wine club', 'I never drink it'],
    ["need to clean the oven it's disgusting", 'Clean the oven', "it's disgusting"],
    ['chase the deposit its three weeks late', 'Chase the deposit', 'its three weeks late'],
    ["sell the old bike we don't ride it", 'Sell the old bike', "we don't ride it"],
  ])('leaves "%s" with the task in the title and the reason in the notes', (dump, title, notes) => {
    const [task] = created(dump);
    expect(task?.title).toBe(title);
    expect(task?.notes).toBe(notes);
  });

  it.each([
    // A verb whose object is a clause: the clause is what to say or make sure of.
    ["tell Omar I'll be late on Friday", "Tell Omar I'll be late"],
    ["make sure it's booked", "Make sure it's booked"],
    ["text Priya we're running late", "Text Priya we're running late"],
    // A clause that describes the thing before it, missing its object or opened by a word.
    ["give away the toys they've outgrown", "Give away the toys they've outgrown"],
    ["pack whatever we're bringing", "Pack whatever we're bringing"],
    ['bake the cake she loves', 'Bake the cake she loves'],
    ["sort out what we're doing for Christmas", "Sort out what we're doing for Christmas"],
    // "its" as a possessive, before the thing it owns.
    ['oil the gate its hinges', 'Oil the gate its hinges'],
  ])('keeps "%s" whole', (dump, title) => {
    expect(created(dump).map((task) => task.title)).toEqual([title]);
  });

  it('needs a task before the clause', () => {
    expect(findAside('it runs out')).toBeNull();
    expect(findAside('the boiler it makes a noise')).toBeNull();
  });
});

describe('"oh yeah" joining two dictated tasks', () => {
  it.each([
    ['water the tomatoes and oh yeah book the chimney sweep', ['Water the tomatoes', 'Book the chimney sweep']],
    ['print the boarding passes oh yeah charge the camera', ['Print the boarding passes', 'Charge the camera']],
  ])('splits "%s"', (dump, titles) => {
    expect(created(dump).map((task) => task.title)).toEqual(titles);
  });

  it('keeps a list of things after "oh yeah" with its verb', () => {
    expect(created('buy eggs and oh yeah milk').map((task) => task.title)).toEqual(['Buy eggs and oh yeah milk']);
  });
});

describe('a hedge at the end of a task', () => {
  it.each([
    ['charge the power bank either way', 'Charge the power bank'],
    ['pack a rain jacket just in case', 'Pack a rain jacket'],
    ['print the tickets now just in case', 'Print the tickets'],
  ])('leaves "%s" out of the title', (dump, title) => {
    expect(created(dump).map((task) => task.title)).toEqual([title]);
  });

  it('keeps a case that is a thing', () => {
    expect(created('buy a phone case').map((task) => task.title)).toEqual(['Buy a phone case']);
  });
});

describe('a condition a task waits on', () => {
  it.each([
    ['merge the i18n PR once CI is green', 'Merge the i18n PR', 'once CI is green'],
    ['pay the deposit as soon as the contract is signed', 'Pay the deposit', 'as soon as the contract is signed'],
  ])('leaves "%s" with the task in the title and the condition in the notes', (dump, title, notes) => {
    const [task] = created(dump);
    expect(task?.title).toBe(title);
    expect(task?.notes).toBe(notes);
  });
});

describe('a verb of handing over with no object after a task', () => {
  it.each([
    ['finish the budget, send to Tom by Friday', 'Finish the budget and send it to Tom', '2026-11-27'],
    ['- Ana: write up the minutes, pass on to the chair', 'Write up the minutes and pass it on to the chair', null],
  ])('hands over what the task made in "%s"', (dump, title, due) => {
    const tasks = created(dump).filter((task) => (task.confidence ?? 1) >= 0.5);
    expect(tasks.map((task) => [task.title, task.due_date])).toEqual([[title, due]]);
  });

  it('keeps a hand-over that names its thing a task of its own', () => {
    expect(created('pack the box, send the charger to Tom').map((task) => task.title)).toEqual(['Pack the box', 'Send the charger to Tom']);
  });
});

describe('dictated joins the day cut leaves behind, a second infinitive, a leading "personally"', () => {
  it('moves "it expires" to the notes once its day has left the title', () => {
    const [task] = created('extend the gym pass it expires on the 30th');
    expect(task?.title).toBe('Extend the gym pass');
    expect(task?.notes).toBe('it expires');
    expect(created('extend the gym pass it covers')[0]?.title).toBe('Extend the gym pass it covers');
  });

  it('splits "and to" before a second verb with its object', () => {
    expect(created('I offered to iron the tablecloths and to ring Ruth about the chairs').map((task) => task.title)).toEqual([
      'Iron the tablecloths',
      'Ring Ruth about the chairs',
    ]);
    expect(created('I want to learn to knit and to crochet').map((task) => task.title)).toEqual(['Learn to knit and to crochet']);
  });

  it('drops a leading "personally" as the writer\'s filler', () => {
    expect(created('personally I must collect the keys from Tom')[0]?.title).toBe('Collect the keys from Tom');
  });
});

describe('when to have the task before it done, said after a comma', () => {
  it.each([
    ['- translate ep 8 first pass ~3h, aim to finish by Sunday night', 'Translate ep 8 first pass', '2026-11-29'],
    ['draft the grant report, have it done by Friday', 'Draft the grant report', '2026-11-27'],
  ])('dates "%s" and makes no task of finishing', (dump, title, due) => {
    expect(created(dump).map((task) => [task.title, task.due_date])).toEqual([[title, due]]);
  });
});

describe('"also" after a clause\'s subject', () => {
  it.each([
    ['we also need to send the updated bank details', ['Send the updated bank details']],
    ['somebody also needs to pick up the lei on Saturday', []],
  ])('splits no clause in "%s"', (dump, confident) => {
    const tasks = created(dump);
    expect(tasks.some((task) => /^(?:we|somebody)$/i.test(task.title))).toBe(false);
    expect(tasks.filter((task) => (task.confidence ?? 1) >= 0.5).map((task) => task.title)).toEqual(confident);
  });
});

describe('an afterthought said with "oh and"', () => {
  it('parts a new thing from the task before it, and leaves a short list item on its list', () => {
    const titles = created('start pulling the receipts together this weekend oh and the dog needs her worming tablet tonight').map((task) => task.title);
    expect(titles[0]).toBe('Start pulling the receipts together');
    expect(titles.some((title) => title.includes('worming tablet') && !title.includes('receipts'))).toBe(true);
    expect(created('buy eggs oh and milk')).toHaveLength(1);
  });
});

describe('a step on what the task before it made', () => {
  it('keeps "… and send it to …" with the task, its pronoun as written', () => {
    expect(created('update the contact sheet and send it to the cast by Monday').map((task) => task.title)).toEqual(['Update the contact sheet and send it to the cast']);
    expect(created('email the six people who booked and refund them').map((task) => task.title)).toEqual(['Email the six people who booked and refund them']);
  });

  it('still parts an errand of its own, a pronoun that gets something else, and "do it"', () => {
    expect(created('order a cake from the bakery and pick it up on Friday')).toHaveLength(2);
    expect(created('book the beep test at the club and send them my fitness result')).toHaveLength(2);
  });
});
