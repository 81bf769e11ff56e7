import { describe, expect, it } from 'vitest';
import { closingPaperwork, describedByUse, isWantedResult } from './deadline-items.ts';
import { segment } from './segment.ts';

/** Each segment's text and whether the rules read it as a task (confidence at least one half). */
function read(dump: string): [string, boolean][] {
  return segment(dump).map((found) => [found.text, found.confidence >= 0.5]);
}

describe('a thing in the state wanted by a deadline', () => {
  it.each(['bike tyres pumped before Sunday', 'the gazebo poles labelled by Friday', "Noor's costume hemmed before the 12th", 'exam papers marked by tomorrow'])(
    'reads "%s" as a wanted result',
    (text) => expect(isWantedResult(text)).toBe(true),
  );

  it.each([
    // No deadline, or an agent after "by": a report of what was done.
    'bike tyres pumped',
    'the gazebo poles labelled by the scouts',
    // Coming and going, a person, a verb of its own: not a state to reach.
    'the courier arrived before noon',
    'we finished by Friday',
    'the gazebo poles must be labelled by Friday',
  ])('leaves "%s" alone', (text) => expect(isWantedResult(text)).toBe(false));

  it('drafts the listed item as a task, and keeps the undated one a report', () => {
    expect(read('- bike tyres pumped before Sunday\n- bike tyres pumped')).toEqual([
      ['bike tyres pumped before Sunday', true],
      ['bike tyres pumped', false],
    ]);
  });
});

describe('paperwork that closes or runs out on a day', () => {
  it.each([
    ['library card renewal expires 3/9', 'library card renewal 3/9'],
    ['work permit renewal – expires 12 May', 'work permit renewal 12 May'],
    ['choir camp registration closes Thursday', 'choir camp registration Thursday'],
    ['Bus pass, runs out Monday.', 'Bus pass Monday.'],
  ])('reads "%s" as the paperwork by its day', (text, expected) => expect(closingPaperwork(text)).toBe(expected));

  it.each(['the bakery closes Thursday', 'library card renewal expires soon', 'registration closed on Monday'])('leaves "%s" alone', (text) =>
    expect(closingPaperwork(text)).toBeNull(),
  );

  it('drafts a line or a sentence of its own, not a clause beside another', () => {
    expect(read('ADMIN\n- choir camp registration closes Thursday')).toEqual([['choir camp registration Thursday', true]]);
    expect(read('- choir camp registration closes Thursday, ask Ben about it')[0]).toEqual(['choir camp registration closes Thursday', false]);
    expect(read('Busy week. Choir camp registration closes Thursday, so the parents are in a rush.')[0]?.[1]).toBe(false);
    expect(read('Kids: buy the fournitures by Saturday. Cantine registration closes on the 31st. Drop off the forms.')).toEqual([
      ['buy the fournitures by Saturday', true],
      ['Cantine registration on the 31st', true],
      ['Drop off the forms', true],
    ]);
  });

  it('leaves the paperwork to the sentence after that acts on it', () => {
    const segments = read('Soccer registration closes Sunday. Sign Lily up before then.');
    expect(segments[0]).toEqual(['Soccer registration closes Sunday', false]);
    expect(segments[1]?.[1]).toBe(true);
    expect(read('Soccer registration closes Sunday. Do it tonight.')[0]).toEqual(['Soccer registration closes Sunday', false]);
  });

  it('keeps the paperwork that opens with its verb a task asked for', () => {
    expect(segment('Renew the car registration, the DMV says it is due 1/15.').map((found) => found.confidence)).toEqual([0.9]);
  });

  it('leaves paperwork the writer gives away', () => {
    expect(read('Speakers are sorted. Delegate registration closes on 5 January, that is for them, not me.')[1]?.[1]).toBe(false);
  });
});

describe('an -ing word naming what a thing is for', () => {
  it('tells "swimming lessons" from someone doing something', () => {
    expect(describedByUse('lessons')).toBe(true);
    expect(describedByUse('late')).toBe(false);
    expect(read('- swimming lessons Thursday\n- cooking licence tmrw\n- working late Thursday')).toEqual([
      ['swimming lessons Thursday', true],
      ['cooking licence tmrw', true],
      ['working late Thursday', false],
    ]);
  });
});
