import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import * as schemas from './index.ts';

// zod's own English wording, which people should never read on a page.
const ZOD_DEFAULT = /^(Invalid input|Invalid option|Invalid string|Invalid key|Invalid element|Invalid value|Invalid (ISO|UUID|email|URL)|Too small|Too big|Unrecognized key)|expected .*, received/;

const BAD_VALUES: unknown[] = [undefined, null, '', '   ', 12345, -1, 1.5, 'x'.repeat(30_000), [], ['nonsense'], {}, true, 'not-a-valid-value'];

/** Every message a schema gives for a range of bad values, field by field for objects. */
function messagesFor(schema: z.ZodType): string[] {
  const inputs: unknown[] = [...BAD_VALUES];
  if (schema instanceof z.ZodObject) {
    const keys = Object.keys(schema.shape);
    for (const value of BAD_VALUES) inputs.push(Object.fromEntries(keys.map((key) => [key, value])));
    inputs.push({ unexpected: 1 });
  }
  return inputs.flatMap((input) => schema.safeParse(input).error?.issues.map((issue) => issue.message) ?? []);
}

describe('validation messages', () => {
  const exported: [string, z.ZodType][] = Object.entries(schemas as Record<string, unknown>).flatMap(([name, value]) =>
    value instanceof z.ZodType ? [[name, value] as [string, z.ZodType]] : [],
  );

  it('walks every exported schema', () => {
    expect(exported.map(([name]) => name)).toEqual(expect.arrayContaining(['onboardingInputSchema', 'signUpInputSchema', 'taskInputSchema', 'projectInputSchema']));
  });

  it.each(exported)('%s speaks to people, never in zod’s default wording', (_name, schema) => {
    const messages = messagesFor(schema);
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) {
      expect(message).not.toMatch(ZOD_DEFAULT);
      expect(message).toMatch(/^[A-Z]/);
    }
  });

  it('asks for a time zone in words, and refuses one that does not exist', () => {
    const base = { name: 'Ada', working_hours: { start: '09:00', end: '17:00', days: [1] } };
    const messages = (timezone: string) => schemas.onboardingInputSchema.safeParse({ ...base, timezone }).error?.issues.map((issue) => issue.message);
    expect(messages('')).toEqual(['Choose a time zone']);
    expect(messages('Mars/Olympus')).toEqual(['Choose a time zone from the list']);
    expect(messages('Asia/Kolkata')).toBeUndefined();
  });

  it('words the common problems', () => {
    const task = (input: unknown) => schemas.taskInputSchema.safeParse(input).error?.issues.map((issue) => [issue.path.join('.'), issue.message]);
    expect(task({ title: '', due_date: 'tomorrow', duration_minutes: 0, priority: 'urgent' })).toEqual([
      ['title', 'Fill in this field'],
      ['priority', 'Choose one of: low, medium, high'],
      ['due_date', 'Enter a date, like 2026-12-04'],
      ['duration_minutes', 'Enter 1 or more'],
    ]);
    expect(task({})).toEqual([['title', 'Fill in this field']]);
    expect(task({ title: 'x'.repeat(1000) })?.[0]?.[1]).toMatch(/^Use at most [\d,]+ characters$/);
  });
});
