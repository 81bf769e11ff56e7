import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { withDuePaid, withGroupAsked } from './notices.ts';
import { parseDump } from './parse-dump.ts';

const context: DraftContext = { today: '2027-04-12', timezone: 'Europe/Dublin', projects: [], tasks: [] };

/** What the review would create without a click, with its due date. */
function created(dump: string): string[] {
  return parseDump(dump, context).flatMap((operation) =>
    operation.op === 'create_task' && (operation.confidence ?? 1) >= 0.5 ? [`${operation.title}${operation.due_date ? ` @${operation.due_date}` : ''}`] : [],
  );
}

describe('a request made of a group the reader is in', () => {
  it.each([
    ['Tenants must empty their storage lockers by Friday.', 'empty the storage lockers by Friday.'],
    ['The lift is out. Owners are kindly asked to use the side stairs.', 'The lift is out. use the side stairs.'],
    ['All parents, please return the consent slips', 'return the consent slips'],
    ['thanks and everybody bring a plate on Sunday', 'thanks and bring a plate on Sunday'],
  ])('reads "%s" as asked of the reader', (text, read) => {
    expect(withGroupAsked(text)).toBe(read);
  });

  it.each([
    'Everyone loved the quiz night.',
    'Residents must be aware that the gate is broken.',
    'Everyone: hand in the keys',
    'I told everyone to bring chairs',
  ])('leaves "%s" as it is', (text) => {
    expect(withGroupAsked(text)).toBe(text);
  });

  it('creates the request with its day', () => {
    expect(created('NOTICE: the bins move to Thursdays. Residents must wheel their bins out by 7am on Thursday.')).toEqual(['Wheel the bins out @2027-04-15']);
  });
});

describe('a payment falling due', () => {
  it.each([
    ['The service charge for April is due on the 20th.', 'pay the service charge for April on the 20th.'],
    ['Also club membership fees are due by Friday', 'Also pay club membership fees by Friday'],
    ['the gym and the car insurance premium is due Monday', 'the gym and pay the car insurance premium Monday'],
  ])('reads "%s" as paying it', (text, read) => {
    expect(withDuePaid(text)).toBe(read);
  });

  it.each(['The essay is due on Friday.', 'Baby is due in May', 'I paid the rent that was due'])('leaves "%s" as it is', (text) => {
    expect(withDuePaid(text)).toBe(text);
  });

  it('creates the payment with its day', () => {
    expect(created('Hello neighbours,\nThe water rates for Q2 are due on 30 April.\nThanks, Orla')).toEqual(['Pay the water rates for Q2 @2027-04-30']);
  });
});
