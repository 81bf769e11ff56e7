import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { parseDump } from './parse-dump.ts';
import { clauses } from './segment.ts';

// The clause break and the project name's "prep"/"planning" ending try their look-behinds only
// where a look-ahead allows; these pin that the places they match stay the same.

describe('clause breaks', () => {
  it.each([
    ["once the snow melts I'll rake the lawn", ['once the snow melts', "I'll rake the lawn"]],
    ['if tomorrow stays dry we will mow the meadow', ['if tomorrow stays dry', 'we will mow the meadow']],
    ['order 2,400 labels, then print the rota', ['order 2,400 labels', 'print the rota']],
    ['sand the stool - varnish the legs', ['sand the stool', 'varnish the legs']],
    ['tidy the loft and then sort the jars also label the boxes', ['tidy the loft', 'sort the jars', 'label the boxes']],
  ])('"%s" splits where a break starts', (sentence, expected) => {
    expect(clauses(sentence)).toEqual(expected);
  });

  it.each(["if the choir agrees we'll book the chapel", 'Mira and I are restringing the harp'])('"%s" stays whole', (sentence) => {
    expect(clauses(sentence)).toEqual([sentence]);
  });
});

describe('a project named for getting an effort ready', () => {
  const context: DraftContext = { today: '2026-06-03', timezone: 'Europe/Vienna', projects: [], tasks: [] };
  const projectOf = (heading: string) =>
    parseDump(`${heading}:\n- buy dry bags\n- book the ferry\n- ring Orla`, context).flatMap((operation) => (operation.op === 'create_project' ? [operation.name] : []));

  it.each([
    ['Canoe trip prep', 'Canoe trip'],
    ['Podcast relaunch organising', 'Podcast relaunch'],
    ['Garden in Wexford planning', 'Garden in Wexford'],
  ])('"%s" names the effort', (heading, name) => {
    expect(projectOf(heading)).toEqual([name]);
  });

  it('keeps "prep" after what is no effort', () => {
    expect(projectOf('Quarterly tax prep')).toEqual(['Quarterly tax prep']);
  });
});
