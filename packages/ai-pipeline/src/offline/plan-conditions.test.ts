import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { dependsOnMishap } from './contingencies.ts';
import { parseDump } from './parse-dump.ts';

// 2026-06-03 is a Wednesday.
const context: DraftContext = { today: '2026-06-03', timezone: 'Europe/Vienna', projects: [], tasks: [] };

/** Every drafted task, suggestions included, with its confidence. */
function drafted(dump: string): { title: string; due: string | null; confidence: number }[] {
  return parseDump(dump, context).flatMap((operation) =>
    operation.op === 'create_task' ? [{ title: operation.title, due: operation.due_date, confidence: operation.confidence ?? 1 }] : [],
  );
}

describe('fair weather is a plan, not something going wrong', () => {
  it.each(["hike up the Schneeberg if it's not too hot", 'paint the fence if it doesn\'t rain', 'walk to the lake if it isn\'t too muddy'])(
    '"%s" keeps its task',
    (task) => {
      expect(dependsOnMishap(task)).toBe(false);
    },
  );

  it.each(["ring the bank if the transfer doesn't arrive", 'call the vet if the dog is not eating'])('"%s" still depends on a mishap', (task) => {
    expect(dependsOnMishap(task)).toBe(true);
  });

  it('a task after a fair-weather condition is created, dated by it', () => {
    expect(drafted("If it's not too windy Saturday, take the paddleboard out.")).toContainEqual({
      title: 'Take the paddleboard out',
      due: '2026-06-06',
      confidence: expect.any(Number),
    });
    for (const task of drafted("If it's not too windy Saturday, take the paddleboard out.")) {
      if (task.title === 'Take the paddleboard out') expect(task.confidence).toBeGreaterThanOrEqual(0.5);
    }
  });
});

describe('a condition saying no doing of the writer', () => {
  it.each(['If the weather holds. Repaint the shed door.', 'Unless the ferry is cancelled. Pack the cool box.'])('is not offered: "%s"', (dump) => {
    expect(drafted(dump).map((task) => task.title)).toEqual([dump.split('. ')[1]?.replace('.', '')]);
  });
});
