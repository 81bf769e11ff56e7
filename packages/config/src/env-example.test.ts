import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENV_KEYS } from './env.ts';
import { loadConfig } from './load.ts';

const LOCAL = { SUPABASE_JWT_SECRET: 'l'.repeat(40), ENCRYPTION_KEY: 'cd'.repeat(32) };

/** `KEY=value` lines of the root .env.example, in file order; double quotes unwrapped as dotenv does. */
function exampleEntries(): [string, string][] {
  const text = readFileSync(new URL('../../../.env.example', import.meta.url), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const match = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line);
      if (!match?.[1] || match[2] === undefined) throw new Error(`.env.example: unparsable line ${JSON.stringify(line)}`);
      return [match[1], match[2].replace(/^"(.*)"$/, '$1')];
    });
}

describe('.env.example', () => {
  it('lists exactly the variables of the schema, each once', () => {
    const names = exampleEntries().map(([name]) => name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.toSorted()).toEqual(ENV_KEYS.toSorted());
  });

  it('holds only empty values or the defaults', () => {
    const example = Object.fromEntries(exampleEntries());
    expect(loadConfig(example, { localSecrets: LOCAL })).toEqual(loadConfig({}, { localSecrets: LOCAL }));
  });
});
