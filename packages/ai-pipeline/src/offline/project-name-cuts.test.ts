import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { parseDump } from './parse-dump.ts';

const context: DraftContext = { today: '2026-08-20', timezone: 'America/Denver', projects: [], tasks: [] };

/** The projects a dump creates. */
function projects(dump: string): string[] {
  return parseDump(dump, context).flatMap((operation) => (operation.op === 'create_project' ? [operation.name] : []));
}

describe('a project named with when it happens', () => {
  it.each([
    ['For the reunion in October, I need to book the hall and email the class list.', 'Reunion'],
    ['For the product launch next March I have to brief the agency and fix the pricing page.', 'Product launch'],
  ])('"%s" is %s', (dump, project) => {
    expect(projects(dump)).toEqual([project]);
  });
});

describe('a relative’s event', () => {
  it.each([
    ["For my brother's stag do I need to book the minibus and collect the deposits.", 'Stag do'],
    ["My cousin's engagement party:\n- pack the sashes\n- book the van", 'Engagement party'],
  ])('"%s" is the event: %s', (dump, project) => {
    expect(projects(dump)).toEqual([project]);
  });

  it.each([
    ["Priya's hen party:\n- book the cocktail class\n- order the sashes", "Priya's hen party"],
    ["Grandma's move:\n- pack the china\n- book the van", "Grandma's move"],
  ])('keeps the name of someone named, or of a parent called as by name: "%s"', (dump, project) => {
    expect(projects(dump)).toEqual([project]);
  });
});

describe('a label saying how a part of life compares', () => {
  it.each([
    ['Uni is way calmer: book the library room, email my tutor.', 'Uni'],
    ['Shop stuff is a bit busier: reorder the till rolls and call the landlord.', 'Shop'],
  ])('"%s" names %s', (dump, project) => {
    expect(projects(dump)).toEqual([project]);
  });
});

describe('a project whose name ends in a particle, then its day', () => {
  it.each([
    ['for the Harbour pop up next Saturday I have to order 300 cones and paint the sign', 'Harbour pop up'],
    ['for the gala set up on Friday I need to hire the chairs and book the van', 'Gala set up'],
  ])('keeps the particle and cuts the day: "%s"', (dump, project) => {
    expect(projects(dump)).toEqual([project]);
  });
});
