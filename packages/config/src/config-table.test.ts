import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderConfigTable, withConfigTable } from './config-table.ts';
import { ENV_KEYS } from './env.ts';

const root = new URL('../../../', import.meta.url);
const envExample = readFileSync(new URL('.env.example', root), 'utf8');
const readme = readFileSync(new URL('README.md', root), 'utf8');

describe('README configuration table', () => {
  it('lists every variable of the schema with its default', () => {
    const table = renderConfigTable(envExample);
    for (const key of ENV_KEYS) expect(table).toContain(`| \`${key}\` |`);
    expect(table).toContain('| `PORT` | `3000` |');
    expect(table).toContain('| `DATABASE_POOL_MAX` | `10` |');
  });

  it('is up to date in README.md (run `pnpm docs:config` after changing .env.example)', () => {
    expect(readme).toBe(withConfigTable(readme, envExample));
  });
});
