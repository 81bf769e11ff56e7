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

  it.each([
    ['Ring Wojtek', 'The dishwasher was rattling again, I\'ll ', 'Ring Wojtek about the dishwasher'],
    ['Call Miele support', 'Back from Oslo. the tumble dryer is making a grinding noise, ', 'Call Miele support about the tumble dryer'],
    ['Remind Ines', 'invoice still not paid (sent it in March), ', 'Remind Ines about the invoice'],
    ['Phone Halvorsen Glass', 'the conservatory pane is cracked - ', 'Phone Halvorsen Glass about the conservatory pane'],
    ['Text Bea', 'Sunday: our gazebo is wobbly, so ', 'Text Bea about our gazebo'],
    // A body that serves many things, reached by what it is, says no more than a name does.
    ['Ring the council', 'The council tax direct debit bounced last month; ', 'Ring the council about the council tax direct debit'],
    ['Call the ISP', 'P1 library wifi keeps dropping, ', 'Call the ISP about the library wifi'],
    // The trouble may end the sentence before the task's.
    ['Ring Wojtek', 'The dishwasher was rattling again. ', 'Ring Wojtek about the dishwasher'],
  ])('takes a thing in trouble from the clause just before a call to someone named: "%s" after "%s"', (title, before, expected) => {
    expect(reachedAbout(title, before, null)).toBe(expected);
  });

  it.each([
    ['Ring the glazier', 'the conservatory pane is cracked, '],
    ['Ring Wojtek', 'The dishwasher is rattling. Separately, '],
    ['Ring Wojtek', 'the dishwasher is fixed at last, '],
    ['Remind her', 'invoice still not paid, '],
    ['Call Miele support', 'I think the tumble dryer is broken, '],
    ['Text Bea', 'Bea\'s gazebo is wobbly, '],
  ])('leaves "%s" after "%s" as it is', (title, before) => {
    expect(reachedAbout(title, before, null)).toBe(title);
  });

  it('leaves a topic that is the item\'s group', () => {
    expect(reachedAbout('Email Sarah', 'Work - ', 'Work')).toBe('Email Sarah');
  });
});
