import { smsLength } from '@ordo/notify';
import { describe, expect, it } from 'vitest';
import { overdueDigestBody } from './overdue-digest-alerts.ts';

describe('overdueDigestBody', () => {
  it('names as many whole titles as one segment holds and counts the rest', () => {
    expect(overdueDigestBody(1, ['File taxes'])).toBe('1 overdue task: File taxes');
    expect(overdueDigestBody(7, ['File taxes', 'Call the bank'])).toBe('7 overdue tasks: File taxes, Call the bank and 5 more');
    const titles = ['Renew the passport before the summer trip', 'Book the car service for the winter tyres', 'Reply to the landlord about the boiler', 'Send the signed contract to Marta', 'Order new glasses'];
    const body = overdueDigestBody(12, titles);
    expect(body).toBe('12 overdue tasks: Renew the passport before the summer trip, Book the car service for the winter tyres, Reply to the landlord about the boiler and 9 more');
    expect(smsLength(body).segments).toBe(1);
  });

  it('puts titles on one line and typography in GSM-7 forms', () => {
    expect(overdueDigestBody(2, ['Mum’s\nbirthday card', '“Fix” the gate – again'])).toBe('2 overdue tasks: Mum\'s birthday card, "Fix" the gate - again');
  });

  it('cuts a first title too long for one segment', () => {
    const body = overdueDigestBody(3, ['x'.repeat(400), 'second', 'third']);
    expect(smsLength(body).segments).toBe(1);
    expect(body).toMatch(/^3 overdue tasks: x+\.\.\. and 2 more$/);
  });
});
