import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { asGroupedLines, confidentTasks } from '../testing/confident-tasks.ts';
import { parseDump } from './parse-dump.ts';

const context: DraftContext = { today: '2026-10-06', timezone: 'Europe/Dublin', projects: [], tasks: [] };

/** Each confident task as "project / title" ("- / title" when it has no project). */
function grouped(dump: string): string[] {
  return asGroupedLines(confidentTasks(parseDump(dump, context)));
}

describe('a group lead inside a run-on sentence', () => {
  it('groups the steps after it, in dictation', () => {
    expect(grouped('long day at the depot so for the garage I need to clear out the paint tins and sweep the floor')).toEqual([
      'Garage / Clear out the paint tins',
      'Garage / Sweep the floor',
    ]);
  });

  it('starts the next group at the next lead', () => {
    expect(grouped('right so for work we have to file the audit notes then for the garden I must prune the apple tree')).toEqual([
      'Work / File the audit notes',
      'Garden / Prune the apple tree',
    ]);
  });

  it('is no lead when the name runs on past "and"', () => {
    expect(grouped('buy a card for the retirement party and I have to iron a shirt')).toEqual(['- / Buy a card for the retirement party', '- / Iron a shirt']);
  });
});

describe('a lead naming a group in prose', () => {
  it('holds for the sentences after it in the paragraph', () => {
    expect(grouped('For the choir concert I need to learn the alto part. Email Sinéad the programme by Thursday.\n\nRenew the car tax.')).toEqual([
      'Choir concert / Learn the alto part',
      'Choir concert / Email Sinéad the programme',
      '- / Renew the car tax',
    ]);
  });

  it('ends at a sentence adding another thing', () => {
    expect(grouped('For the kitchen I need to order the worktop. Also book the dentist for Liam.')).toEqual([
      'Kitchen / Order the worktop',
      '- / Book the dentist for Liam',
    ]);
  });
});

describe('leads that name no group', () => {
  it('reads "What has to happen:" and "What I still have to do:" as leads into the steps', () => {
    expect(grouped('Ugh, long week. What has to happen: put the gesso on the head tomorrow, order the linden blocks')).toEqual([
      '- / Put the gesso on the head',
      '- / Order the linden blocks',
    ]);
    expect(grouped('The conference is 14 January in Cluj. What I still have to do: send the acceptance emails, get three quotes for the coffee')).toEqual([
      'Conference / Send the acceptance emails',
      'Conference / Get three quotes for the coffee',
    ]);
  });

  it('leaves the group at "Outside all that:"', () => {
    expect(grouped('COURT\n- re-read the witness statements\n\nAnd outside all that: book a haircut Saturday, call Auntie Mei back about the banquet')).toEqual([
      'Court / Re-read the witness statements',
      '- / Book a haircut',
      '- / Call Auntie Mei back about the banquet',
    ]);
  });

  it('leaves the group at "Separately, my own stuff:"', () => {
    expect(grouped('Shop: order the flour, fix the oven door.\n\nSeparately, my own stuff: book the dentist, renew the insurance.')).toEqual([
      'Shop / Order the flour',
      'Shop / Fix the oven door',
      '- / Book the dentist',
      '- / Renew the insurance',
    ]);
  });
});

describe("a page's title over its sections", () => {
  it('names no group: the sections under it are the groups', () => {
    expect(grouped('# Projectionist to-do\n\n> check the booth clock before the matinee today!!\n\n## Prints\n- book the courier Monday\n\n## Booth\n- test the backup projector')).toEqual([
      '- / Check the booth clock',
      'Prints / Book the courier',
      'Booth / Test the backup projector',
    ]);
    expect(grouped('# Garden\n- prune the apple tree\n- sweep the path')).toEqual(['Garden / Prune the apple tree', 'Garden / Sweep the path']);
  });
});
