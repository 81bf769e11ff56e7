import { describe, expect, it } from 'vitest';
import { withPersonalLeftLoose } from './personal-groups.ts';
import { segment } from './segment.ts';

/** The projects of a dump's items as "project / text" ("- / text" when none). */
function grouped(dump: string): string[] {
  return segment(dump).map((item) => `${item.project ?? '-'} / ${item.text}`);
}

describe('a personal group after efforts, customers or a business', () => {
  it.each([
    [
      'Bakery:\n- order rye flour\n- fix the proofer timer\n\nPersonal:\n- book the optician\n- renew the bus pass',
      ['Bakery / order rye flour', 'Bakery / fix the proofer timer', '- / book the optician', '- / renew the bus pass'],
    ],
    [
      'HOLM KITCHEN REFIT\n- measure the worktops\n- order the tiles\n\nME\n- post the birthday card\n- ring the osteopath',
      ['Holm kitchen refit / measure the worktops', 'Holm kitchen refit / order the tiles', '- / post the birthday card', '- / ring the osteopath'],
    ],
    [
      'Gallery:\n- hang the new prints\nprivat:\n- Fahrrad reparieren',
      ['Gallery / hang the new prints', '- / Fahrrad reparieren'],
    ],
    [
      'Chalet Aiguilles :\n- changer les draps\nPerso :\n- payer l\'assurance ski',
      ['Chalet Aiguilles / changer les draps', "- / payer l'assurance ski"],
    ],
  ])('is no project of its own: %s', (dump, expected) => {
    expect(grouped(dump)).toEqual(expected);
  });

  it('after a named effort in prose, a "Personal:" line is loose', () => {
    const projects = segment(
      'For the Lindqvist barn conversion I need to order the oak beams and call the structural engineer.\n\nPersonal: pick up the prescription, return the drill to Omar.',
    ).map((item) => item.project);
    expect(projects).toEqual(['Lindqvist barn conversion', 'Lindqvist barn conversion', null, null]);
  });
});

describe('near misses: a personal group beside another part of life stays one', () => {
  it.each([
    ['Work:\n- send the audit pack\n\nPersonal:\n- book the optician', ['Work / send the audit pack', 'Personal / book the optician']],
    ['Office\n- clear the inbox\nHome\n- bleed the radiators\nMe\n- sign up for the swim class', ['Office / clear the inbox', 'Home / bleed the radiators', 'Me / sign up for the swim class']],
    [
      'Client: Fernhill – logo tweaks by Friday\nPersonal: renew the library card\nAdmin: file the VAT return',
      ['Fernhill / logo tweaks by Friday', 'Personal / renew the library card', 'Admin / file the VAT return'],
    ],
  ])('%s', (dump, expected) => {
    expect(grouped(dump)).toEqual(expected);
  });

  it('a group named like the writer but not personal is left as it is', () => {
    expect(withPersonalLeftLoose([{ project: 'Bakery' }, { project: 'Personal finance' }])).toEqual([{ project: 'Bakery' }, { project: 'Personal finance' }]);
  });
});
