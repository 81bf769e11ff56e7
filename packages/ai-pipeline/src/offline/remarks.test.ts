import { describe, expect, it } from 'vitest';
import { trimFiller } from './cues.ts';
import { isMusing, isRemark } from './remarks.ts';

const remark = (said: string) => isRemark(said, trimFiller(said));

describe('clauses that say how things are', () => {
  it.each([
    "I'll miss the bakery on Elm Street",
    'dread the dentist',
    'do that after lunch',
    'kitchen packed',
    'the kids asleep',
    'Council tax goes up in April',
    'Bus fares go up from June',
    'Nana and Grandad land on Sunday',
    "Auntie Bríd's bringing the trifle",
    'Tadhg, you are on the playlist',
    'read about half of the manual',
    'Fenster geputzt',
    'finally a quiet evening',
  ])('"%s" is a remark', (said) => {
    expect(remark(said)).toBe(true);
  });

  it.each([
    'miss out on nothing: book the tickets',
    'fill the tank full',
    'pay the council tax',
    'Book Nana and Grandad a taxi',
    "Dad's birthday present",
    'read the manual',
    'read the first half of the brief',
    'finally book the plumber',
    'water the plants',
    'check the fares go up or not',
  ])('"%s" is no remark', (said) => {
    expect(remark(said)).toBe(false);
  });

  it('offers a musing about something named before, not about a named thing', () => {
    expect(isMusing('think about it')).toBe(true);
    expect(isMusing('sleep on it')).toBe(true);
    expect(isMusing('think about the budget for the garden')).toBe(false);
  });
});
