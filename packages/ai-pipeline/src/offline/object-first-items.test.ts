import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { withObjectFirstTurned } from './object-first-items.ts';
import { parseDump } from './parse-dump.ts';

const context: DraftContext = { today: '2026-06-29', timezone: 'Europe/Amsterdam', projects: [], tasks: [] };

describe('a list item naming its thing first, then only its verb', () => {
  it('is turned round into the task it is, its cue kept', () => {
    const titles = parseDump('- dentist, reschedule (whenever)\n- bins - take out\n- buy stamps', context).flatMap((operation) =>
      operation.op === 'create_task' ? [`${operation.title} / ${operation.priority ?? '-'}`] : [],
    );
    expect(titles).toEqual(['Reschedule dentist / low', 'Take out bins / -', 'Buy stamps / -']);
  });

  it('leaves things listed, a task then a word, a day and a long phrase as they were', () => {
    expect(withObjectFirstTurned('milk, eggs')).toBe('milk, eggs');
    expect(withObjectFirstTurned('call mum, book')).toBe('call mum, book');
    expect(withObjectFirstTurned('Friday, book')).toBe('Friday, book');
    expect(withObjectFirstTurned('the big blue garden shed, paint')).toBe('the big blue garden shed, paint');
  });
});

describe('a list item naming its thing, then what must be done to it by a day', () => {
  it('is the task of doing it, due that day', () => {
    const drafted = parseDump('- lifeguard schedule posted by EOD Friday\n- the permission forms signed before Monday\n- parcel delivered yesterday', context).flatMap((operation) =>
      operation.op === 'create_task' && (operation.confidence ?? 1) >= 0.5 ? [`${operation.title} → ${operation.due_date ?? 'none'}`] : [],
    );
    expect(drafted).toEqual(['Post lifeguard schedule → 2026-07-03', 'Sign the permission forms → 2026-07-05']);
  });

  it("leaves someone's wish and a verb that is no participle as they were", () => {
    expect(withObjectFirstTurned('agent wants the garden tidied by Friday')).toBe('agent wants the garden tidied by Friday');
    expect(withObjectFirstTurned('more chairs need by Friday')).toBe('more chairs need by Friday');
  });
});
