import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { parseDump } from './parse-dump.ts';

// 2027-03-15 is a Monday.
const context: DraftContext = { today: '2027-03-15', timezone: 'UTC', projects: [], tasks: [] };

/** Each new task as "title | due". */
function drafted(dump: string): string[] {
  return parseDump(dump, context).flatMap((operation) => (operation.op === 'create_task' ? [`${operation.title} | ${operation.due_date}`] : []));
}

describe('a thing with its day, then the step for "it" on another day', () => {
  it.each([
    ['- staff pizza lunch Friday 3/19 — order it Thurs', 'Order the staff pizza lunch | 2027-03-18'],
    ['- VAT return due 7 Apr, do it Friday', 'Do the VAT return | 2027-03-19'],
    ['- flights home to Leeds 8 Aug, book them tomorrow', 'Book the flights home to Leeds | 2027-03-16'],
    ["- Dad's retirement party Sat 27th, plan it Tuesday", "Plan Dad's retirement party | 2027-03-16"],
  ])('is one task, the step on its own day: "%s"', (dump, task) => {
    expect(drafted(dump)).toEqual([task]);
  });

  it.each([
    ['- kiln element arrives 30/3, fit it the next day', 'Fit the kiln element'],
    ['- my car tax runs out 9 April, sort it this week', 'Sort my car tax runs out'],
    ['- app deadline Dec 1, write them Sunday', 'Write the app'],
  ])('leaves a statement of what happens, or "them" after a thing of one, unjoined: "%s"', (dump, joined) => {
    expect(drafted(dump).filter((task) => task.startsWith(joined))).toEqual([]);
  });
});

describe('a thing, then the step for "it" or "them" alone', () => {
  it.each([
    ['#flat GEZ letter, pay it', 'Pay the GEZ letter | null'],
    ['#podcast transcripts for eps 45–47, upload them', 'Upload the transcripts for eps 45–47 | null'],
    ['- rego due end of April, pay it', 'Pay the rego | 2027-04-30'],
    ["- Mum's birthday card, post it", "Post Mum's birthday card | null"],
    ['- new price list for the window, print it', 'Print the new price list for the window | null'],
    ["- scooter #4 brakes, take it to Made's garage tomorrow", "Take the scooter #4 brakes to Made's garage | 2027-03-16"],
    ['- old sofa, put it out for the council collection', 'Put the old sofa out for the council collection | null'],
  ])('is one task, on the thing\'s day if it has one: "%s"', (dump, task) => {
    expect(drafted(dump)).toEqual([task]);
  });

  it.each([
    ['#tax the Steuerberater wants all the documents by end of February, so collect them', 'Collect |'],
    ['#home boarding pass, print them', 'Print the boarding pass'],
    ['#home kiln element arrives, fit it', 'Fit the kiln element'],
    ['When the new wetsuits arrive, label them with the club numbers.', 'Label |'],
  ])('leaves a sentence of someone doing, a statement of what happens, a clause of when, or "them" after a thing of one, unjoined: "%s"', (dump, joined) => {
    expect(drafted(dump).filter((task) => task.startsWith(joined))).toEqual([]);
  });
});
