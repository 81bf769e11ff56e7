import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { parseDump } from './parse-dump.ts';
import { toldAfterStart } from './told-after.ts';

const context: DraftContext = { today: '2026-04-20', timezone: 'Europe/Dublin', projects: [], tasks: [] };

function first(dump: string): { title: string; notes: string | null } {
  const tasks = parseDump(dump, context).flatMap((operation) => (operation.op === 'create_task' ? [{ title: operation.title, notes: operation.notes }] : []));
  expect(tasks.length).toBeGreaterThan(0);
  return tasks[0] ?? { title: '', notes: null };
}

describe('what someone did, run on after a task', () => {
  it.each([
    ['text my cousin back tonight she sent five photos of the puppy', 'Text my cousin back'],
    ['ring the locksmith tomorrow he left a message about the spare key', 'Ring the locksmith'],
    ['email Oskar about the invoice he wants an answer by Thursday', 'Email Oskar about the invoice'],
    ['take the blender back it keeps tripping the fuse', 'Take the blender back'],
    ['I need to phone the school Mrs Doyle sent a letter home', 'Phone the school'],
    ["- renew the parking permit by the end of the month, the council's chasing\n- oil the hinges", 'Renew the parking permit'],
    ['- bake the mince pies on the 20th (Advent Sunday, Oma would never forgive me otherwise)\n- oil the hinges', 'Bake the mince pies'],
  ])('goes to the notes: "%s"', (dump, title) => {
    const task = first(dump);
    expect(task.title).toBe(title);
    expect(task.notes ?? '').not.toBe('');
  });

  it.each([
    'forward the leaflet she sent yesterday',
    'tell Brona he left the gate open',
    'ask whether they sent the forms',
    'check what we ordered the last time',
    'invite Ana, Bea and Rui',
  ])('stays when it is the task\'s own: "%s"', (text) => {
    expect(toldAfterStart(text)).toBeNull();
  });
});
