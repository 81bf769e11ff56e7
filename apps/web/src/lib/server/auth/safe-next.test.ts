import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-next.ts';

const ORIGIN = 'https://ordo.example';

describe('safeNext', () => {
  it('keeps same-origin paths with their query and fragment', () => {
    expect(safeNext('/projects/1?tab=done', ORIGIN)).toBe('/projects/1?tab=done');
    expect(safeNext('/tasks#today', ORIGIN)).toBe('/tasks#today');
    expect(safeNext('https://ordo.example/settings', ORIGIN)).toBe('/settings');
  });

  it('refuses other origins, however the target is disguised', () => {
    const disguised = [
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      '/\t/evil.example',
      '/\n/evil.example',
      '\\\\evil.example',
      '/.//evil.example',
      'http://ordo.example/',
      'https://ordo.example:8443/',
      'javascript:alert(1)',
      'https://ordo.example@evil.example/',
      '',
      null,
    ];
    for (const target of disguised) expect(safeNext(target, ORIGIN), JSON.stringify(target)).toBe('/dashboard');
  });

  it('uses the fallback it is given', () => {
    expect(safeNext('//evil.example', ORIGIN, '/settings')).toBe('/settings');
  });
});
