import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { owedTask } from './owed.ts';
import { parseDump } from './parse-dump.ts';

// A Wednesday.
const context: DraftContext = { today: '2026-12-02', timezone: 'UTC', projects: [], tasks: [] };

function created(dump: string): [string, string | null][] {
  return parseDump(dump, context).flatMap((operation) =>
    operation.op === 'create_task' && (operation.confidence ?? 1) >= 0.5 ? [[operation.title, operation.due_date] as [string, string | null]] : [],
  );
}

describe('a debt to someone, said as one', () => {
  it.each([
    ['The gutters are full again, and I owe Benedikt a ring about the ladder.', 'Ring Benedikt about the ladder', null],
    ['I still owe Ottilie the spare fob by Friday', 'Send Ottilie the spare fob', '2026-12-04'],
    ['- owe Ramón €25 for the concert', 'Pay Ramón €25 for the concert', null],
    ['Greta says you still owe her £12 for the cinema haha', 'Pay Greta £12 for the cinema', null],
    ['also I owe my cousin a reply about the christening', 'Reply to my cousin about the christening', null],
  ])('creates "%s" as the doing that pays it', (dump, title, due) => {
    expect(created(dump)).toContainEqual([title, due]);
  });

  it.each([
    // Someone else's debt to the writer is theirs to pay.
    'he owes me a call',
    'Benedikt owes us £40',
    // What is owed is no thing to hand over.
    'I owe Ottilie an apology',
    'I owe Ottilie the whole story',
    // Owed to nobody named: a debt of thanks or a figure of speech.
    'I owe you one',
    'we owe the bank a fortune',
  ])('leaves "%s" as no task of the writer', (clause) => {
    expect(owedTask(clause)).toBeNull();
  });
});
