import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-next.ts';

describe('safeNext', () => {
  it('keeps local paths with their query', () => {
    expect(safeNext('/projects/1?tab=done')).toBe('/projects/1?tab=done');
  });

  it('refuses other origins and protocol-relative tricks', () => {
    for (const next of ['https://evil.example', '//evil.example', '/\\evil.example', 'javascript:alert(1)', '', null]) {
      expect(safeNext(next)).toBe('/dashboard');
    }
  });
});
