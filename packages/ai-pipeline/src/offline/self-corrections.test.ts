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

  it.each([
    ['ring Priya, no wait, Meena, about the rota', 'ring Meena, about the rota'],
    ['email Tom, sorry, Theo, Theo Marsh, about the invoice', 'email Theo Marsh about the invoice'],
    ['book the vet for Wednesday, actually Thursday, she works Wednesdays', 'book the vet for Thursday, she works Wednesdays'],
    ['collect the suit Friday, no, Saturday', 'collect the suit Saturday'],
    ['marinate the salmon Mon night, no wait, Wed night', 'marinate the salmon Wed night'],
    ['gym Tues morning, actually Thurs', 'gym Thurs'],
  ])('keeps the last of a name or day said twice in "%s"', (dump, meant) => {
    expect(withSelfCorrectionsTaken(dump)).toBe(meant);
  });

  it.each([
    ['The dentist is on Monday, move it to Friday, no, keep it on Monday, that works. Buy stamps.', 'The dentist is on Monday, that works. Buy stamps.'],
    ['the survey is due Thursday, push it back a week, actually no, leave it as is', 'the survey is due Thursday'],
  ])('drops a change taken back in "%s"', (dump, meant) => {
    expect(withSelfCorrectionsTaken(dump)).toBe(meant);
  });

  it.each([
    'ask Jo, actually Jo is away, so ask Kim',
    'Monday, no school, so take the kids to the pool',
    'thank Ruth, no rush',
    'Priya, Meena and Tom are coming Saturday, so buy more chairs',
    'keep it simple: order pizza Friday',
  ])('mends nothing in "%s"', (dump) => {
    expect(withSelfCorrectionsTaken(dump)).toBe(dump);
  });
});

describe('a number put right by another', () => {
  it.each([
    ['buy more booties like two hundred no wait three hundred', 'buy more booties like three hundred'],
    ['buy twenty no wait thirty of the small blade guards', 'buy thirty of the small blade guards'],
    ['pick her up at 5, sorry, 6', 'pick her up at 6'],
  ])('keeps the last: "%s"', (dump, mended) => {
    expect(withSelfCorrectionsTaken(dump)).toBe(mended);
  });

  it('leaves a number with no second one after the correction', () => {
    expect(withSelfCorrectionsTaken('buy 2 no more than that')).toBe('buy 2 no more than that');
  });
});
