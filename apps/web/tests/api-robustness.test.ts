import { randomUUID } from 'node:crypto';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDump, openDumpStream } from './brain-dumps-sse.ts';
import { HttpClient, signedUpClient } from './http-client.ts';
import { useWebServer } from './web-server.ts';

// Every operation of /api/openapi.json, called with bodies, path and query parameters generated
// from its own documented schemas: valid ones and broken ones (missing, wrong-typed and extra
// fields, huge, unicode and NUL strings, malformed ids). Whatever comes in, the answer is never a
// 5xx, its status is one the document lists for the operation, a 4xx is the API's error format,
// and a 2xx validates against the documented response schema. Nothing here names a route's
// fields: new or changed operations are covered as the document describes them.

const server = useWebServer();

type Schema = Record<string, unknown>;
interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema: Schema;
}
interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  body: Schema | null;
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
  anonymous: boolean;
}
interface Call {
  label: string;
  path: string;
  /** A JSON value, or raw text sent as it is. */
  body?: { json: unknown } | { raw: string; contentType: string };
  /** A call to make first (deleting the resource the path names). */
  before?: { operation: Operation; path: string };
}

const DOCUMENT_ID = 'openapi.json';
// A browser's subscription keys: an uncompressed P-256 point and a 16-byte secret, base64url.
const PUSH_P256DH = Buffer.concat([Buffer.from([4]), Buffer.alloc(64, 7)]).toString('base64url');
const PUSH_AUTH = Buffer.alloc(16, 9).toString('base64url');
const NUL = '\u0000';
const UNICODE = 'Zoë 東京 🌍‮ \u200b̈́';
// Over the API's 256 KiB JSON limit once serialised.
const HUGE = 'x'.repeat(300 * 1024);
// Under the body limit, over any field's.
const LONG = 'y'.repeat(30_000);

let document: Schema;
let ajv: Ajv2020;
let user: HttpClient;
/** Live ids per resource (the first path segment after /api), made fresh before each operation. */
let fixtures: Record<string, string> = {};
let dumpId: string;
let emailCount = 0;

const isObject = (value: unknown): value is Schema => typeof value === 'object' && value !== null && !Array.isArray(value);

function resolve(schema: Schema): Schema {
  const ref = schema.$ref;
  if (typeof ref !== 'string') return schema;
  const found = ref
    .replace(/^#\//, '')
    .split('/')
    .reduce<unknown>((node, key) => (node as Schema)[key.replace(/~1/g, '/').replace(/~0/g, '~')], document);
  return resolve(found as Schema);
}

/** The alternatives a value may take, null left out. */
function alternatives(schema: Schema): Schema[] {
  const resolved = resolve(schema);
  const options = (resolved.anyOf ?? resolved.oneOf) as Schema[] | undefined;
  if (options) return options.flatMap(alternatives);
  if (resolved.type === 'null') return [];
  return [resolved];
}

function typeOf(schema: Schema): string {
  const types = ([] as unknown[]).concat(schema.type ?? []).filter((type) => type !== 'null');
  if (typeof types[0] === 'string') return types[0];
  if (schema.properties) return 'object';
  if (schema.items) return 'array';
  if (schema.const !== undefined) return typeof schema.const;
  if (Array.isArray(schema.enum)) return typeof schema.enum[0];
  return 'unknown';
}

/**
 * The resource a field or path parameter refers to: `project_id` → projects; a path parameter →
 * the segment before it (`/api/tasks/{id}/reminders/{reminderId}`: tasks, then reminders); any
 * other field → the path's first resource.
 */
function fixtureFor(name: string, path: string): string {
  const named = /^(\w+)_id$/.exec(name)?.[1];
  const before = new RegExp(`/([^/{}]+)/\\{${name}\\}`).exec(path)?.[1];
  const resource = named ? `${named}s` : (before ?? /^\/api\/([^/]+)/.exec(path)?.[1] ?? '');
  return fixtures[resource] ?? randomUUID();
}

function exampleString(schema: Schema, name: string, path: string): string {
  if (schema.format === 'uuid') return fixtureFor(name, path);
  if (schema.format === 'date') return '2026-12-24';
  if (schema.format === 'date-time') return '2026-12-24T09:30:00Z';
  if (schema.format === 'email') return `robust-${emailCount++}-${randomUUID()}@example.test`;
  const minLength = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const pattern = typeof schema.pattern === 'string' ? new RegExp(schema.pattern) : null;
  // Strings a pattern may ask for (references, colours, addresses, clock times, codes), tried in turn.
  const candidates = ['Robust example', 't1', 'p1', '#3366ff', `robust-${emailCount++}@example.test`, '09:30', '123456', 'a'];
  const fitting = candidates.map((candidate) => candidate.padEnd(minLength, 'x')).find(
    (candidate) => !pattern || pattern.test(candidate),
  );
  return fitting ?? 'Robust example';
}

function exampleNumber(schema: Schema): number {
  const low = typeof schema.minimum === 'number' ? schema.minimum : typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum + 1 : 1;
  const high = typeof schema.maximum === 'number' ? schema.maximum : typeof schema.exclusiveMaximum === 'number' ? schema.exclusiveMaximum - 1 : low;
  return Math.min(Math.max(1, low), high);
}

/** A valid value for `schema`; `full` fills optional properties too. */
function example(schema: Schema, name: string, path: string, full = true): unknown {
  const [first] = alternatives(schema);
  if (!first) return null;
  if (first.const !== undefined) return first.const;
  // A documented example is valid where generated text would not be (a time zone, a phone number).
  if (Array.isArray(first.examples) && first.examples.length > 0) return first.examples[0];
  if (Array.isArray(first.enum)) return first.enum.find((value) => value !== null) ?? null;
  switch (typeOf(first)) {
    case 'object': {
      const properties = (first.properties ?? {}) as Record<string, Schema>;
      const required = new Set((first.required ?? []) as string[]);
      return Object.fromEntries(
        Object.entries(properties)
          .filter(([key]) => full || required.has(key))
          .map(([key, property]) => [key, example(property, key, path, full)]),
      );
    }
    case 'array': {
      const count = typeof first.minItems === 'number' && first.minItems > 1 ? first.minItems : 1;
      return Array.from({ length: count }, () => example((first.items ?? {}) as Schema, name, path, full));
    }
    case 'string':
      return exampleString(first, name, path);
    case 'integer':
    case 'number':
      return exampleNumber(first);
    case 'boolean':
      return true;
    default:
      return 'example';
  }
}

function wrongType(schema: Schema): unknown {
  const [first] = alternatives(schema);
  return first && typeOf(first) === 'string' ? 12345 : 'not-the-right-type';
}

type Path = (string | number)[];

/** Every string in a JSON value with the path to it. */
function stringLeaves(value: unknown, at: Path = []): Path[] {
  if (typeof value === 'string') return [at];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringLeaves(item, [...at, index]));
  if (isObject(value)) return Object.entries(value).flatMap(([key, item]) => stringLeaves(item, [...at, key]));
  return [];
}

function withValue(value: unknown, at: Path, replacement: unknown): unknown {
  const [head, ...rest] = at;
  if (head === undefined) return replacement;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  copy[head] = withValue(copy[head], rest, replacement);
  return copy;
}

function bodyCalls(schema: Schema, path: string): Call[] {
  const valid = example(schema, 'body', path);
  const minimal = example(schema, 'body', path, false);
  const calls: Call[] = [
    { label: 'valid body, every field', path, body: { json: valid } },
    { label: 'valid body, required fields only', path, body: { json: minimal } },
    { label: 'body null', path, body: { json: null } },
    { label: 'body an array', path, body: { json: [valid] } },
    { label: 'body a string', path, body: { json: 'text' } },
    { label: 'body not JSON', path, body: { raw: '{"unfinished": ', contentType: 'application/json' } },
    { label: 'body as a form', path, body: { raw: 'a=1', contentType: 'application/x-www-form-urlencoded' } },
  ];
  for (const shape of alternatives(schema)) {
    const properties = (shape.properties ?? {}) as Record<string, Schema>;
    const shaped = example(shape, 'body', path);
    if (!isObject(shaped)) continue;
    calls.push({ label: 'extra field', path, body: { json: { ...shaped, unexpected_field: 'surprise' } } });
    for (const key of (shape.required ?? []) as string[]) {
      const { [key]: _, ...rest } = shaped;
      calls.push({ label: `missing ${key}`, path, body: { json: rest } });
    }
    for (const [key, property] of Object.entries(properties)) {
      calls.push({ label: `${key} of the wrong type`, path, body: { json: { ...shaped, [key]: wrongType(property) } } });
    }
  }
  for (const leaf of stringLeaves(valid)) {
    const where = leaf.join('.');
    for (const [what, text] of [
      ['huge', HUGE],
      ['long', LONG],
      ['unicode', UNICODE],
      ['NUL', NUL],
      ['with NUL', `a${NUL}b`],
      ['empty', ''],
    ] as const) {
      calls.push({ label: `${where} ${what}`, path, body: { json: withValue(valid, leaf, text) } });
    }
  }
  return calls;
}

function queryCalls(operation: Operation, path: string): Call[] {
  const calls: Call[] = [];
  for (const parameter of operation.parameters.filter((p) => p.in === 'query')) {
    const valid = example(parameter.schema, parameter.name, operation.path);
    const values = [
      ['valid', Array.isArray(valid) ? valid.join(',') : String(valid)],
      ['wrong type', String(wrongType(parameter.schema))],
      ['long', LONG.slice(0, 5000)],
      ['unicode', UNICODE],
      ['NUL', NUL],
      ['empty', ''],
    ];
    for (const [what, value] of values) {
      calls.push({ label: `query ${parameter.name} ${what}`, path: `${path}?${new URLSearchParams({ [parameter.name]: value ?? '' })}` });
    }
  }
  return calls;
}

/** The path with each `{param}` replaced by value(param). */
function fillPath(template: string, value: (name: string) => string): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(value(name)));
}

function pathsFor(operation: Operation): { label: string; path: string }[] {
  const fill = (value: (name: string) => string) => fillPath(operation.path, value);
  if (!operation.path.includes('{')) return [{ label: 'path', path: operation.path }];
  return [
    { label: 'existing id', path: fill((name) => fixtureFor(name, operation.path)) },
    { label: 'unknown id', path: fill(() => randomUUID()) },
    { label: 'malformed id', path: fill(() => 'not-a-uuid') },
    { label: 'NUL id', path: fill(() => NUL) },
    { label: 'unicode id', path: fill(() => UNICODE) },
  ];
}

/** The DELETE operation whose path the operation's path extends (`/x/{id}` for `/x/{id}/restore`), if any. */
function deleterOf(operation: Operation, operations: Operation[]): Operation | undefined {
  return operations.find(
    (other) => other !== operation && other.method === 'delete' && other.path.includes('{') && `${operation.path}/`.startsWith(`${other.path}/`),
  );
}

function callsFor(operation: Operation, operations: Operation[]): Call[] {
  const [valid, ...others] = pathsFor(operation);
  if (!valid) return [];
  const base = operation.body ? bodyCalls(operation.body, valid.path) : [{ label: 'no body', path: valid.path }];
  const validBody = base[0]?.body;
  const withValidBody = validBody ? { body: validBody } : {};
  const deleter = deleterOf(operation, operations);
  // Last, as it deletes the fixture: the operation on a resource deleted just before (restore succeeds on it).
  const deleted: Call[] = deleter
    ? [{ label: 'deleted id', path: valid.path, ...withValidBody, before: { operation: deleter, path: fillPath(deleter.path, (name) => fixtureFor(name, operation.path)) } }]
    : [];
  return [
    ...base,
    ...queryCalls(operation, valid.path),
    ...others.map((other) => ({ label: other.label, path: other.path, ...withValidBody })),
    ...deleted,
  ];
}

interface Answer {
  status: number;
  contentType: string;
  body: unknown;
}

async function send(operation: Operation, call: Call, client: HttpClient): Promise<Answer> {
  const headers: Record<string, string> = { origin: client.origin, 'x-forwarded-for': client.ip };
  if (client.cookie) headers.cookie = client.cookie;
  let body: string | undefined;
  if (call.body && 'json' in call.body) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(call.body.json);
  } else if (call.body) {
    headers['content-type'] = call.body.contentType;
    body = call.body.raw;
  }
  const abort = new AbortController();
  const response = await fetch(`${client.origin}${call.path}`, {
    method: operation.method.toUpperCase(),
    headers,
    body,
    redirect: 'manual',
    signal: abort.signal,
  });
  const contentType = response.headers.get('content-type') ?? '';
  for (const setCookie of response.headers.getSetCookie()) {
    const match = /^ordo_session=([^;]*)/.exec(setCookie);
    if (match) client.cookie = match[1] ? `ordo_session=${match[1]}` : null;
  }
  // An event stream does not end: its status and type are all there is to check.
  if (contentType.startsWith('text/event-stream')) {
    abort.abort();
    return { status: response.status, contentType, body: null };
  }
  const text = await response.text();
  let parsed: unknown = text;
  if (contentType.includes('json')) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = { unparseable: text.slice(0, 200) };
    }
  }
  return { status: response.status, contentType, body: parsed };
}

const validators = new Map<string, ValidateFunction>();

function validatorAt(pointer: string[]): ValidateFunction {
  const key = pointer.join('/');
  let validate = validators.get(key);
  if (!validate) {
    const fragment = pointer.map((part) => encodeURIComponent(part.replace(/~/g, '~0').replace(/\//g, '~1'))).join('/');
    validate = ajv.compile({ $ref: `${DOCUMENT_ID}#/${fragment}` });
    validators.set(key, validate);
  }
  return validate;
}

/** What is wrong with an answer, or null. */
function problemWith(operation: Operation, answer: Answer): string | null {
  const status = String(answer.status);
  if (answer.status >= 500) return `answered ${status}: ${JSON.stringify(answer.body).slice(0, 300)}`;
  const documented = operation.responses[status];
  if (!documented) return `answered ${status}, which the document does not list (${JSON.stringify(answer.body).slice(0, 200)})`;
  const content = documented.content ?? {};
  const [mediaType] = Object.keys(content);
  if (!mediaType) return answer.status === 204 || answer.body === '' ? null : `answered a body for a response documented without one`;
  if (!answer.contentType.startsWith(mediaType)) return `answered ${status} as ${answer.contentType}, documented as ${mediaType}`;
  if (mediaType !== 'application/json') return null;
  const validate = validatorAt(['paths', operation.path, operation.method, 'responses', status, 'content', mediaType, 'schema']);
  if (validate(answer.body)) return null;
  return `answered ${status} with a body that does not match its schema: ${ajv.errorsText(validate.errors)}; body ${JSON.stringify(answer.body).slice(0, 300)}`;
}

function operationsOf(doc: Schema): Operation[] {
  const paths = doc.paths as Record<string, Record<string, Schema>>;
  return Object.entries(paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, spec]) => {
      const content = (spec.requestBody as Schema | undefined)?.content as Record<string, { schema: Schema }> | undefined;
      return {
        method,
        path,
        parameters: (spec.parameters ?? []) as Parameter[],
        body: content?.['application/json']?.schema ?? null,
        responses: spec.responses as Operation['responses'],
        anonymous: Array.isArray(spec.security) && spec.security.length === 0,
      };
    }),
  );
}

/**
 * A fresh project, task, reminder, label and push device (the previous operation may have deleted them)
 * besides the drafted dump. The device keeps one endpoint, so it is stored again, not added.
 */
async function freshFixtures(): Promise<void> {
  const project = await user.post<{ project: { id: string } }>('/api/projects', { name: 'Robustness fixture' });
  const task = await user.post<{ task: { id: string } }>('/api/tasks', { title: 'Robustness fixture', project_id: project.body.project.id });
  if (project.status !== 201 || task.status !== 201) throw new Error('fixtures could not be created');
  const reminder = await user.post<{ reminder: { id: string } }>(`/api/tasks/${task.body.task.id}/reminders`, {
    anchor: 'absolute',
    at: '2030-01-01T09:00:00Z',
    channels: ['push'],
  });
  const device = await user.post<{ subscription: { id: string } }>('/api/me/push-subscriptions', {
    endpoint: 'https://fcm.googleapis.com/fcm/send/robustness-fixture',
    keys: { p256dh: PUSH_P256DH, auth: PUSH_AUTH },
  });
  if (reminder.status !== 201 || device.status >= 300) throw new Error(`fixtures could not be created: ${reminder.status} ${device.status}`);
  // Names are unique per person, and the previous operation may have left the last one.
  const label = await user.post<{ label: { id: string } }>('/api/labels', { name: `Robustness ${randomUUID()}` });
  if (label.status !== 201) throw new Error(`label fixture could not be created: ${label.status}`);
  const filter = await user.post<{ filter: { id: string } }>('/api/filters', { name: `Robustness ${randomUUID()}`, query: 'today | p1' });
  if (filter.status !== 201) throw new Error(`saved filter fixture could not be created: ${filter.status}`);
  fixtures = {
    projects: project.body.project.id,
    tasks: task.body.task.id,
    reminders: reminder.body.reminder.id,
    'push-subscriptions': device.body.subscription.id,
    'brain-dumps': dumpId,
    labels: label.body.label.id,
    filters: filter.body.filter.id,
  };
}

beforeAll(async () => {
  const served = await fetch(`${server.origin}/api/openapi.json`);
  document = (await served.json()) as Schema;
  ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema(document, DOCUMENT_ID);
  user = await signedUpClient(server.origin);
  dumpId = await createDump(user, 'Project: Robustness\n- check the API tomorrow');
  expect((await (await openDumpStream(user, dumpId)).rest()).at(-1)?.event).toBe('done');
});

describe('every operation of the OpenAPI document, with generated input', () => {
  it('never answers 5xx, answers only documented statuses, errors in the error format, successes in their schema', { timeout: 300_000 }, async () => {
    const operations = operationsOf(document);
    expect(operations.length).toBeGreaterThan(10);
    const problems: string[] = [];
    const successes = new Set<string>();
    for (const operation of operations) {
      await freshFixtures();
      const calls = callsFor(operation, operations);
      const named = `${operation.method.toUpperCase()} ${operation.path}`;
      if (!operation.anonymous) {
        const answer = await send(operation, { label: 'no credentials', path: calls[0]?.path ?? operation.path }, new HttpClient(server.origin));
        if (answer.status !== 401) problems.push(`${named} [no credentials]: answered ${answer.status}, not 401`);
        const problem = problemWith(operation, answer);
        if (problem) problems.push(`${named} [no credentials]: ${problem}`);
      }
      for (const call of calls) {
        // Anonymous operations (sign-up, sign-in, sign-out) each get a new client, so they neither end the user's session nor share one.
        const client = operation.anonymous ? new HttpClient(server.origin) : user;
        if (call.before) {
          const prepared = await send(call.before.operation, { label: 'before', path: call.before.path }, client);
          if (prepared.status >= 300) problems.push(`${named} [${call.label}]: preparing it answered ${prepared.status}`);
        }
        const answer = await send(operation, call, client).catch((error: unknown) => error as Error);
        if (answer instanceof Error) {
          problems.push(`${named} [${call.label}]: no answer (${answer.message}: ${String(answer.cause)})`);
          continue;
        }
        if (answer.status < 300) successes.add(named);
        const problem = problemWith(operation, answer);
        if (problem) problems.push(`${named} [${call.label}]: ${problem}`);
      }
    }
    expect(problems).toEqual([]);
    // The valid inputs really are valid: most operations succeeded at least once.
    expect(successes.size).toBeGreaterThan(operations.length * 0.8);
  });
});
