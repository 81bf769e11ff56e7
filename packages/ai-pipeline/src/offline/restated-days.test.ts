import { describe, expect, it } from 'vitest';
import { withoutRestatedDay } from './restated-days.ts';

describe('a day said twice over', () => {
  it.each([
    ['renew the permit, end of the month = the 31st!', 'renew the permit, end of the month'],
    ['renew the permit, end of the month (i.e. the 31st)', 'renew the permit, end of the month'],
    ['huur betalen, eind van de maand (d.w.z. vandaag!)', 'huur betalen, eind van de maand'],
    ["pagare l'affitto, fine mese (cioè oggi)", "pagare l'affitto, fine mese"],
    ['Miete zahlen Freitag (d.h. morgen)', 'Miete zahlen Freitag'],
  ])('keeps the first saying only in "%s"', (line, expected) => {
    expect(withoutRestatedDay(line)).toBe(expected);
  });

  it.each(['check that 2 + 2 = 4', 'tidy the loft (= the attic)', 'call the bank (i.e. today)', 'book the hall Friday (that is, the big one)'])(
    'leaves "%s" as written',
    (line) => {
      expect(withoutRestatedDay(line)).toBe(line);
    },
  );
});
