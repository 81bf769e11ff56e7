import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { withOpenQuestionsTaken } from './open-questions.ts';
import { parseDump } from './parse-dump.ts';

const context: DraftContext = { today: '2027-05-10', timezone: 'America/Chicago', projects: [], tasks: [] };

function created(dump: string): string[] {
  return parseDump(dump, context).flatMap((operation) =>
    operation.op === 'create_task' && (operation.confidence ?? 1) >= 0.5 ? [`${operation.title}${operation.due_date ? ` @${operation.due_date}` : ''}`] : [],
  );
}

describe('an open question in meeting notes', () => {
  it('is the reader\'s check when the reader takes it, by name or as "me"', () => {
    expect(withOpenQuestionsTaken('Present: Rosa, Femi (me)\nOpen Q: does the hall allow candles? Femi to ask the caretaker')).toBe(
      'Present: Rosa, Femi (me)\nask the caretaker whether the hall allow candles',
    );
    expect(withOpenQuestionsTaken('- Q: can we park on the verge? me to check with the council.')).toBe('- check with the council whether we can park on the verge');
    expect(withOpenQuestionsTaken("Open questions: do we need a float? I'll find out")).toBe('find out whether we need a float');
  });

  it('stays a question when someone else or no one takes it', () => {
    const notes = 'Open Q: do we need a permit? Rosa to check\nOpen Q: who brings the urn?';
    expect(withOpenQuestionsTaken(notes)).toBe(notes);
  });

  it('creates only the check the reader takes', () => {
    const notes = 'Fete committee notes\nPresent: Rosa, Femi (me)\nOpen Q: do we need insurance for the bouncy castle? Femi to check w/ the school\nOpen Q: do we need more tables? Rosa to check';
    expect(created(notes)).toEqual(['Check w/ the school whether we need insurance for the bouncy castle']);
  });
});
