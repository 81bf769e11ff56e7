import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

/**
 * The offline parser's tests share one module graph per worker: each file re-importing the parser's
 * word lists and date readers cost about four times the CPU of the tests themselves. The parser
 * keeps no state between parses that a test could leak into another (its memos live for one parse,
 * or read the same for every caller).
 */
const OFFLINE_PARSER_TESTS = 'packages/ai-pipeline/src/offline/**/*.test.ts';

export default defineConfig({
  test: {
    // Most service tests wait on PostgreSQL, servers and Chromium rather than the CPU, so two files
    // at once pay even where vitest's default (one fewer than the cores) would run them one by one.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: { name: 'offline parser', include: [OFFLINE_PARSER_TESTS], isolate: false },
      },
      {
        extends: true,
        test: {
          name: 'services',
          globalSetup: ['./packages/supabase-client/src/testing/global-setup.ts'],
          include: [
            'packages/*/src/**/*.test.ts',
            'apps/worker/src/**/*.test.ts',
            'apps/web/src/**/*.test.ts',
            'apps/web/tests/**/*.test.ts',
            'apps/web/e2e/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          exclude: [...configDefaults.exclude, OFFLINE_PARSER_TESTS],
        },
      },
    ],
  },
});
