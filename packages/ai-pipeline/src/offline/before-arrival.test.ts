import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { beforeArrivalOn, endsBeforeArrival } from './before-arrival.ts';
import { parseDump } from './parse-dump.ts';

// A Monday.
const context: DraftContext = { today: '2026-05-04', timezone: 'UTC', projects: [], tasks: [] };

function dueOf(dump: string, title: string): string | null | undefined {
  const found = parseDump(dump, context).find((operation) => operation.op === 'create_task' && operation.title === title);
  return found?.op === 'create_task' ? found.due_date : undefined;
}

describe('a task put before someone comes, goes or is back', () => {
  it('is due the day before the day said in its sentence', () => {
    expect(dueOf('My brother is coming to stay on Thursday and the box room is a tip, so I need to tidy it before he gets here.', 'Tidy the box room')).toBe('2026-05-06');
  });

  it('is due the day before the day said in the sentence before, not a task’s day', () => {
    expect(dueOf("I'm back on Wednesday and there'll be emails. Email Tomas the rota before I'm back.", 'Email Tomas the rota')).toBe('2026-05-05');
    expect(dueOf('We collect the piano on Saturday. Still to do: book a van by Thursday, clear the hallway before we bring the piano.', 'Clear the hallway')).toBe('2026-05-08');
  });

  it('stays undated when the day was said further back', () => {
    const dump = 'The flight is on the 20th. The cat is fine. The garden is a mess. Water the ferns before I leave.';
    expect(dueOf(dump, 'Water the ferns')).toBeNull();
  });

  it('stays undated for what is no coming or going', () => {
    expect(dueOf('The sale is on Friday. Buy tickets before they sell out.', 'Buy tickets')).toBeNull();
    expect(dueOf('The quiz is on Friday. Call Mum before I forget.', 'Call Mum')).toBeNull();
  });
});

describe('endsBeforeArrival', () => {
  it('is a coming, going or being back that ends the task', () => {
    expect(endsBeforeArrival('hoover the stairs before they arrive')).toBe(true);
    expect(endsBeforeArrival("sort the post before we're back")).toBe(true);
    expect(endsBeforeArrival('pack the cool box before we set off')).toBe(true);
  });

  it('is no other clause, nor one with more after it', () => {
    expect(endsBeforeArrival('fix the gutter before it rains')).toBe(false);
    expect(endsBeforeArrival('pay before they arrive at the gate on Friday')).toBe(false);
  });
});

describe('beforeArrivalOn', () => {
  it('puts the day for the coming or going', () => {
    expect(beforeArrivalOn('hoover the stairs before they arrive', 'on Friday')).toBe('hoover the stairs before Friday');
  });
});
