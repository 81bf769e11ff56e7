import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { parseDump } from './parse-dump.ts';

const context: DraftContext = { today: '2026-12-02', timezone: 'UTC', projects: [], tasks: [] };

/** Titles of every new task, confident or offered. */
function drafted(dump: string): string[] {
  return parseDump(dump, context).flatMap((operation) => (operation.op === 'create_task' ? [operation.title] : []));
}

describe('two verbs that share their object', () => {
  it.each([
    ['sign and return the form by Friday', ['Sign and return the form']],
    ['- wash and iron the shirts\n- buy milk', ['Wash and iron the shirts', 'Buy milk']],
    ['need to print and sign the lease', ['Print and sign the lease']],
    ['term starts Monday, wash and label the uniforms', ['Wash and label the uniforms']],
    // A verb the list lacks ("strip") is told by the object the two share; a hyphened "re-" is a verb.
    ['- strip and re-seal the hall floor by Thurs', ['Strip and re-seal the hall floor']],
    // "+" as "and", between verbs the list knows.
    ['- wash + iron the school shirts\n- clean + oil the bike chain', ['Wash + iron the school shirts', 'Clean + oil the bike chain']],
  ])('are one task: "%s"', (dump, expected) => {
    expect(drafted(dump).filter((title) => title !== 'Term starts')).toEqual(expected);
  });

  it.each([
    ['the tax disc renewal is ready, print it and drop it off at the office', ['Print the tax disc renewal and drop it off at the office']],
    ['the old armchair is broken, wrap it and post it to the restorer', ['Wrap the old armchair and post it to the restorer']],
  ])('one verb after another on the same "it" is one errand, named once: "%s"', (dump, expected) => {
    expect(drafted(dump).filter((title) => !/^The /.test(title))).toEqual(expected);
  });

  it.each([
    ['- call mum and dad\n- buy milk and eggs', ['Call mum and dad', 'Buy milk and eggs']],
    ['book the flights and pack the bags', ['Book the flights', 'Pack the bags']],
    // "+" between things, or before a verb the list lacks, joins nothing new.
    ['- milk + eggs\n- grout + re-seal the tub', ['Milk + eggs', 'Grout', 'Re-seal the tub']],
  ])('other joins read as before: "%s"', (dump, expected) => {
    expect(drafted(dump)).toEqual(expected);
  });

  it('reads a verb with its "re-" hyphened as a verb that opens a task of its own', () => {
    expect(drafted('check the tents for torn mesh and re-proof the big dome')).toEqual(['Check the tents for torn mesh', 'Re-proof the big dome']);
  });
});
