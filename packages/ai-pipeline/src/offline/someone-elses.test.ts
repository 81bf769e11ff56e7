import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { parseDump } from './parse-dump.ts';

const context: DraftContext = { today: '2026-12-02', timezone: 'UTC', projects: [], tasks: [] };

/** Titles of the tasks the review would create without a click. */
function confident(dump: string): string[] {
  return parseDump(dump, context).flatMap((operation) =>
    operation.op === 'create_task' && (operation.confidence ?? 1) >= 0.5 ? [operation.title] : [],
  );
}

describe('lines about what someone else does, or how things are', () => {
  it.each([
    ['- Dr. Osei to sign the consent forms\n- book the lab', ['Book the lab']],
    ['- Prof Lind to check the figures\n- book the lab', ['Book the lab']],
    ['- Joaquín out next week\n- book the lab', ['Book the lab']],
    ['- Siobhan away until Monday\n- book the lab', ['Book the lab']],
    ['- Ingrid off sick today\n- book the lab', ['Book the lab']],
  ])('keeps someone else\'s doings out of the list: "%s"', (dump, expected) => {
    expect(confident(dump)).toEqual(expected);
  });

  it.each([
    ['Choir committee notes\nAttendees: Wanda, Osric, Bea (me)\nAction items:\n1. Osric - email the organist re: Easter\n2. Bea - book the hall', ['Book the hall']],
    ['Choir committee notes\nAttendees: Wanda, Osric, Bea (me)\nAction items:\n1. Osric - book the hall\n2. Bea - email the organist re: Easter', ['Email the organist re: Easter']],
  ])('gives a meeting item to the name before its dash, though a colon follows: "%s"', (dump, expected) => {
    expect(confident(dump)).toEqual(expected);
  });

  it.each([
    ['[09:05] Odile: and someone needs to bring the trestle tables, Femi can u?\nmy own: buy flour', ['Buy flour']],
    ['[09:05] Odile: Femi, could you bring the trestle tables?\nmy own: buy flour', ['Buy flour']],
    ['[09:05] Odile: could you bring the trestle tables?\nmy own: buy flour', ['Bring the trestle tables', 'Buy flour']],
    ['[09:05] Odile: Honestly, could you bring the trestle tables?\nmy own: buy flour', ['Bring the trestle tables', 'Buy flour']],
  ])('gives a chat request put to someone by name to that person: "%s"', (dump, expected) => {
    expect(confident(dump)).toEqual(expected);
  });

  it.each([
    ['Really proud of the kids today. Book the lab.', ['Book the lab']],
    ['Honestly so tired this week. Book the lab.', ['Book the lab']],
    ['- picnic in the park Sunday, depends on the weather\n- book the lab', ['Picnic in the park', 'Book the lab']],
    ['Back from the weekend away and the house is a tip. Book the lab.', ['Book the lab']],
  ])('keeps a feeling or a state out of the list: "%s"', (dump, expected) => {
    expect(confident(dump)).toEqual(expected);
  });

  it.each([
    ['- Me to sign the consent forms\n- book the lab', ['Sign the consent forms', 'Book the lab']],
    ['- bins out Tuesday\n- book the lab', ['Bins out', 'Book the lab']],
    ['- Dr. Osei appointment Friday\n- book the lab', ['Dr. Osei appointment', 'Book the lab']],
    ['- back up the laptop\n- book the lab', ['Back up the laptop', 'Book the lab']],
    // A pronoun shortened with its verb is nobody away.
    ["- We're out of milk\n- book the lab", ['Buy milk', 'Book the lab']],
  ])('still creates the tasks of "%s"', (dump, expected) => {
    expect(confident(dump)).toEqual(expected);
  });
});

describe('items given out on one line, a person and a dash before each', () => {
  /** Titles of every new task, confident or offered. */
  function drafted(dump: string): string[] {
    return parseDump(dump, context).flatMap((operation) => (operation.op === 'create_task' ? [operation.title] : []));
  }

  it.each([
    ['Next steps: Marek – draft the budget; me – reserve the van', ['Reserve the van']],
    ['Oona – print the flyers; Dev – tape them up; me – ring the venue', ['Ring the venue']],
  ])('gives the reader only their own in "%s"', (dump, expected) => {
    expect(confident(dump)).toEqual(expected);
  });

  it('offers no person nor "me" as a task', () => {
    expect(drafted('Next steps: Marek – draft the budget; me – reserve the van')).toEqual(['Draft the budget', 'Reserve the van']);
  });

  it('reads groups before the dashes as groups', () => {
    expect(confident('Kitchen – fix the tap; garden – rake the leaves')).toEqual(['Fix the tap', 'Rake the leaves']);
  });
});

describe('minutes giving items to people named with a title or two names', () => {
  it.each([
    ['Committee notes\n- me: order the raffle prizes\n- Dr. Halvorsen: sign off the accounts\n- Bettina: draft the newsletter', ['Order the raffle prizes']],
    ['Committee notes\n- me: order the raffle prizes\n- Ngozi Adeyemi: sign off the accounts\n- Bettina: draft the newsletter', ['Order the raffle prizes']],
    ['Committee notes\n- ACTION me: order the raffle prizes\n- Osvaldo: draft the newsletter\n- ACTION me + Osvaldo: sweep the hall on Friday', ['Order the raffle prizes', 'Sweep the hall']],
  ])('leaves their items to them and keeps the reader\'s: "%s"', (dump, expected) => {
    expect(confident(dump)).toEqual(expected);
  });

  it.each([
    // Two capitalised English words are a group, not a person.
    ['Committee notes\n- me: order the raffle prizes\n- Summer Fair: book the bouncy castle', ['Order the raffle prizes', 'Book the bouncy castle']],
    // Without the minutes' own "me:" lines, a titled label is a client's group.
    ['Jobs this week\n- Mrs Abernethy: fit the new lock\n- order brass hinges', ['Fit the new lock', 'Order brass hinges']],
  ])('still creates the tasks of "%s"', (dump, expected) => {
    expect(confident(dump)).toEqual(expected);
  });
});
