import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { countedBackFrom, countsBack, eventDaysInBrackets } from './counted-back.ts';
import { parseDump } from './parse-dump.ts';

// A Saturday.
const context: DraftContext = { today: '2027-03-06', timezone: 'UTC', projects: [], tasks: [] };

function dueOf(dump: string, title: string): string | null | undefined {
  // A count left undated keeps its words in the title ("Print the flyers a week"): the title's start finds it.
  const found = parseDump(dump, context).find((operation) => operation.op === 'create_task' && operation.title.startsWith(title));
  return found?.op === 'create_task' ? found.due_date : undefined;
}

describe('a step counted back from an event the dump states', () => {
  it('counts days, nights or weeks back from the event stated above', () => {
    expect(dueOf('The bake sale is on the 20th. Label the cake tins the day before.', 'Label the cake tins')).toBe('2027-03-19');
    expect(dueOf('The regatta is on 12 June. Varnish the oars two days before.', 'Varnish the oars')).toBe('2027-06-10');
    expect(dueOf('The regatta is on 12 June. Email the crew list a week before.', 'Email the crew list')).toBe('2027-06-05');
  });

  it('counts back from the day a heading names, to a weekday too', () => {
    const dump = 'WEDDING FAIR (Sunday 9 May, Harrogate)\n- print 300 leaflets by Friday\n- pack the mannequins the Friday before\n- book the van the week before';
    expect(dueOf(dump, 'Pack the mannequins')).toBe('2027-05-07');
    expect(dueOf(dump, 'Book the van')).toBe('2027-05-02');
    expect(dueOf(dump, 'Print 300 leaflets')).toBe('2027-03-12');
  });

  it('counts back from the day of the bullet an indented step sits under, not from the step above it', () => {
    const dump = 'SCOUTS\n◦ Remembrance Day parade, Thu 11th\n    ◦ confirm the colour party by Tuesday\n    ◦ iron the group flag the night before\n◦ Winter camp\n    ◦ check the stove';
    expect(dueOf(dump, 'Iron the group flag')).toBe('2027-03-10');
    expect(dueOf(dump, 'Confirm the colour party')).toBe('2027-03-09');
    const titles = parseDump(dump, context).flatMap((operation) => (operation.op === 'create_task' ? [operation.title] : []));
    expect(titles).toEqual(['Confirm the colour party', 'Iron the group flag', 'Check the stove']);
  });

  it('counts back from the day of the clause it is before, not from the task before it ("the day before we reopen on the 1st")', () => {
    const dump = 'Shoot the product photos on Monday and post the launch announcement the day before we reopen on the 1st.';
    expect(dueOf(dump, 'Shoot the product photos')).toBe('2027-03-08');
    expect(dueOf(dump, 'Post the launch announcement')).toBe('2027-03-31');
    expect(parseDump(dump, context).some((operation) => operation.op === 'create_task' && operation.title.includes('reopen'))).toBe(false);
  });

  it('counts back from a day said before it on its line, or from the last event a line above says happens', () => {
    expect(dueOf('FRONT OF HOUSE\n- seating note for the show on Friday, email Gwen the day before', 'Email Gwen')).toBe('2027-03-11');
    const email = 'Dear tenant, the aircon servicing is scheduled for 8 July. The rent for July is due on the 5th.\nRegards, Tan\n\n(me: move the car out of lot 14 the night before)';
    expect(dueOf(email, 'Move the car out of lot 14')).toBe('2027-07-07');
  });

  it('skips the days of tasks in between: they date only themselves', () => {
    const dump = 'The quiz night is on 14 May. Book the function room by Friday. Print the answer sheets a week before.';
    expect(dueOf(dump, 'Book the function room')).toBe('2027-03-12');
    expect(dueOf(dump, 'Print the answer sheets')).toBe('2027-05-07');
  });

  it('skips a plan in between that states no event ("two more lessons next week")', () => {
    const dump = 'Marta: audition is on the 18th. Two more scales sessions next week, and remind her the night before to pack her rosin.';
    expect(dueOf(dump, 'Remind her to pack her rosin')).toBe('2027-03-17');
  });

  it("reads the event's day from a bracketed remark", () => {
    const dump = "Now, the school concert (it's on 23 April): I need to book the piano tuner by Friday, and print the programmes a week before.";
    expect(dueOf(dump, 'Print the programmes')).toBe('2027-04-16');
  });

  it('leaves the step undated when no event was stated', () => {
    expect(dueOf('Renew the permit by Friday. Print the flyers a week before.', 'Print the flyers')).toBeNull();
  });

  it('leaves a count with its own day as it was', () => {
    expect(dueOf('The fair is on the 20th. Wash the van two days before the 12th.', 'Wash the van')).toBe('2027-03-10');
  });
});

describe('countsBack', () => {
  it('is a count ending its task or followed by its purpose', () => {
    expect(countsBack('iron the shirts the night before')).toBe(true);
    expect(countsBack('ring them three days before, so they know')).toBe(true);
    expect(countsBack('remind him the day before to bring it')).toBe(true);
  });

  it('is no count naming the day it counts from, nor another before, nor with a day of its own', () => {
    expect(countsBack('iron the shirts the night before the wedding')).toBe(false);
    expect(countsBack('ring the venue two days before, so by the 4th')).toBe(false);
    expect(countsBack('water the plants before Friday')).toBe(false);
  });
});

describe('countedBackFrom', () => {
  it("puts the event's day after the count, without its lead word", () => {
    expect(countedBackFrom('ring the hall a week before', 'on the 20th')).toBe('ring the hall a week before the 20th');
  });
});

describe('eventDaysInBrackets', () => {
  it('finds the days brackets state events on, and no others', () => {
    expect(eventDaysInBrackets("The gala (it's on Friday): hire chairs.")).toEqual(['on Friday']);
    expect(eventDaysInBrackets('Hire chairs (ask Tom on Friday).')).toEqual([]);
  });
});
