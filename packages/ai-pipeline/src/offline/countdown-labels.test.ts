import { describe, expect, it } from 'vitest';
import { confidentTasks, confidentTitlesAndDays } from '../testing/confident-tasks.ts';
import { withCountdownLabelsDated } from './countdown-labels.ts';
import { parseDump } from './parse-dump.ts';

const reference = { today: '2027-01-31', timezone: 'Asia/Singapore' };
const context = { ...reference, projects: [], tasks: [] };

const COUNTDOWN = `WEDDING ✨ Sat 24 Apr 2027 (dinner at the Fullerton)
countdown, updated tonight:

10 wks before: order the kua, book the band
3 months before: send the save-the-dates
2 weeks out: collect the rings
day before: pack the overnight bag
on the day: give the rings to Jun
after: return the suits`;

describe('a countdown to an event', () => {
  it('writes each label as the day it counts back to, under the event\'s name', () => {
    expect(withCountdownLabelsDated(COUNTDOWN, reference).split('\n')).toEqual([
      '',
      'countdown, updated tonight:',
      '',
      '## WEDDING',
      '- 2027-02-13: order the kua, book the band',
      '- 2027-01-24: send the save-the-dates',
      '- 2027-04-10: collect the rings',
      '- 2027-04-23: pack the overnight bag',
      '- 2027-04-24: give the rings to Jun',
      '- return the suits',
    ]);
  });

  it('dates the steps and groups them under the event', () => {
    const operations = parseDump(COUNTDOWN, context);
    expect(confidentTitlesAndDays(operations)).toEqual([
      ['Order the kua', '2027-02-13'],
      ['Book the band', '2027-02-13'],
      ['Send the save-the-dates', '2027-01-24'],
      ['Collect the rings', '2027-04-10'],
      ['Pack the overnight bag', '2027-04-23'],
      ['Give the rings to Jun', '2027-04-24'],
      ['Return the suits', null],
    ]);
    expect(new Set(confidentTasks(operations).map(([, project]) => project))).toEqual(new Set(['Wedding']));
  });

  it('counts months back to the last day of a shorter month', () => {
    const dump = 'Move to Lisbon, 31 May 2027\n3 months before: give notice\n1 month before: book the van';
    expect(withCountdownLabelsDated(dump, reference)).toContain('- 2027-02-28: give notice\n- 2027-04-30: book the van');
  });

  it.each([
    ['one label', 'Party Sat 24 Apr 2027\n2 weeks before: send the invites\nbuy balloons'],
    ['no event ahead', 'Party yesterday\n2 weeks before: send the invites\nday before: buy balloons'],
    ['no day named above', '2 weeks before: send the invites\nday before: buy balloons\nParty Sat 24 Apr 2027'],
  ])('leaves a dump with %s as it was', (_, dump) => {
    expect(withCountdownLabelsDated(dump, reference)).toBe(dump);
  });
});
