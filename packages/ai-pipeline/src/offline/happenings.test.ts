import { describe, expect, it } from 'vitest';
import { readClause } from './clause-kind.ts';

const inList = { listed: true, inProse: false };

describe('how things are, said of a thing', () => {
  it.each(['the ferry isn\'t running', 'Creche doesn\'t reopen till Tuesday', 'boiler won\'t fire', 'Printer can\'t find the network'])(
    'a negated verb after its subject is a statement: "%s"',
    (clause) => {
      expect(readClause(clause, inList).kind).toBe('statement');
    },
  );

  it.each(['roadworks again', 'Hail yet again!', 'Gas engineer at last'])('a happening come round again is a statement: "%s"', (clause) => {
    expect(readClause(clause, inList).kind).toBe('statement');
  });

  it.each(['ring the glazier again', 'fix the side gate again', 'order the hinges'])('a task stays one: "%s"', (clause) => {
    expect(readClause(clause, inList).kind).toBe('task');
  });

  it.each(['enrolment closes on the 12th', 'firmware 5.2 slips to the 30th', 'quote arrived Tuesday', "hail's forecast for Thursday", 'Registration opens Monday'])(
    'what happens to a thing on a day is a statement, its first word a verb or not: "%s"',
    (clause) => {
      expect(readClause(clause, inList).kind).toBe('statement');
    },
  );

  it.each(['label the boxes Tuesday', 'print the vouchers on the 12th', 'Record ten clips Friday'])('an imperative with a day stays a task: "%s"', (clause) => {
    expect(readClause(clause, inList).kind).toBe('task');
  });
});
