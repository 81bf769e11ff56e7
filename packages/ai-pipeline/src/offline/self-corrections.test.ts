import { describe, expect, it } from 'vitest';
import { withSelfCorrectionsTaken } from './self-corrections.ts';

describe('a correction said aloud', () => {
  it.each([
    ['buy milk and ask Rosa to close up Saturday actually no I will close up myself', 'buy milk and I will close up myself'],
    ['email the landlord, no wait, phone him in the morning', 'phone him in the morning'],
    ['book the ferry for Sunday scratch that book it for Monday', 'book it for Monday'],
    ['sort the recycling\nfix the shed door, sorry no, paint it', 'sort the recycling\npaint it'],
  ])('takes back the clause before it in "%s"', (dump, meant) => {
    expect(withSelfCorrectionsTaken(dump)).toBe(meant);
  });

  it.each([
    'water the ferns and actually no one has fed the cat, feed her tonight',
    'clean the gutters, no need to rush it',
    'post the parcel actually',
    'send the quote to Ilse by the 12th, no wait, the 12th is a Sunday, so by Friday',
  ])('leaves "%s" as it is', (dump) => {
    expect(withSelfCorrectionsTaken(dump)).toBe(dump);
  });
});
