import { isSuggestion, operationsDocumentSchema } from '@ordo/shared-types';
import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { parseDump, tidyTitle } from './parse-dump.ts';

const GARDEN = '10000000-0000-4000-8000-000000000001';
const DENTIST = '20000000-0000-4000-8000-000000000001';
const context: DraftContext = {
  today: '2026-11-23',
  timezone: 'Europe/Berlin',
  projects: [{ id: GARDEN, name: 'Garden' }],
  tasks: [
    { id: DENTIST, title: 'Dentist appointment', project_id: null, due_date: '2026-11-24', status: 'todo' },
    { id: '20000000-0000-4000-8000-000000000002', title: 'Old dentist task', project_id: null, due_date: null, status: 'done' },
  ],
};

describe('parsing a dump into operations', () => {
  it('reads title, date, time, duration and priority of each task', () => {
    const operations = parseDump('- I need to prep slides for next Tuesday at 3pm (30 min) asap', context);
    expect(operations).toEqual([
      {
        op: 'create_task',
        ref: 't1',
        title: 'Prep slides',
        project_ref: null,
        project_id: null,
        due_date: '2026-12-01',
        start_at: '2026-12-01T15:00:00+01:00',
        duration_minutes: 30,
        priority: 'high',
        notes: null,
        confidence: 0.9,
      },
    ]);
  });

  it('reads a time written "a.m." or "p.m." with its dots: no split sentence, no dots left in the title', () => {
    const read = (dump: string) =>
      parseDump(dump, context).flatMap((operation) => (operation.op === 'create_task' ? [`${operation.title} @${operation.start_at}`] : []));
    // context's today is Monday 2026-11-23, in Europe/Berlin.
    expect(read('Pick up Sam at 7:30 a.m. tomorrow. Call the bank at 2 p.m.')).toEqual([
      'Pick up Sam @2026-11-24T07:30:00+01:00',
      'Call the bank @2026-11-23T14:00:00+01:00',
    ]);
    expect(read('Meet Ana at 9 a.m. Friday')).toEqual(['Meet Ana @2026-11-27T09:00:00+01:00']);
    expect(read('call the vet at 2 p.m. Buy dog food.')).toEqual(['Call the vet @2026-11-23T14:00:00+01:00', 'Buy dog food @null']);
  });

  it('reads "till" after a determiner as the cash drawer: in the title, and in the thing "it" names', () => {
    const read = (dump: string) =>
      parseDump(dump, context).flatMap((operation) => (operation.op === 'create_task' ? [`${operation.title} @${operation.due_date}`] : []));
    expect(read('count the till tonight')).toEqual(['Count the till @2026-11-23']);
    expect(read('The card machine till statement for May, send it to the bookkeeper.')).toContain('Send the card machine till statement to the bookkeeper @null');
    expect(read('leave the ladder out till Friday')).toEqual(['Leave the ladder out @2026-11-27']);
  });

  it('gives a booking no clock time: the time is what it books, the day stays its deadline', () => {
    const read = (dump: string) =>
      parseDump(dump, context).flatMap((operation) => (operation.op === 'create_task' ? [`${operation.title} @${operation.due_date} ${operation.start_at}`] : []));
    expect(read('reserve a table at Nonna for 8pm Friday')).toEqual(['Reserve a table at Nonna @2026-11-27 null']);
    expect(read('Dinner at Luca on Friday at 8pm - book table')).toContain('Book table @2026-11-27 null');
    expect(read('Book club Thursday 7pm')).toEqual(['Book club @2026-11-26 2026-11-26T19:00:00+01:00']);
  });

  it('creates each project once, before its first task, and reuses existing projects by name', () => {
    const operations = parseDump('# Kitchen\n- order tiles\n# garden\n- rake leaves\n# Kitchen\n- call plumber', context);
    expect(operations.map((operation) => operation.op)).toEqual(['create_project', 'create_task', 'create_task', 'create_task']);
    expect(operations[0]).toMatchObject({ ref: 'p1', name: 'Kitchen' });
    expect(operations[1]).toMatchObject({ title: 'Order tiles', project_ref: 'p1', project_id: null });
    expect(operations[2]).toMatchObject({ title: 'Rake leaves', project_ref: null, project_id: GARDEN });
    expect(operations[3]).toMatchObject({ title: 'Call plumber', project_ref: 'p1' });
  });

  it('updates an open task it is told about, and never a finished one', () => {
    const operations = parseDump('move the dentist thing to Friday', context);
    expect(operations).toEqual([{ op: 'update_task', task_id: DENTIST, changes: { due_date: '2026-11-27' }, confidence: 0.9 }]);
  });

  it('names the person a task calls "her" or "him" by the name said before it in its paragraph', () => {
    const titles = (dump: string) => parseDump(dump, context).flatMap((operation) => (operation.op === 'create_task' ? [operation.title] : []));
    expect(titles("Lena's birthday is on Sunday. Buy her a present.")).toContain('Buy Lena a present');
    expect(titles('Lena is away this week.\n\nBuy her a present.')).toContain('Buy her a present');
    // The step's words were moved ("before then" became the day), so it is found by its first words; the name before it on its line still counts.
    expect(titles("- ask Priya if she can cover Saturday\n- Maisie's first day is 2 Dec, get her a key cut before then")).toContain('Get Maisie a key cut');
    expect(titles("Siobhán starts on 4 January, set up her email and laptop before then")).toContain("Set up Siobhán's email and laptop");
  });

  it('drafts a new task when no open task matches confidently, losing nothing', () => {
    const operations = parseDump('move the piano lesson to Friday', context);
    expect(operations).toMatchObject([{ op: 'create_task', title: 'Move the piano lesson', due_date: '2026-11-27' }]);
  });

  it('drops duplicates and empty leftovers', () => {
    const operations = parseDump('buy milk\n- Buy milk.\n- urgent!!\n- ', context);
    expect(operations.map((operation) => (operation.op === 'create_task' ? operation.title : operation.op))).toEqual(['Buy milk']);
  });

  it('reads a reason that someone ran out as the reason, not as a second thing to buy', () => {
    const operations = parseDump('Ring the plumber. Also order toner because we ran out.', context);
    expect(operations.map((operation) => (operation.op === 'create_task' ? operation.title : operation.op))).toEqual([
      'Ring the plumber',
      'Order toner',
    ]);
  });

  it('always produces a valid operations document, whatever the input', () => {
    const long = `write ${'very '.repeat(150)}long title`;
    for (const text of ['', '   \n\n', '!!!', '- [ ]', long, '# \n- x', 'Project:\n- a b', '1. 2. 3.', '🙂 call mum 🙂', 'x'.repeat(20_000)]) {
      const operations = parseDump(text, context);
      expect(() => operationsDocumentSchema.parse({ operations }), JSON.stringify(text.slice(0, 40))).not.toThrow();
    }
    const [longTask] = parseDump(long, context);
    expect(longTask).toMatchObject({ op: 'create_task', notes: expect.stringContaining('long title') });
  });

  it('proposes statements, conditions and project dates only as suggestions', () => {
    const operations = parseDump('If the waitlist gets 200 signups by Dec 31 we open the beta. Launch target Dec 15. Write the launch post.', context);
    const tasks = operations.flatMap((operation) => (operation.op === 'create_task' ? [[operation.title, isSuggestion(operation)]] : []));
    expect(tasks).toEqual([
      ['If the waitlist gets 200 signups we open the beta', true],
      ['Launch target', true],
      ['Write the launch post', false],
    ]);
  });

  it('gives a project the confidence of its most certain task', () => {
    const operations = parseDump('Shed:\n- the deadline is Friday\nHouse:\n- the deadline is Monday\n- fix the gate', context);
    const projects = operations.flatMap((operation) => (operation.op === 'create_project' ? [[operation.name, isSuggestion(operation)]] : []));
    expect(projects).toEqual([
      ['Shed', true],
      ['House', false],
    ]);
  });

  it('keeps the words of a title around a date it cuts out', () => {
    const titles = (dump: string) => parseDump(dump, context).flatMap((operation) => (operation.op === 'create_task' ? [operation.title] : []));
    expect(titles("Mia's school play is Thursday, don't miss it")).toEqual(["Mia's school play"]);
    // "every morning" is no repeat quick add's grammar knows: the words stay.
    expect(titles('start walking every morning')).toEqual(['Start walking every morning']);
  });

  it('never gives a task a due date in the past: the words that name it stay in the title', () => {
    const [task] = parseDump('reply to the two candidates from last week', context);
    expect(task).toMatchObject({ op: 'create_task', title: 'Reply to the two candidates from last week', due_date: null });
    // A weekday or weekend said with "last" is the one gone, not the coming one.
    for (const said of ['file the receipts from last Friday', 'count the money from last weekend']) {
      const [gone] = parseDump(said, context);
      expect(gone).toMatchObject({ op: 'create_task', title: `${said.charAt(0).toUpperCase()}${said.slice(1)}`, due_date: null });
    }
  });

  it('reads "Note for future me:" as a remark, not a task to note, and a title with "Prof." as one sentence', () => {
    const titles = (dump: string) =>
      parseDump(dump, context).flatMap((operation) => (operation.op === 'create_task' && !isSuggestion(operation) ? [operation.title] : []));
    expect(titles('Call the garage. Note for future me: the garage is the one by the station.')).toEqual(['Call the garage']);
    expect(titles('- email Prof. Alvarez about the extension')).toEqual(['Email Prof. Alvarez about the extension']);
  });

  it("reads quick add's pieces in a dump: p1–p4, @labels, for-durations, repeats and deadlines", () => {
    const tasks = parseDump(
      '- call the bank for 30m p1 @phone\n- start journaling every day\n- draft essay monday deadline friday\n- renew visa by dec 20 p4',
      context,
    ).flatMap((operation) => (operation.op === 'create_task' ? [operation] : []));
    expect(tasks.map(({ title, notes, priority, duration_minutes, due_date }) => ({ title, notes, priority, duration_minutes, due_date }))).toEqual([
      { title: 'Call the bank', notes: 'Labels: phone', priority: 'high', duration_minutes: 30, due_date: null },
      // A dump's task carries no repeat or deadline yet: they go to its notes.
      { title: 'Start journaling', notes: 'Repeats: Every day', priority: null, duration_minutes: null, due_date: null },
      { title: 'Draft essay', notes: 'Deadline 2026-11-27', priority: null, duration_minutes: null, due_date: '2026-11-23' },
      // Alone, "by <date>" is the day it is due, as before.
      { title: 'Renew visa', notes: null, priority: null, duration_minutes: null, due_date: '2026-12-20' },
    ]);
  });

  it('notes who a message assigns a task to instead of making a project of the name', () => {
    const operations = parseDump('Hi team,\nAction items:\n- Maria: update the pricing page\n\nBest,\nSam', context);
    expect(operations).toMatchObject([{ op: 'create_task', title: 'Update the pricing page', project_ref: null, notes: 'For Maria' }]);
  });

  it('is deterministic', () => {
    const dump = 'Work:\n- slides by Friday\n- call Bob tomorrow at 10\nand then buy milk';
    expect(parseDump(dump, context)).toEqual(parseDump(dump, context));
  });
});

describe('tidying a title', () => {
  it('removes dangling words, empty brackets and leftover punctuation, and capitalises', () => {
    expect(tidyTitle('  finish report by  ')).toBe('Finish report');
    expect(tidyTitle('fix tap () -')).toBe('Fix tap');
    expect(tidyTitle(': Maya\'s recital')).toBe("Maya's recital");
    expect(tidyTitle('of reading')).toBe('Reading');
  });

  it('keeps a time of day a habit comes after in its title, and cuts a day a task comes after', () => {
    const titles = (dump: string) => parseDump(dump, context).flatMap((operation) => (operation.op === 'create_task' ? [operation.title] : []));
    expect(titles('no screens after 9pm')).toEqual(['No screens after 9pm']);
    expect(titles('- ring the council after Thursday\n- skip snacks after 8pm')).toEqual(['Ring the council', 'Skip snacks after 8pm']);
    expect(titles('book the ferry for after Boxing Day')).toEqual(['Book the ferry']);
    // "after" alone means afterwards.
    expect(tidyTitle('collect the dry cleaning after')).toBe('Collect the dry cleaning after');
  });

  it('keeps the "at" of "looked at", with or without a day after it', () => {
    const titles = (dump: string) => parseDump(dump, context).flatMap((operation) => (operation.op === 'create_task' ? [operation.title] : []));
    expect(tidyTitle('get the heater fan looked at')).toBe('Get the heater fan looked at');
    expect(titles("- get the brakes looked at on Monday\n- get the dent looked at Friday\n- have a look at the boiler at")).toEqual([
      'Get the brakes looked at',
      'Get the dent looked at',
      'Have a look at the boiler',
    ]);
  });

  it('removes what a cut date leaves linking to nothing, whole phrases first', () => {
    expect(tidyTitle('book the ferry for')).toBe('Book the ferry');
    expect(tidyTitle('submit the claim no later than')).toBe('Submit the claim no later');
    expect(tidyTitle('fold the laundry within the')).toBe('Fold the laundry');
    expect(tidyTitle('print the tickets ahead of')).toBe('Print the tickets');
    expect(tidyTitle('water the lawn in time for')).toBe('Water the lawn');
    // A word that ends a phrase of its own stays: "plan ahead", "pay in advance".
    expect(tidyTitle('plan ahead')).toBe('Plan ahead');
    expect(tidyTitle('pay the deposit in advance')).toBe('Pay the deposit in advance');
    // A date cut before a comma leaves its space: "Sara compleanno sabato, prendere i fiori".
    expect(tidyTitle('Sara compleanno        , prendere i fiori')).toBe('Sara compleanno, prendere i fiori');
  });
});

describe('a day and month with no year that has just gone', () => {
  const on = (today: string, dump: string) =>
    parseDump(dump, { today, timezone: 'Europe/London', projects: [], tasks: [] }).flatMap((operation) => (operation.op === 'create_task' ? [[operation.title, operation.due_date]] : []));

  it.each([
    ['write the postmortem for the 17/Mar outage by 1 Apr', ['Write the postmortem for the 17/Mar outage', '2027-04-01']],
    ['return the parcel, 28 days from 20/3', ['Return the parcel', '2027-04-17']],
  ])('names the thing, gives the day to a later one, and counts on from the day gone: "%s"', (dump, task) => {
    expect(on('2027-03-26', dump)).toEqual([task]);
  });

  it('is still next year\'s alone, or with its year said', () => {
    expect(on('2027-03-26', 'pay the invoice by 17/3')).toEqual([['Pay the invoice', '2028-03-17']]);
    expect(on('2027-03-26', 'book the venue for 17/3/2028 by 1 Apr')[0]?.[1]).toBe('2028-03-17');
  });
});
