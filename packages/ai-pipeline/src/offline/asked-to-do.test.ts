import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { askedToDo } from './asked-to-do.ts';
import { parseDump } from './parse-dump.ts';

// A Wednesday.
const context: DraftContext = { today: '2026-12-02', timezone: 'UTC', projects: [], tasks: [] };

function created(dump: string): string[] {
  return parseDump(dump, context).flatMap((operation) => (operation.op === 'create_task' && (operation.confidence ?? 1) >= 0.5 ? [operation.title] : []));
}

describe('asking someone to do what the clause before says they can do', () => {
  it.each([
    ['Idris can collect the trophies on his way, ask him.', 'Ask Idris to collect the trophies on his way'],
    ["Saoirse should proofread the newsletter too, I'll ask her tomorrow.", 'Ask Saoirse to proofread the newsletter'],
    ['My uncle could lend us the trailer, ask him', 'Ask my uncle to lend us the trailer'],
  ])('creates "%s" as one task naming whom and what', (dump, title) => {
    const titles = created(dump);
    expect(titles.some((found) => found.startsWith(title))).toBe(true);
    // What they can do is what to ask, not a task of the writer's own.
    expect(titles).toHaveLength(1);
  });

  it.each([
    // Done already: nothing to ask for.
    ['ask him', ['Idris collected the trophies']],
    // The pronoun names someone else.
    ['ask him', ['my aunt could lend us the trailer']],
    ['ask her', ['my granddad can fix the gate']],
    ['ask them', ['Idris can collect the trophies']],
    // Asking about something, not a bare "ask her": the task says its own what.
    ['ask her about the venue', ['Saoirse can proofread the newsletter']],
    // What they can do is no doing ("can be a pain").
    ['ask her', ['Saoirse can be a pain']],
  ])('leaves "%s" after %j alone', (task, before) => {
    expect(askedToDo(task, before)).toBeNull();
  });
});
