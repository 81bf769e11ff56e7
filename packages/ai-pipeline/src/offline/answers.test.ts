import { describe, expect, it } from 'vitest';
import { readClause } from './clause-kind.ts';

const listed = { listed: true, inProse: false };

describe('an answer on its own', () => {
  it('asks nothing, alone or with only the day or time it answers for', () => {
    for (const clause of ['yes', 'Yep!', 'fine', 'sure, Thursday', 'yes from 11', 'will do', 'Sounds good.']) {
      expect(readClause(clause, listed).kind, clause).toBe('noise');
    }
  });

  it('leaves a task said after the answer, and words that only start like one', () => {
    expect(readClause('yes, book the minibus', listed).kind).toBe('task');
    expect(readClause('pay the parking fine', listed).kind).toBe('task');
    expect(readClause('Noah to confirm', listed).kind).not.toBe('noise');
    expect(readClause('yeast for the bread', listed).kind).toBe('task');
    expect(readClause('no-dig bed prep', listed).kind).toBe('task');
  });
});

describe('"not yet" on its own', () => {
  it('says how a thing stands, alone or with the day it is for', () => {
    for (const clause of ['not yet', 'Nope, not yet.', 'not yet, by Thursday', 'no not yet - tomorrow']) {
      expect(readClause(clause, listed).kind, clause).toBe('statement');
    }
  });

  it('leaves a clause that goes on past "not yet" to say what it asks', () => {
    expect(readClause('nothing yet', listed).kind).toBe('noise');
    expect(readClause('note the meter reading', listed)).toMatchObject({ kind: 'task' });
  });
});
