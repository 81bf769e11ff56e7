import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { confidentTitlesAndDays } from '../testing/confident-tasks.ts';
import { parseDump } from './parse-dump.ts';
import { isTextSpeak, writtenOut } from './text-speak.ts';

// Sunday 14 March 2027.
const context: DraftContext = { today: '2027-03-14', timezone: 'Europe/London', projects: [], tasks: [] };

function drafted(dump: string): [string, string | null][] {
  return confidentTitlesAndDays(parseDump(dump, context));
}

describe('text-speak in titles', () => {
  it('writes out the shorthand of a dump written in text-speak, and drops its fillers', () => {
    expect(
      drafted(
        [
          'gotta hand in the lab report b4 thurs lol',
          'txt priya abt the bus times pls',
          'tbh need to book a hair appt w/ kemi',
          'buy dad smth for fathers day idk',
          'run w/ the club sat morn',
          'tidy my room next wknd',
        ].join('\n'),
      ),
    ).toEqual([
      ['Hand in the lab report', '2027-03-17'],
      ['Text priya about the bus times', null],
      ['Book a hair appointment with kemi', null],
      ['Buy dad something for fathers day', null],
      ['Run with the club', '2027-03-20'],
      ['Tidy my room', '2027-03-20'],
    ]);
  });

  it('keeps the shorthand a terse list writes, and writes out what no one means as written', () => {
    expect(drafted(['- dentist appt w/ Dr Shah Tuesday', '- ask Ben abt the van', '- get Mia smth for the leaving do', '- yoga thurs morn'].join('\n'))).toEqual([
      ['Dentist appt w/ Dr Shah', '2027-03-16'],
      ['Ask Ben abt the van', null],
      ['Get Mia something for the leaving do', null],
      ['Yoga', '2027-03-18'],
    ]);
  });

  it('tells text-speak from a terse list by several of its marks', () => {
    expect(isTextSpeak('ngl gotta do it b4 fri, pls')).toBe(true);
    expect(isTextSpeak('- dinner w/ the Lims tmrw\n- bday card for Jo')).toBe(false);
    expect(isTextSpeak('fish n chips tmrw, gotta')).toBe(false);
  });

  it('leaves words that only contain the shorthand alone', () => {
    expect(writtenOut('open notes.txt and the morning paper, txt-free', false)).toBe('open notes.txt and the morning paper, txt-free');
    expect(writtenOut('Txt Sam abt it', true)).toBe('Text Sam about it');
  });

  it('reads "its" before a word no thing of its can be as "it\'s"', () => {
    expect(writtenOut('call grandma on saturday its her birthday', false)).toBe("call grandma on saturday it's her birthday");
    expect(writtenOut('vote in the election Its online and closes Friday', false)).toBe("vote in the election It's online and closes Friday");
    expect(writtenOut('check its battery and its online shop, its not urgent', false)).toBe("check its battery and its online shop, it's not urgent");
    expect(writtenOut('sort a present for daves fortieth its down in mandurah', false)).toBe("sort a present for daves fortieth it's down in mandurah");
    expect(writtenOut('the van its overdue for a service, check its back door', false)).toBe("the van it's overdue for a service, check its back door");
  });

  it(`reads "ill" before a task verb or after a joining word as "I'll", and "its making" as "it's making"`, () => {
    expect(writtenOut('ill call her back tomorrow', false)).toBe("I'll call her back tomorrow");
    expect(writtenOut('and ill shock her pool tomorrow arvo', false)).toBe("and I'll shock her pool tomorrow arvo");
    expect(writtenOut('ill health benefits form, the ill effects', false)).toBe('ill health benefits form, the ill effects');
    expect(writtenOut('check the pump its making a grinding noise', false)).toBe("check the pump it's making a grinding noise");
  });
});
