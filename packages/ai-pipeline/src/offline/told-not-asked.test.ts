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

describe('clauses that tell rather than ask', () => {
  it.each([
    ['- mark the mock exams, Mr Osei wants them before Monday\n- tidy the lab', ['Mark the mock exams', 'Tidy the lab']],
    ['- renew the bus pass, the driver checks it now\n- buy stamps', ['Renew the bus pass', 'Buy stamps']],
    ['- send the invoice, accounts chases otherwise\n- buy stamps', ['Send the invoice', 'Buy stamps']],
  ])('keeps someone doing something to the task out of the list: "%s"', (dump, expected) => {
    expect(confident(dump)).toEqual(expected);
  });

  it.each([
    ['Repaint the whole fence, no way, fix the gate instead. Buy nails.', ['Fix the gate instead', 'Buy nails']],
    ['Clean the oven, scratch that, ring the landlord. Buy nails.', ['Ring the landlord', 'Buy nails']],
  ])('drops a task the writer takes back at once: "%s"', (dump, expected) => {
    expect(confident(dump)).toEqual(expected);
  });

  it.each([
    ['The wedding was beautiful, the speeches ran long, but now laundry mountains. Book the taxi.', ['Book the taxi']],
    ['Camp was muddy, the tent leaked, and then home sweet home. Dry the sleeping bags.', ['Dry the sleeping bags']],
  ])('offers a verbless part of a story: "%s"', (dump, expected) => {
    expect(confident(dump)).toEqual(expected);
  });

  it('still lists verbless things and asked-for things among statements', () => {
    // The rules ask for both; the learned confidence then offers "please the spare keys …" as a suggestion.
    const asked: string[] = [];
    parseDump('Work was mad, the train was late, so please the spare keys for Ana. Book the taxi.', context, (_, candidate) => {
      if (candidate.ruleConfidence >= 0.5) asked.push(candidate.title);
    });
    expect(asked).toEqual(['The spare keys for Ana', 'Book the taxi']);
  });

  it.each([
    ['The boiler is fixed, stop stressing about it. Book the chimney sweep.', ['Book the chimney sweep']],
    ['Quit overthinking the speech. Book the chimney sweep.', ['Book the chimney sweep']],
  ])('drops telling oneself off: "%s"', (dump, expected) => {
    expect(confident(dump)).toEqual(expected);
  });

  it('offers an event stated with a long subject, not creating it', () => {
    expect(confident('The christening party for the Okafor twins is on the 19th, so order the cake.')).toEqual(['Order the cake']);
  });
});
