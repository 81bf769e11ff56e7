import { describe, expect, it } from 'vitest';
import { reachedAbout } from './reached-about.ts';

describe('what a call is about', () => {
  it.each([
    ['Call the plumber', '🔧 boiler pressure - ', 'Call the plumber about the boiler pressure'],
    ['Check with Lorna', '- oven repair booked?? ', 'Check with Lorna about the oven repair'],
    ['Ring the dealer', 'Hilux - ', 'Ring the dealer about Hilux'],
    ['Email Ms Okafor', '[school] the trip form — ', 'Email Ms Okafor about the trip form'],
  ])('takes the topic a list line opens with: "%s" after "%s"', (title, before, expected) => {
    expect(reachedAbout(title, before, null)).toBe(expected);
  });

  it.each([
    ['Call the plumber about the leak', 'boiler - '],
    ['Call her', 'Gran - '],
    ['Text Jo', 'Dinner with Jo - '],
    ['Call the roofer', 'the gutter is leaking, '],
    ['Buy the paint', 'shed - '],
    ['Call the plumber', ''],
  ])('leaves "%s" after "%s" as it is', (title, before) => {
    expect(reachedAbout(title, before, null)).toBe(title);
  });

  it('leaves a topic that is the item\'s group', () => {
    expect(reachedAbout('Email Sarah', 'Work - ', 'Work')).toBe('Email Sarah');
  });
});
