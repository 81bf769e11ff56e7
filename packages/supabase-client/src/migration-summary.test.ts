import { describe, expect, it } from 'vitest';
import { migrationSummary } from './migration-summary.ts';

describe('migrationSummary', () => {
  it('names the range of versions applied, the file when there is one, or says nothing was due', () => {
    expect(migrationSummary(['20261123000000_init.sql', '20261124000000_tasks.sql', '20261203100000_budget.sql'])).toBe(
      'applied 3 migrations (20261123000000 → 20261203100000)',
    );
    expect(migrationSummary(['20261203100000_budget.sql'])).toBe('applied 1 migration (20261203100000_budget.sql)');
    expect(migrationSummary([])).toBe('database schema up to date');
  });
});
