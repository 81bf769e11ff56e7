import { describe, expect, it } from 'vitest';
import { segment } from './segment.ts';

const texts = (dump: string) => segment(dump).map((item) => item.text);

describe('a done mark inside a line of prose', () => {
  it.each([
    ['Sorted the recycling ✔. Still to do: book the boiler service and ring Aunt Mae.', ['book the boiler service', 'ring Aunt Mae']],
    ['Fed the fish ✅ Paid the gas bill ✅. Next: order a new kettle, tidy the shed tomorrow.', ['order a new kettle', 'tidy the shed tomorrow']],
    ['Dropped the parcel off ☑. Need to email the landlord about the leak.', ['Need to email the landlord about the leak']],
  ])('closes only its own sentence in "%s"', (dump, expected) => {
    expect(texts(dump).filter((text) => expected.includes(text))).toEqual(expected);
    expect(texts(dump).some((text) => /sorted|fed|paid|dropped/i.test(text))).toBe(false);
  });

  it.each(['✅ sorted the recycling', 'renew the parking permit (done)', 'Fed the fish ✅. Paid the gas bill ✅.'])('still marks the whole line done in "%s"', (dump) => {
    expect(texts(dump)).toEqual([]);
  });
});
