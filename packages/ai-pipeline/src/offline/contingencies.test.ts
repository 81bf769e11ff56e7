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

/** Titles of every new task, confident or offered. */
function drafted(dump: string): string[] {
  return parseDump(dump, context).flatMap((operation) => (operation.op === 'create_task' ? [operation.title] : []));
}

describe('tasks that exist only if something goes wrong', () => {
  it.each([
    ['- ping Lena if the nightly build fails again\n- buy stamps', 'Ping Lena'],
    ['- if the courier doesn\'t show by Monday, email the shop\n- buy stamps', 'Email the shop'],
    ['- if the boiler makes that noise again, call the plumber\n- buy stamps', 'Call the plumber'],
    ['We need helpers for the bake sale. If you can help, please reply to Tom by Friday. Buy stamps.', 'Reply to Tom'],
  ])('offers the task rather than creating it: "%s"', (dump, title) => {
    expect(confident(dump)).toEqual(['Buy stamps']);
    expect(drafted(dump)).toContain(title);
  });

  it.each([
    ['- if QA signs off, tag the release Monday\n- buy stamps', 'Tag the release'],
    ["- if it's sunny Sunday, clean the balcony\n- buy stamps", 'Clean the balcony'],
    ['- chase the Harper payment if nothing by next Friday\n- buy stamps', 'Chase the Harper payment'],
    ['- ask Ravi if the gym is also closed\n- buy stamps', 'Ask Ravi if the gym is also closed'],
    ["- send the consent form if you haven't already\n- buy stamps", 'Send the consent form'],
    ['- ask Dad if the car broke down again\n- buy stamps', 'Ask Dad if the car broke down again'],
  ])('keeps a plan\'s condition, or a question, a task: "%s"', (dump, title) => {
    expect(confident(dump)).toContain(title);
    expect(confident(dump)).toContain('Buy stamps');
  });
});

describe('a plan on a condition dictated without a comma', () => {
  const dated = (dump: string) =>
    parseDump(dump, context).flatMap((operation) =>
      operation.op === 'create_task' && (operation.confidence ?? 1) >= 0.5 ? [[operation.title, operation.due_date]] : [],
    );

  it.each([
    ['if the weather is good on Saturday paint the fence', 'Paint the fence', '2026-12-05'],
    ['when the parts arrive tomorrow fit the new shelves', 'Fit the new shelves', '2026-12-03'],
  ])('keeps the task and the condition\'s day in "%s"', (dump, title, due) => {
    expect(dated(dump)).toEqual([[title, due]]);
  });

  it('still drafts no task on a mishap: "if the van breaks down tomorrow ring the garage"', () => {
    expect(confident('if the van breaks down tomorrow ring the garage')).toEqual([]);
  });
});

describe('a mishap joined on by a connective, or a payment or booking refused', () => {
  it.each([
    ["Wash the car. And if I can't find the ladder, borrow Omar's. Buy stamps.", "Borrow Omar's"],
    ["Wash the car. But if the plumber doesn't turn up, ring the agency. Buy stamps.", 'Ring the agency'],
    ['Wash the car. If the direct debit bounces, pay the gym in cash. Buy stamps.', 'Pay the gym in cash'],
    ['Wash the car. If the visa gets rejected, appeal within the month. Buy stamps.', 'Appeal'],
    ['Wash the car. If the flight is cancelled, claim the refund. Buy stamps.', 'Claim the refund'],
  ])('offers the task rather than creating it: "%s"', (dump, title) => {
    expect(confident(dump)).toEqual(['Wash the car', 'Buy stamps']);
    expect(drafted(dump).some((drafted) => drafted.startsWith(title))).toBe(true);
  });

  it.each([
    ["Wash the car. And if it's sunny Sunday, mow the lawn. Buy stamps.", ['Wash the car', 'Mow the lawn', 'Buy stamps']],
    ['Wash the car. And if the quote is approved, order the tiles. Buy stamps.', ['Wash the car', 'Order the tiles', 'Buy stamps']],
    ['Wash the car. Ask the bank if the payment bounced. Buy stamps.', ['Wash the car', 'Ask the bank if the payment bounced', 'Buy stamps']],
  ])('keeps a plan\'s condition, and a question asked: "%s"', (dump, expected) => {
    expect(confident(dump)).toEqual(expected);
  });
});
