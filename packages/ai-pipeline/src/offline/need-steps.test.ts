import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { stepOnNeed } from './need-steps.ts';
import { confidentTitlesAndDays } from '../testing/confident-tasks.ts';
import { parseDump } from './parse-dump.ts';

// Monday 1 March 2027.
const context: DraftContext = { today: '2027-03-01', timezone: 'Europe/Oslo', projects: [], tasks: [] };

function drafted(dump: string): [string, string | null][] {
  return confidentTitlesAndDays(parseDump(dump, context));
}

describe('a step done to what a thing needs', () => {
  it('gets what is needed, for the thing, and takes the thing, for what it needs', () => {
    expect(
      drafted(
        "The dinghy needs its winter cover before the storms, so order that on Wednesday. The hives need new frames, buy those this week. The quiz on the 12th still has no questions, so write those on Friday. The mower needs a new blade, so call the garden centre tomorrow. If it snows we'll need Ola's trailer, so text Ola tonight.\n\n- the amp needs a new valve, take it to Sven tomorrow",
      ),
    ).toEqual([
      ["Order the dinghy's winter cover", '2027-03-03'],
      ['Buy new frames for the hives', '2027-03-05'],
      ['Write the questions for the quiz', '2027-03-05'],
      ['Call the garden centre about a new blade for the mower', '2027-03-02'],
      ["Text Ola about Ola's trailer", '2027-03-01'],
      ['Take the amp to Sven for a new valve', '2027-03-02'],
    ]);
  });

  it('reads "one" as the one thing needed', () => {
    expect(drafted('My parents need a new kettle, order one on Friday.\n- the spare room needs an extra lamp, buy one')).toEqual([
      ['Order a new kettle for my parents', '2027-03-05'],
      ['Buy an extra lamp for the spare room', null],
    ]);
  });

  it('gets what a person needs for them, as one task dated by the step', () => {
    expect(drafted('the kids need new shoes, get them before Saturday')).toEqual([['Get new shoes for the kids', '2027-03-05']]);
    expect(drafted('The boys need some warm gloves, buy them this week.')).toEqual([['Buy some warm gloves for the boys', '2027-03-05']]);
    expect(drafted('My sister needs a lift on Friday, book it.')).toEqual([['Book a lift for my sister', '2027-03-05']]);
  });

  it.each([
    ['order one', 'the flare guns need new cartridges'],
    ['book it in', 'the van needs a service'],
    ['take her to the station', 'my sister needs a lift'],
    ['fix it', 'the gate needs oiling'],
    ['order those', 'we need to talk about the rota'],
    ['call the plumber about the boiler', 'the boiler needs a service'],
    ['call the plumber', 'for the bathroom I need to order tiles'],
    ['take her to the farrier', 'the mare needs her feet trimmed'],
  ])('leaves "%s" after "%s" to the other readings', (title, before) => {
    expect(stepOnNeed(title, before)).toBeNull();
  });

  it('takes a thing or a pet for its own need, "it", "him" or "her" being what needs', () => {
    expect(drafted('- the boat needs its annual service, take it to the marina')).toEqual([['Take the boat to the marina for its annual service', null]]);
    expect(drafted('We hiked along the Río Blanco today. The dog needs his rabies jab, take him to the vet on Friday.')).toContainEqual([
      'Take the dog to the vet for his rabies jab',
      '2027-03-05',
    ]);
    expect(drafted('the mare needs her new shoes, take her to the farrier on Friday')).toContainEqual(['Take the mare to the farrier for her new shoes', '2027-03-05']);
  });
});
