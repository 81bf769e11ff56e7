import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { parseDump } from './parse-dump.ts';
import { withReminderConditionsLast } from './reminder-conditions.ts';

const context: DraftContext = { today: '2026-10-09', timezone: 'UTC', projects: [], tasks: [] };

describe("a reminder's condition said before its task", () => {
  it('moves after the task, which reads as any reminder does, the condition in its notes', () => {
    expect(withReminderConditionsLast('Remind me when I get home to water the herbs')).toBe('Remind me to water the herbs when I get home');
    const [task] = parseDump('Remind me when I get home to water the herbs', context);
    expect(task?.op === 'create_task' ? [task.title, task.notes] : null).toEqual(['Water the herbs', 'when I get home']);
  });

  it('leaves a reminder with its condition after it, and other text, as they were', () => {
    expect(withReminderConditionsLast('remind me to call Sam once the quote is in')).toBe('remind me to call Sam once the quote is in');
    expect(withReminderConditionsLast('when I get home to Leeds, call Sam')).toBe('when I get home to Leeds, call Sam');
  });
});
