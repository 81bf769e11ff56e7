import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from './openapi.ts';

// Walks a parsed JSON document without casting at every step.
const at = (value: unknown, ...keys: string[]): unknown =>
  keys.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], value);

const API_ROUTES = fileURLToPath(new URL('../../../routes/api', import.meta.url));

/** "METHOD /api/path/{id}" for every handler exported by a +server.ts under routes/api. */
async function routesOnDisk(): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(API_ROUTES, { recursive: true })) {
    if (!entry.endsWith('+server.ts')) continue;
    const source = await readFile(join(API_ROUTES, entry), 'utf8');
    const dir = relative('.', entry.slice(0, -'+server.ts'.length)).split(sep).filter(Boolean);
    const path = `/api/${dir.map((part) => part.replace(/^\[(\w+)(=\w+)?\]$/, '{$1}')).join('/')}`.replace(/\/$/, '');
    for (const [, method] of source.matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)) found.push(`${method} ${path}`);
  }
  return found.toSorted();
}

describe('OpenAPI document', () => {
  it('describes exactly the routes under routes/api, each method of each', async () => {
    const document = openApiDocument('test') as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(document.paths)
      .flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`))
      .toSorted();
    const onDisk = await routesOnDisk();
    expect(onDisk.length).toBeGreaterThan(10);
    expect(documented).toEqual(onDisk);
  });

  it('is OpenAPI 3.1 with request schemas from zod, timestamps as date-time strings', () => {
    const document = openApiDocument('test');
    expect(at(document, 'openapi')).toBe('3.1.0');
    const createTask = at(document, 'paths', '/api/tasks', 'post', 'requestBody', 'content', 'application/json', 'schema');
    expect(at(createTask, 'required')).toEqual(['title']);
    expect(at(createTask, 'additionalProperties')).toBe(false);
    expect(at(createTask, 'properties', 'status', 'enum')).toEqual(['todo', 'in_progress', 'done', 'cancelled']);
    expect(at(document, 'components', 'schemas', 'Task', 'properties', 'created_at')).toEqual({ type: 'string', format: 'date-time' });
    const listParams = at(document, 'paths', '/api/tasks', 'get', 'parameters') as { name: string }[];
    expect(listParams.map((p) => p.name).toSorted()).toEqual([
      'cursor',
      'due_after',
      'due_before',
      'label',
      'limit',
      'parent_id',
      'project_id',
      'q',
      'status',
    ]);
    expect(at(document, 'components', 'schemas', 'Task', 'required')).toEqual(expect.arrayContaining(['labels', 'parent_id', 'progress']));
    expect(at(document, 'paths', '/api/auth/login', 'post', 'responses', '429', 'headers', 'Retry-After')).toBeDefined();
  });

  it('describes brain dumps as they are answered, timestamps as date-time strings', () => {
    const document = openApiDocument('test');
    const brainDump = at(document, 'components', 'schemas', 'BrainDump');
    expect(at(brainDump, 'properties', 'created_at')).toEqual({ type: 'string', format: 'date-time' });
    expect(at(brainDump, 'required')).toContain('operations');
    const responses = (path: string, method: string, status: string) =>
      at(document, 'paths', path, method, 'responses', status, 'content', 'application/json', 'schema', 'properties');
    expect(at(responses('/api/brain-dumps/{id}', 'get', '200'), 'brain_dump')).toEqual({ $ref: '#/components/schemas/BrainDump' });
    expect(at(responses('/api/brain-dumps', 'post', '201'), 'brain_dump')).toEqual({ $ref: '#/components/schemas/BrainDump' });
    expect(at(responses('/api/brain-dumps', 'get', '200'), 'brain_dumps', 'items')).toEqual({ $ref: '#/components/schemas/BrainDumpSummary' });
    expect(at(responses('/api/brain-dumps/{id}/apply', 'post', '200'), 'changes', 'required')).toEqual([
      'created_project_ids',
      'created_task_ids',
      'updated_tasks',
    ]);
  });

  it('describes the bulk body as one shape per action, move alone requiring project_id, complete alone taking complete_subtasks', () => {
    const document = openApiDocument('test');
    const bulk = at(document, 'paths', '/api/tasks/bulk', 'post', 'requestBody', 'content', 'application/json', 'schema');
    const shapes = at(bulk, 'oneOf') as unknown[];
    expect(shapes.map((shape) => at(shape, 'required'))).toEqual([
      ['action', 'ids', 'project_id'],
      ['action', 'ids'],
      ['action', 'ids'],
    ]);
    expect(Object.keys(at(shapes[1], 'properties') as object)).toContain('complete_subtasks');
    expect(Object.keys(at(shapes[2], 'properties') as object)).not.toContain('complete_subtasks');
    expect(at(shapes[0], 'properties', 'ids', 'maxItems')).toBe(1000);
    const reorder = at(document, 'paths', '/api/tasks/reorder', 'post', 'responses', '200', 'content', 'application/json', 'schema');
    expect(at(reorder, 'properties', 'tasks', 'items')).toEqual({ $ref: '#/components/schemas/Task' });
  });
});

describe('OpenAPI document: the daily brief settings and the profile patch', () => {
  it('describes PUT /api/me/brief with every field required and GET answering the same shape', () => {
    const document = openApiDocument('test');
    const body = at(document, 'paths', '/api/me/brief', 'put', 'requestBody', 'content', 'application/json', 'schema');
    expect((at(body, 'required') as string[]).toSorted()).toEqual(['enabled', 'max_lateness_minutes', 'sections', 'send_time', 'weekdays', 'weekly_day']);
    expect(at(body, 'additionalProperties')).toBe(false);
    expect(at(body, 'properties', 'sections', 'items', 'enum')).toEqual(['wins', 'today', 'overdue', 'upcoming', 'projects', 'focus']);
    expect(at(document, 'paths', '/api/me/brief', 'get', 'responses', '200', 'content', 'application/json', 'schema')).toEqual({
      $ref: '#/components/schemas/BriefPreferences',
    });
    const patch = at(document, 'paths', '/api/me', 'patch', 'requestBody', 'content', 'application/json', 'schema');
    expect(Object.keys(at(patch, 'properties') as object).toSorted()).toEqual(['name', 'timezone', 'working_hours']);
    expect(at(patch, 'required')).toBeUndefined();
  });

  it('describes the phone endpoints: the input shape, the phone state, 429 with Retry-After', () => {
    const document = openApiDocument('test');
    const put = at(document, 'paths', '/api/me/phone', 'put');
    expect(at(put, 'requestBody', 'content', 'application/json', 'schema', 'required')).toEqual(['phone']);
    expect(at(put, 'responses', '429', 'headers', 'Retry-After')).toBeDefined();
    expect(at(document, 'components', 'schemas', 'Phone', 'properties', 'next_code_at')).toEqual({ type: 'string', format: 'date-time' });
    expect(at(document, 'paths', '/api/me/phone/verify', 'post', 'requestBody', 'content', 'application/json', 'schema', 'required')).toEqual(['code']);
  });
});

describe('OpenAPI document: task reminders', () => {
  it('describes the reminder routes with both path parameters, the body from zod and fire_at in the answer', () => {
    const document = openApiDocument('test');
    const patch = at(document, 'paths', '/api/tasks/{id}/reminders/{reminderId}', 'patch');
    expect((at(patch, 'parameters') as { name: string }[]).map((param) => param.name)).toEqual(['id', 'reminderId']);
    const body = at(document, 'paths', '/api/tasks/{id}/reminders', 'post', 'requestBody', 'content', 'application/json', 'schema');
    expect(at(body, 'required')).toEqual(['anchor']);
    expect(at(body, 'properties', 'anchor', 'enum')).toEqual(['start', 'due', 'due_day', 'absolute']);
    expect(at(body, 'properties', 'channels', 'items', 'enum')).toEqual(['push', 'sms', 'email']);
    const reminder = at(document, 'components', 'schemas', 'TaskReminder', 'properties');
    expect(at(reminder, 'fire_at', 'anyOf')).toContainEqual({ type: 'string', format: 'date-time' });
  });
});
