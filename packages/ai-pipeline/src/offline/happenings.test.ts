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
});
