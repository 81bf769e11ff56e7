import { describe, expect, it } from 'vitest';
import { dumpIsListed, type TaskCandidate, taskFeatures } from './task-features.ts';

function candidate(title: string, more: Partial<TaskCandidate> = {}): TaskCandidate {
  return {
    clause: title,
    title,
    ruleConfidence: 0.9,
    dueDate: null,
    startAt: null,
    dateHint: false,
    project: false,
    priority: false,
    duration: false,
    notes: false,
    position: 1,
    candidates: 3,
    listedDump: true,
    line: title,
    ...more,
  };
}

describe('the features of a candidate task', () => {
  it('names the first two words and buckets the length', () => {
    const features = taskFeatures(candidate('Call the plumber about the leak'));
    expect(features).toEqual(expect.arrayContaining(['first:call', 'second:the', 'words:6-8', 'opens:verb', 'dump:listed']));
    expect(taskFeatures(candidate('Milk'))).toEqual(expect.arrayContaining(['first:milk', 'second:', 'words:1']));
  });

  it('tells an imperative from a statement by its words', () => {
    const statement = taskFeatures(candidate('The meeting was moved again'));
    expect(statement).toEqual(expect.arrayContaining(['opens:determiner', 'has:copula', 'has:past']));
    expect(statement).not.toContain('opens:verb');
    expect(taskFeatures(candidate('Finished the slides'))).toContain('opens:past');
    expect(taskFeatures(candidate('Skipping the party'))).toContain('opens:ing');
    expect(taskFeatures(candidate("It's raining"))).toContain('opens:pronoun');
  });

  it('reads the asking in the clause, not the title', () => {
    expect(taskFeatures(candidate('Book a venue', { clause: 'I need to book a venue' }))).toContain('asks:need');
    expect(taskFeatures(candidate('Call mum', { clause: "don't forget to call mum" }))).toContain('asks:reminder');
    expect(taskFeatures(candidate('Review my PR', { clause: 'can you review my PR?' }))).toEqual(expect.arrayContaining(['asks:request', 'has:question']));
    expect(taskFeatures(candidate('Book a venue'))).not.toContain('asks:need');
  });

  it('counts lower-case words in no English list, not names or a possessive', () => {
    expect(taskFeatures(candidate('Preparar la reunión del jueves'))).toEqual(expect.arrayContaining(['has:unknown-words', 'opens:unknown']));
    // A capitalised word may be a name: only "bestellen" counts.
    expect(taskFeatures(candidate('Weinachtsgeschenke bestellen'))).toEqual(expect.arrayContaining(['has:unknown-word', 'opens:unknown']));
    expect(taskFeatures(candidate('Send the invoce to Marcus'))).toContain('has:unknown-word');
    const named = taskFeatures(candidate("Email Priyanka about Leo's party"));
    expect(named.some((feature) => feature.startsWith('has:unknown'))).toBe(false);
    expect(named).not.toContain('has:copula');
  });

  it('carries the cues and the place in the dump', () => {
    const features = taskFeatures(candidate('Pay rent', { dueDate: '2026-12-04', startAt: '2026-12-04T09:00:00Z', project: true, priority: true, position: 0 }));
    expect(features).toEqual(expect.arrayContaining(['has:date', 'has:time', 'has:project', 'has:priority', 'position:first']));
    expect(taskFeatures(candidate('Pay rent', { position: 0, candidates: 1, listedDump: false }))).toEqual(expect.arrayContaining(['position:only', 'dump:prose']));
    expect(taskFeatures(candidate('Pay rent', { position: 2 }))).toContain('position:last');
  });

  it('tells a clause on a list line of its own from one in a line of prose', () => {
    expect(taskFeatures(candidate('Oil the gate hinges', { line: '- oil the gate hinges' }))).toContain('line:listed');
    expect(taskFeatures(candidate('Rewire the porch lamp', { line: '3) rewire the porch lamp' }))).toContain('line:listed');
    // The dump has lists, but this clause stands in a sentence of prose.
    expect(taskFeatures(candidate('Oil the gate hinges', { line: 'After lunch the gate squeaked so I should oil the gate hinges' }))).not.toContain('line:listed');
  });

  it('is the same for the same candidate', () => {
    const one = candidate('Water the plants before we leave on the 15th', { notes: true });
    expect(taskFeatures(one)).toEqual(taskFeatures({ ...one }));
  });
});

describe('a dump with list lines', () => {
  it.each([
    ['- buy milk\n- call mum', true],
    ['Today:\n1. call the bank\n2) post the parcel', true],
    ['[ ] renew passport', true],
    ['need to call the bank and post the parcel. - that is all', false],
    ['Call the bank.\nPost the parcel.', false],
  ])('%j: %s', (dump, listed) => {
    expect(dumpIsListed(dump)).toBe(listed);
  });
});
