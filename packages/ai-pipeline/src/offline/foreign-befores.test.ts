import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { parseDump } from './parse-dump.ts';

// A Wednesday.
const context: DraftContext = { today: '2026-12-02', timezone: 'UTC', projects: [], tasks: [] };

function read(dump: string): [string, string | null][] {
  return parseDump(dump, context).flatMap((operation) => (operation.op === 'create_task' ? [[operation.title, operation.due_date] as [string, string | null]] : []));
}

describe('days said in other languages after "before"', () => {
  it.each([
    ['- Dachrinne reinigen vor dem 9. Dezember', 'Dachrinne reinigen', '2026-12-08'],
    ['- Zeugnisse kopieren bis zum 4. Januar', 'Zeugnisse kopieren', '2027-01-04'],
    ['- fietsband plakken vóór 12 januari', 'Fietsband plakken', '2027-01-11'],
    ['- de schuur verven op 3 februari', 'De schuur verven', '2027-02-03'],
    ['- vendre la vieille luge avant le Nouvel An', 'Vendre la vieille luge', '2026-12-31'],
    ['- buy sparklers before the New Year', 'Buy sparklers', '2026-12-31'],
    ['- renew my RAMQ card avant la fin du mois', 'Renew my RAMQ card', '2026-12-31'],
    ["- payer le loyer d'ici la fin du mois", 'Payer le loyer', '2026-12-31'],
    ['- pagar la luz antes de fin de mes', 'Pagar la luz', '2026-12-31'],
    ['- pay the huur tegen het einde van de maand', 'Pay the huur', '2026-12-31'],
    ['- de fietsen ophalen tegen het einde van de week', 'De fietsen ophalen', '2026-12-04'],
    ['- pagare il condominio entro fine mese', 'Pagare il condominio', '2026-12-31'],
    ["- renouveler l'assurance de l'atelier avant juin", "Renouveler l'assurance de l'atelier", '2027-05-31'],
    ['- renovar el seguro antes de marzo', 'Renovar el seguro', '2027-02-28'],
    ['- Winterreifen wechseln vor Januar', 'Winterreifen wechseln', '2026-12-31'],
  ])('reads the day and cuts its words from "%s"', (dump, title, due) => {
    expect(read(dump)).toEqual([[title, due]]);
  });

  it.each([
    ['- volgende week donderdag examen, boeken terugbrengen de dag ervoor', 'Boeken terugbrengen', '2026-12-09'],
    ['- nächste Woche Freitag Umzug, Kartons packen am Tag davor', 'Kartons packen', '2026-12-10'],
    ['- sabato trasloco, comprare lo scotch il giorno prima', 'Comprare lo scotch', '2026-12-04'],
  ])('counts "the day before" back from the day just named in "%s"', (dump, title, due) => {
    expect(read(dump)).toContainEqual([title, due]);
  });

  it('does not count "la veille de Noël" back from the day before it', () => {
    expect(read('- samedi marché, appeler Mamie la veille de Noël').find(([title]) => title.startsWith('Appeler Mamie'))?.[1]).not.toBe('2026-12-04');
  });

  it.each([
    ['- order the new year planner', 'Order the new year planner'],
    ['- Oma besuchen vor dem Essen', 'Oma besuchen vor dem Essen'],
  ])('reads no day in "%s"', (dump, title) => {
    expect(read(dump)).toEqual([[title, null]]);
  });
});

describe('a day after a comma in another language', () => {
  it.each([
    ['- btw-aangifte indienen, eind van de maand', 'Btw-aangifte indienen', '2026-12-31'],
    ['- Nebenkosten zahlen, Ende des Monats', 'Nebenkosten zahlen', '2026-12-31'],
    ['- pagare il dentista, fine mese', 'Pagare il dentista', '2026-12-31'],
  ])('dates the task before it in "%s"', (dump, title, due) => {
    expect(read(dump)).toEqual([[title, due]]);
  });

  it('still reads "btw" alone as "by the way"', () => {
    expect(read('- btw call the vet tomorrow')).toEqual([['Call the vet', '2026-12-03']]);
  });
});

describe('a month named alike in two languages', () => {
  it.each([
    // "mai" is German's word too: German reads no "23 mai" without its dot, French does.
    ['- payer le loyer le 23 mai', 'Payer le loyer', '2027-05-23'],
    ['- Miete zahlen am 23. Mai', 'Miete zahlen', '2027-05-23'],
  ])('reads the day in "%s"', (dump, title, due) => {
    expect(read(dump)).toEqual([[title, due]]);
  });
});
