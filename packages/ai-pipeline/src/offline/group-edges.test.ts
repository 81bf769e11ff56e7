import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { asGroupedLines, confidentTasks, draftedTasks } from '../testing/confident-tasks.ts';
import { parseDump } from './parse-dump.ts';

const context: DraftContext = { today: '2026-04-14', timezone: 'UTC', projects: [], tasks: [] };

/** Each confident task as "project / title" ("- / title" when it has no project). */
function grouped(dump: string): string[] {
  return asGroupedLines(confidentTasks(parseDump(dump, context)));
}

/** Each task, suggestions too, as "project / title". */
function drafted(dump: string): string[] {
  return asGroupedLines(draftedTasks(parseDump(dump, context)));
}

describe('a heading naming a pasted message by its sender', () => {
  it.each(["from the landlord's email Monday:", "From Coach Reyes's text:", "copied from the school's newsletter:"])('"%s" ends the group before it and names none', (heading) => {
    expect(grouped(`GARDEN\n- repot the fern\n- sow the beans\n\n${heading}\n> Please return the signed permission slip by April 20.`)).toContain('- / Return the signed permission slip');
  });

  it('a heading about someone\'s things is still a group', () => {
    expect(grouped("Dad's birthday:\n- order the cake\n- book the table")).toEqual(["Dad's birthday / Order the cake", "Dad's birthday / Book the table"]);
  });
});

describe('a label naming whom a pasted request addresses', () => {
  it('"Residents: please …" under a message heading groups nothing', () => {
    expect(grouped('from the caretaker\'s notice:\n> Residents: please clear the bike shed by Friday.')).toEqual(['- / Clear the bike shed']);
  });

  it('"For the X: please …" still names what the request is for', () => {
    expect(grouped('Hi Noor,\nFor the spring catalogue: please send the captions by Friday.\nThanks, Ilse')).toContain('Spring catalogue / Send the captions');
  });
});

describe('a one-word heading in capitals that could be a verb', () => {
  it('"STORE" over lines in small letters names them', () => {
    expect(grouped('KOWALSKI KITCHEN\nmeasure the worktop\nSTORE\nsweep the floor\nrestock the screws')).toEqual([
      'Kowalski kitchen / Measure the worktop',
      'Store / Sweep the floor',
      'Store / Restock the screws',
    ]);
  });

  it('a shouted step of two words stays a task', () => {
    expect(grouped('PAINT FENCE\nmeasure the worktop')).toContain('- / PAINT FENCE');
  });
});

describe('a topic label giving the writer a step, as minutes do', () => {
  it.each([
    ['Bins: me — book the bulky waste pickup', 'Bins / Book the bulky waste pickup'],
    ['Parking: me to write to the council about the permits', 'Parking / Write to the council about the permits'],
  ])('"%s" is the topic\'s step', (line, expected) => {
    expect(grouped(`Residents meeting\n${line}\nNext meeting in May`)).toContain(expected);
  });

  it('a label over someone else\'s step does not become the writer\'s group', () => {
    expect(drafted('Bins: Omar — book the bulky waste pickup')).not.toContain('Bins / Book the bulky waste pickup');
  });
});

describe('"For X, just do y" in prose', () => {
  it('names the group although "just" comes before the step', () => {
    expect(grouped("At home I need to prune the roses. For school, just sign Ben's reading log tonight.")).toContain("School / Sign Ben's reading log");
  });

  it('"For now, just …" names no group', () => {
    expect(grouped('For now, just water the seedlings.').every((line) => line.startsWith('- /'))).toBe(true);
  });
});

describe('a dictated run-on turning to the writer\'s own things', () => {
  it('"also personally …" ends the group the run-on was in', () => {
    expect(grouped('for the bakery I need to order flour and fix the mixer also personally renew my library card and return the drill')).toEqual([
      'Bakery / Order flour',
      'Bakery / Fix the mixer',
      '- / Renew my library card',
      '- / Return the drill',
    ]);
  });
});

describe('a numbered part, shortened before its number', () => {
  it.each(['proofread ch. 7 by Friday', 'check p. 12 of the lease'])('"%s" is one task', (line) => {
    expect(grouped(`Client: Alder Press – ${line}`)).toHaveLength(1);
  });

  it('a sentence ending in a shortened word before a number is still two', () => {
    expect(grouped('Wash the car on Sat. 3 parcels to post too.')).toHaveLength(2);
  });
});

describe('a label naming an event whose first word may read as a verb', () => {
  it.each([
    ['Swap day 2 May: me to print the posters; ask the library for tables', ['Swap day / Print the posters', 'Swap day / Ask the library for tables']],
    ['Quiz night: book the hall, buy the prizes', ['Quiz night / Book the hall', 'Quiz night / Buy the prizes']],
  ])('"%s" groups its steps', (line, expected) => {
    expect(grouped(line)).toEqual(expected);
  });

  it('a step with an object before its colon stays a step', () => {
    expect(drafted('Call the plumber: ask about the boiler').some((line) => line.startsWith('Call the plumber /'))).toBe(false);
  });
});

describe("minutes' catch-all section and who an item is addressed to", () => {
  it('reads "AOB" as no group, after topics that are groups', () => {
    const dump = ['1. Budget', '- me: send the figures to Ana by Friday', '2. AOB', '- me: book a room for the playtest', '- me: order the new T-shirts'].join('\n');
    expect(grouped(dump)).toEqual(['Budget / Send the figures to Ana', '- / Book a room for the playtest', '- / Order the new T-shirts']);
  });

  it.each(['everyone', 'Everybody', 'ALL', 'all of us'])('reads "%s:" before an item as who it is for, not a group', (label) => {
    expect(grouped(`Notes from Monday\n- ${label}: fill in the retro survey by Friday\n- book the venue`)).toEqual(['- / Fill in the retro survey', '- / Book the venue']);
  });
});

describe('a first line over nothing but sections with their items further in', () => {
  it('titles the page, and the sections are the groups', () => {
    const dump = ['SCOUTS — November', '◦ Winter camp', '    ◦ put the deposit down', '    ◦ check the stove', '◦ Popcorn sales', '    ◦ count the money', '◦ Me', '    ◦ renew my police check'].join('\n');
    expect(grouped(dump)).toEqual(['Winter camp / Put the deposit down', 'Winter camp / Check the stove', 'Popcorn sales / Count the money', '- / Renew my police check']);
  });

  it('heads the lines under it as before when a line at the margin opens no section', () => {
    const dump = ['Garden', '- Veg beds', '    - sow the beans', '    - weed the onions', '- mow the lawn'].join('\n');
    expect(grouped(dump)).toContain('Garden / Mow the lawn');
  });
});

describe('a heading that turns away from the groups before it', () => {
  it.each(['Outside of those:', 'Apart from that:', 'Besides all that:'])('"%s" names no group of its own', (heading) => {
    expect(grouped(`Shower block:\n- order the heater\n\n${heading}\n- book the bus\n- renew the licence`)).toEqual(['Shower block / Order the heater', '- / Book the bus', '- / Renew the licence']);
  });
});
