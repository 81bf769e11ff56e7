import { type Env, loadConfig } from '@ordo/config';
import type { FakeLlmServer } from './fake-llm-server.ts';

const LOCAL_SECRETS = { SUPABASE_JWT_SECRET: 'test-jwt-secret-'.padEnd(40, 'x'), ENCRYPTION_KEY: 'ab'.repeat(32) };

/**
 * A validated Env whose providers are the given fake servers (a provider left out has no key).
 * Timeouts are generous so a loaded CI machine never trips them; tests of stalls pass a small
 * `stallTimeoutMs` per call. `overrides` are raw variables, as in a .env file.
 */
export function fakeProviderEnv(
  servers: { openai?: FakeLlmServer; anthropic?: FakeLlmServer },
  overrides: Record<string, string> = {},
): Env {
  return loadConfig(
    {
      NODE_ENV: 'test',
      ...(servers.openai ? { OPENAI_API_KEY: 'sk-test-openai', OPENAI_BASE_URL: servers.openai.url } : {}),
      ...(servers.anthropic
        ? { ANTHROPIC_API_KEY: 'sk-ant-test', ANTHROPIC_BASE_URL: servers.anthropic.url }
        : {}),
      AI_TIMEOUT_MS: '5000',
      AI_STALL_TIMEOUT_MS: '5000',
      ...overrides,
    },
    { localSecrets: LOCAL_SECRETS },
  );
}
