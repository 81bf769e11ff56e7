import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { withoutEmphasis } from './emphasis.ts';
import { parseDump } from './parse-dump.ts';

const context: DraftContext = { today: '2026-12-02', timezone: 'UTC', projects: [], tasks: [] };

describe('markdown emphasis inside a line', () => {
  it('drops bold, italic and code marks around words', () => {
    expect(withoutEmphasis('**Book** the vet for Rex')).toBe('Book the vet for Rex');
    expect(withoutEmphasis('text __Omar__ about the *spare* keys')).toBe('text Omar about the spare keys');
    expect(withoutEmphasis('- restart the `nginx` box, then _really_ sleep')).toBe('- restart the nginx box, then really sleep');
  });

  it('crosses off struck-through words, and ticks a list line struck whole', () => {
    expect(withoutEmphasis('~~post the cards~~ wrap the gifts')).toBe(' wrap the gifts');
    expect(withoutEmphasis('- ~~clean the port glass~~\n- test the projector')).toBe('- [x] clean the port glass\n- test the projector');
  });

  it('marks an open task struck through on a list done, and keeps the sections around it', () => {
    const open = { ...context, tasks: [{ id: '5e0a7c31-9d42-4b6f-a8e1-7f3c2b100001', title: 'Ingest the DCP for the Kurosawa double', due_date: null, status: 'todo', project_id: null }] };
    const operations = parseDump('## Prints\n- ~~ingest the DCP for the Kurosawa double~~\n- order a new xenon bulb\n\n## Booth\n- ~~clean the port glass~~\n- test the backup projector', open);
    expect(operations.filter((operation) => operation.op === 'update_task')).toMatchObject([
      { task_id: '5e0a7c31-9d42-4b6f-a8e1-7f3c2b100001', changes: { status: 'done' } },
    ]);
    const projects = new Map(operations.flatMap((operation) => (operation.op === 'create_project' ? [[operation.ref, operation.name]] : [])));
    expect(operations.flatMap((operation) => (operation.op === 'create_task' ? [`${projects.get(operation.project_ref ?? '') ?? '-'} / ${operation.title}`] : []))).toEqual([
      'Prints / Order a new xenon bulb',
      'Booth / Test the backup projector',
    ]);
  });

  it('keeps marks that emphasise nothing: sums, snake_case, bullets', () => {
    expect(withoutEmphasis('order 4 * 6 tiles')).toBe('order 4 * 6 tiles');
    expect(withoutEmphasis('rename old_config_backup')).toBe('rename old_config_backup');
    expect(withoutEmphasis('* water the ferns\n* feed the cat')).toBe('* water the ferns\n* feed the cat');
  });

  it('keeps a line that is emphasis alone, a heading', () => {
    expect(withoutEmphasis('**Allotment**\n- dig the bed')).toBe('**Allotment**\n- dig the bed');
  });

  it('gives titles without marks and reads the verb they stressed', () => {
    const tasks = parseDump('- **Renew** the parking permit\n- ~~call the plumber~~\n- ask *Lena* about Sunday', context).flatMap((operation) =>
      operation.op === 'create_task' ? [[operation.title, operation.confidence]] : [],
    );
    expect(tasks.map(([title]) => title)).toEqual(['Renew the parking permit', 'Ask Lena about Sunday']);
    expect(tasks[0]?.[1]).toBeGreaterThanOrEqual(0.9);
  });
});
