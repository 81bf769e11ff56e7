import { describe, expect, it } from 'vitest';
import { OperationsStreamParser, type ParsedElement } from './operations-stream-parser.ts';

const project = { op: 'create_project', ref: 'p1', name: 'Garden {shed}', description: null };
const task = {
  op: 'create_task',
  ref: 't1',
  title: 'Say "hi" to \\ Bob ] } [ {',
  project_ref: 'p1',
  project_id: null,
  due_date: '2026-11-27',
  start_at: null,
  duration_minutes: 30,
  priority: 'high',
  notes: 'line one\nline two',
};
const update = { op: 'update_task', task_id: '5b1f0b8e-3c55-4a84-9d1e-0a7c1f9e2b11', changes: { due_date: '2026-11-27' } };
const documentText = `Here you go:\n\`\`\`json\n${JSON.stringify({ operations: [project, task, update] }, null, 2)}\n\`\`\`\nDone.`;

function parseInChunks(chunks: string[]): { elements: ParsedElement[]; parser: OperationsStreamParser } {
  const parser = new OperationsStreamParser();
  const elements = chunks.flatMap((chunk) => parser.push(chunk));
  return { elements, parser };
}

const operationsOf = (elements: ParsedElement[]) =>
  elements.map((element) => (element.kind === 'operation' ? element.operation : element));

describe('OperationsStreamParser', () => {
  it('reads a document after prose and a ```json fence, with quotes, escapes and brackets in strings', () => {
    const { elements, parser } = parseInChunks([documentText]);
    expect(operationsOf(elements)).toEqual([project, task, update]);
    expect(parser.finish()).toEqual({ closed: true, problem: null, truncated: null });
  });

  it('gives the same result wherever the chunks split', () => {
    for (let cut = 1; cut < documentText.length; cut++) {
      const { elements } = parseInChunks([documentText.slice(0, cut), documentText.slice(cut)]);
      expect(operationsOf(elements), `split at ${cut}`).toEqual([project, task, update]);
    }
    const { elements } = parseInChunks([...documentText]);
    expect(operationsOf(elements)).toEqual([project, task, update]);
  });

  it('hands out each operation as soon as its closing brace arrives', () => {
    const parser = new OperationsStreamParser();
    expect(parser.push('{"operations": [')).toEqual([]);
    expect(parser.push(JSON.stringify(project).slice(0, -1))).toEqual([]);
    expect(operationsOf(parser.push('}'))).toEqual([project]);
    expect(operationsOf(parser.push(`, ${JSON.stringify(update)}`))).toEqual([update]);
  });

  it('reports invalid elements with the reason, and keeps the valid ones around them', () => {
    const text = `{"operations":[${JSON.stringify(project)},{"op":"create_task","ref":"t1","title":"x","due_date":"next friday"},{"op":"create_task", title: "y"},42,${JSON.stringify(update)}]}`;
    const { elements } = parseInChunks([text]);
    expect(elements.map((element) => element.kind)).toEqual(['operation', 'invalid', 'invalid', 'invalid', 'operation']);
    expect(elements[1]).toMatchObject({ index: 1, problem: expect.stringMatching(/due_date/) });
    expect(elements[2]).toMatchObject({ index: 2, problem: expect.stringMatching(/not valid JSON/) });
    expect(elements[3]).toMatchObject({ index: 3, raw: '42' });
  });

  it('applies the schema defaults to fields the model left out', () => {
    const { elements } = parseInChunks(['{"operations":[{"op":"create_task","ref":"t2","title":"Call mum"}]}']);
    expect(operationsOf(elements)).toEqual([
      {
        op: 'create_task',
        ref: 't2',
        title: 'Call mum',
        project_ref: null,
        project_id: null,
        due_date: null,
        start_at: null,
        duration_minutes: null,
        priority: null,
        notes: null,
      },
    ]);
  });

  it('says when the reply holds no document, or ends before the array closes', () => {
    const none = new OperationsStreamParser();
    none.push('I could not find any tasks {sorry}.');
    expect(none.finish()).toMatchObject({ closed: false, problem: expect.stringMatching(/no \{"operations"/) });

    const cut = new OperationsStreamParser();
    expect(operationsOf(cut.push(`{"operations":[${JSON.stringify(project)},{"op":"create_task","ref":"t1","ti`))).toEqual([
      project,
    ]);
    expect(cut.finish()).toMatchObject({
      closed: false,
      problem: expect.stringMatching(/before the operations array was closed/),
      truncated: { kind: 'invalid', index: 1, raw: '{"op":"create_task","ref":"t1","ti' },
    });
  });

  it('keeps an element that spans many chunks whole: scalars, invalid ones and one cut off at the end', () => {
    const text = `Sure {not this}: {"operations":[${JSON.stringify(project)}, 42 ,{"op":"create_task", title: "y"},{"op":"create_task","ref":"t1","ti`;
    const { elements, parser } = parseInChunks([...text]);
    expect(elements.map((element) => element.kind)).toEqual(['operation', 'invalid', 'invalid']);
    expect(elements[1]).toMatchObject({ index: 1, raw: '42' });
    expect(elements[2]).toMatchObject({ index: 2, raw: '{"op":"create_task", title: "y"}' });
    expect(parser.finish().truncated).toMatchObject({ index: 3, raw: '{"op":"create_task","ref":"t1","ti' });
  });

  it('ignores whatever follows the closed array', () => {
    const { elements, parser } = parseInChunks([`{"operations":[${JSON.stringify(update)}]} and {"operations":[{}]}`]);
    expect(operationsOf(elements)).toEqual([update]);
    expect(parser.finish().closed).toBe(true);
  });
});
