import { describe, expect, it } from 'vitest';
import { checkDependencies } from './health.ts';

describe('checkDependencies', () => {
  it('is ok when every configured probe answers, and skips unconfigured ones', async () => {
    const result = await checkDependencies({ database: async () => true, redis: async () => 'PONG', search: null });
    expect(result.ok).toBe(true);
    expect(result.checks.database).toMatchObject({ ok: true, configured: true });
    expect(result.checks.search).toEqual({ ok: true, configured: false, latency_ms: null });
  });

  it('fails on false, on a rejection and on a probe that never answers, without leaking error text', async () => {
    const result = await checkDependencies(
      {
        database: async () => false,
        redis: async () => {
          throw new Error('connect ECONNREFUSED 10.0.0.7:6379');
        },
        slow: () => new Promise(() => {}),
        fine: async () => 'PONG',
      },
      50,
    );
    expect(result.ok).toBe(false);
    expect(result.checks).toMatchObject({
      database: { ok: false },
      redis: { ok: false },
      slow: { ok: false },
      fine: { ok: true },
    });
    expect(JSON.stringify(result)).not.toContain('10.0.0.7');
  });
});
