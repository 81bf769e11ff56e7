import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { confidentTasks, draftedTasks } from '../testing/confident-tasks.ts';
import { namesDayOnly, namesOccasionOnly } from './day-lines.ts';
import { parseDump } from './parse-dump.ts';

const context: DraftContext = { today: '2026-04-20', timezone: 'Europe/Madrid', projects: [], tasks: [] };

function titles(dump: string): string[] {
  return draftedTasks(parseDump(dump, context)).map(([title]) => title);
}

function confident(dump: string): string[] {
  return confidentTasks(parseDump(dump, context)).map(([title]) => title);
}

describe('a line saying what day it is', () => {
  it.each([
    'pay day!!',
    'Midsummer Eve, nobody at work.',
    '12 octubre, día festivo',
    'Fiesta de San Isidro, no school',
    'Ascension Day tomorrow, so writing this now.',
    'Boxing Day in Galway.',
    'Bank hols = lie-in',
    'Power cut again tonight so I am typing this on my phone',
    'Fireworks over the harbour tonight and I am off, finally.',
    '🎺 procession at 10, the twins are drumming!',
    'clocks back, bakery opens at 7 regardless.',
    'Bank holiday today but the inbox never empties.',
    'Fat Tuesday!! nothing getting done today.',
    'Bank hol weekend, shop shut Mon.',
    'Easter weekend, everything shut.',
    'Long weekend, office closed Monday.',
  ])('is only the scene: "%s"', (line) => {
    expect(namesDayOnly(line)).toBe(true);
  });

  it.each([
    "Grandad's birthday Saturday",
    'sports day kit',
    'Harvest festival: bake the loaf',
    'Carnival day, book the face painter',
    'Orders due Friday',
    'Fireworks tonight, buy the sparklers',
    'Watch the parade at 11',
    'Clocks go back tonight so reset the oven clock',
    'Holiday today but book the vet',
    'long weekend plans',
  ])('asks for something or names someone\'s day: "%s"', (line) => {
    expect(namesDayOnly(line)).toBe(false);
  });

  it('opening a dump is no task, over a list or in front of a paragraph', () => {
    expect(titles('Whit Monday, shop shut.\n- repot the ficus\n- email Ines about the rota')).toEqual(['Repot the ficus', 'Email Ines about the rota']);
    expect(titles('🎉 Teachers day = no lessons!\n📚 mark the essays\n📞 ring the piano tuner')).toEqual(['Mark the essays', 'Ring the piano tuner']);
    expect(titles('Saint Patrick day, pubs heaving. Renew the van insurance and order toner.')).toEqual([
      'Renew the van insurance',
      'Order toner',
    ]);
  });

  it('a shared happening opening a dump is no task, its list read as before', () => {
    expect(titles('Carnival parade at noon, streets shut.\n- collect the costumes\n- pay the florist')).toEqual(['Collect the costumes', 'Pay the florist']);
  });

  it('before a numbered run on its line is no task, and the lead still dates the run', () => {
    expect(titles("Tomorrow's Labour Day, holiday. Shop this week: (1) count the stock (2) repaint the sign")).toEqual(['Count the stock', 'Repaint the sign']);
    expect(titles('Roof is leaking again. Shop this week: (1) count the stock (2) repaint the sign')).toHaveLength(3);
  });

  it.each([
    ['3. oktober, streets full of families.\n- oil the gate hinge\n- ring the glazier', ['Oil the gate hinge', 'Ring the glazier']],
    ['24. júní! bonfires on the beach.\n\nwash the van tomorrow', ['Wash the van']],
    ['9. Mai - barbecue smoke over the allotments.\n\nreturn the drill', ['Return the drill']],
  ])('reads a day number, its point and a month opening a dump as the day, not item 3: "%s"', (dump, expected) => {
    expect(titles(dump)).toEqual(expected);
  });

  it('keeps a numbered item whose month leads a longer thing', () => {
    expect(titles('1. June invoices to the accountant\n2. repaint the shed')).toContain('Repaint the shed');
    expect(titles('1. June invoices to the accountant\n2. repaint the shed')).toHaveLength(2);
  });

  it.each([
    'Christmas morning, wrapping paper everywhere.',
    'Carol service this evening, choir was lovely.',
    'Heiligabend, all quiet.',
    'Easter vigil tonight, candles and bells',
  ])('names a feast by its part of the day or its service: "%s"', (line) => {
    expect(namesDayOnly(line)).toBe(true);
  });

  it.each(['Carol service tickets', 'Christmas morning presents for the twins', 'Buy the Easter vigil candles', 'sparklers for new year'])(
    'leaves a thing for the feast, or a step for it, a task: "%s"',
    (line) => {
      expect(namesOccasionOnly(line)).toBe(false);
    },
  );

  it('opening a dump, its first clause naming the day is no task, however the sentence goes on', () => {
    expect(namesOccasionOnly('Burns night today')).toBe(true);
    expect(
      confident("Midsummer Eve today so the office is empty and I can finally hear myself think. Renew the boat licence and call the marina."),
    ).toEqual(['Renew the boat licence', 'Call the marina']);
    expect(confident('Midnight mass this evening, then home. Wrap the presents.')).toEqual(['Wrap the presents']);
  });

  it('keeps an errand that opens a dump with an occasion in its name', () => {
    expect(confident('Christmas morning presents for the twins, and book the turkey collection.')).toContain('Book the turkey collection');
    expect(titles('Buy the Easter vigil candles. Book the turkey collection.')).toEqual(['Buy the Easter vigil candles', 'Book the turkey collection']);
  });

  it('later in a dump stays as written', () => {
    expect(titles('- repot the ficus\n- payday')).toContain('Payday');
  });
});
