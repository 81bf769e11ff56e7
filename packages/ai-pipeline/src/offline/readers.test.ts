import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { DUTCH, ENGLISH, ENGLISH_DAY_FIRST, FRENCH, GERMAN, SPANISH } from './readers.ts';

const reference = { instant: new Date(Date.UTC(2026, 10, 23, 9)), timezone: 60 };
const option = { forwardDate: true };

const readers: [string, chrono.Chrono, chrono.Chrono, string][] = [
  ['English', ENGLISH, chrono.casual, 'dentist Friday at 3pm, Monday to Wednesday, 3 days after tomorrow, 12/3 at 10, tonight, in 2 weeks'],
  ['British English', ENGLISH_DAY_FIRST, chrono.en.GB, 'dentist on 3/12 at 4:30pm, 5/6 - 7/6, Friday at 9, the 15th at noon'],
  ['German', GERMAN, chrono.de.casual, 'Zahnarzt morgen früh, Dienstag 10 Uhr, in 2 Wochen, vor 3 Tagen, am 3. März, heute Abend'],
  ['French', FRENCH, chrono.fr.casual, 'payer la cantine demain matin, samedi à 10h, dans 2 semaines, il y a 3 jours, ce soir, le 2 juin'],
  ['Spanish', SPANISH, chrono.es.casual, 'dentista mañana a las 10, hoy, esta noche, el lunes, el 2 de junio, de 14:30 a 15:00'],
  ['Dutch', DUTCH, chrono.nl.casual, 'tandarts morgen, vandaag, vanavond, over 2 weken, vrijdag om 10 uur, 3 juni'],
];

function readings(reader: chrono.Chrono, text: string): [number, string, string][] {
  return reader.parse(text, reference, option).map((result) => [result.index, result.text, result.start.date().toISOString()]);
}

describe('the readers that keep their patterns', () => {
  it.each(readers)('%s reads what chrono’s own reader reads', (_, kept, own, text) => {
    const found = readings(kept, text);
    expect(found.length).toBeGreaterThan(3);
    expect(found).toEqual(readings(own, text));
  });

  it.each(readers)('%s hands every parser the same pattern parse after parse', (_, kept, _own, text) => {
    const context = new chrono.ParsingContext(text, reference, option);
    for (const parser of kept.parsers) expect(parser.pattern(context)).toBe(parser.pattern(context));
  });

  it.each(readers)('%s hands every merge refiner the same pattern between results', (_, kept) => {
    const merging = kept.refiners.filter((refiner) => typeof (refiner as { patternBetween?: unknown }).patternBetween === 'function');
    expect(merging.length).toBeGreaterThan(0);
    for (const refiner of merging as unknown as { patternBetween(): RegExp }[]) expect(refiner.patternBetween()).toBe(refiner.patternBetween());
  });
});
