import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { confidentTasks } from '../testing/confident-tasks.ts';
import { parseDump } from './parse-dump.ts';

const context: DraftContext = { today: '2026-03-10', timezone: 'Europe/London', projects: [], tasks: [] };

/** Each confident task as "project / title" ("- / title" when it has no project). */
function grouped(dump: string): string[] {
  return confidentTasks(parseDump(dump, context)).map(([title, project]) => `${project ?? '-'} / ${title}`);
}

describe('labels that say what they are about', () => {
  it.each([
    ['On the house front: get three quotes for the roof, clear the loft', 'House'],
    ['On the money front: cancel the gym, move the savings to the new account', 'Money'],
    ['Wedding-related: confirm the florist, send the seating plan to Mum', 'Wedding'],
    ['school related: sign the trip form, buy a new lunchbox', 'School'],
    ['As for the garage sale: price everything, put up posters', 'Garage sale'],
  ])('"%s" names %s', (dump, project) => {
    const tasks = grouped(dump);
    expect(tasks).toHaveLength(2);
    for (const task of tasks) expect(task.startsWith(`${project} / `)).toBe(true);
  });
});

describe('a pictured heading with a colon', () => {
  it('heads the plain lines under it', () => {
    expect(grouped('🌿 Garden:\nbuy compost\nmow the lawn\n🐕 Dog:\nbook the groomer')).toEqual([
      'Garden / Buy compost',
      'Garden / Mow the lawn',
      'Dog / Book the groomer',
    ]);
  });
});

describe('a tag on a line of its own', () => {
  it('heads the list under it as a label would', () => {
    expect(grouped('#thesis\n- write chapter 2\n- email my supervisor\n#home\n- descale the kettle')).toEqual([
      'Thesis / Write chapter 2',
      'Thesis / Email my supervisor',
      'Home / Descale the kettle',
    ]);
  });

  it('over a pasted chat names the channel, not a group', () => {
    const tasks = grouped('#ops-team\nLena: can you restart the staging server today?\nMe: sure');
    expect(tasks.every((task) => task.startsWith('- / '))).toBe(true);
  });
});

describe('context tags with "@"', () => {
  it('a word after "@" opening a line groups the line', () => {
    expect(grouped('@office print the contracts\n@office order toner\n@home hoover the stairs\nbook the dentist')).toEqual([
      'Office / Print the contracts',
      'Office / Order toner',
      'Home / Hoover the stairs',
      '- / Book the dentist',
    ]);
  });

  it('a mention of someone names no group', () => {
    const tasks = grouped('@priya send me the slides\n@mark can you check the figures\norder toner');
    expect(tasks.every((task) => task.startsWith('- / '))).toBe(true);
  });
});
