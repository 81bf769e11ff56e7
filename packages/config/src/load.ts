import type { z } from 'zod';
import { clientAddressProblems } from './client-address.ts';
import { ConfigError, type ConfigProblem } from './config-error.ts';
import { DEFAULT_DATA_DIR, resolveDataDir } from './data-dir.ts';
import { ENV_KEYS, type Env, type EnvKey, envSchema, SECRET_KEYS, withoutBlanks } from './env.ts';
import type { LocalSecrets } from './local-secrets.ts';

/** Fallback secrets; a fallback without a VAPID pair leaves Web Push off unless the env sets one. */
export type LocalSecretsFallback = Omit<LocalSecrets, 'VAPID_PUBLIC_KEY' | 'VAPID_PRIVATE_KEY'> &
  Partial<Pick<LocalSecrets, 'VAPID_PUBLIC_KEY' | 'VAPID_PRIVATE_KEY'>>;

export interface LoadConfigOptions {
  /** Optional variables this process cannot run without, e.g. `['DATABASE_URL']`. */
  require?: readonly EnvKey[];
  /**
   * Fallbacks for SUPABASE_JWT_SECRET / ENCRYPTION_KEY / the VAPID pair outside production. Prefer passing
   * `ensureLocalSecrets` itself: it is then called with the resolved ORDO_DATA_DIR, and only
   * when a fallback is actually needed.
   */
  localSecrets?: LocalSecretsFallback | ((dataDir: string) => LocalSecretsFallback);
  /** Also check where client addresses come from (TRUSTED_PROXY): for processes that serve people. */
  servesClients?: boolean;
}

const LOCAL_SECRET_KEYS = ['SUPABASE_JWT_SECRET', 'ENCRYPTION_KEY'] as const;
// Filled only as a pair: half of one pair and half of another would never match.
const VAPID_KEYS = ['VAPID_PUBLIC_KEY', 'VAPID_PRIVATE_KEY'] as const;

/** Parses the environment; throws one ConfigError listing every problem. */
export function loadConfig(
  source: Record<string, string | undefined> = process.env,
  options: LoadConfigOptions = {},
): Env {
  const input = withoutBlanks(source);
  const production = input.NODE_ENV === 'production';
  const { localSecrets } = options;

  const vapidUnset = VAPID_KEYS.every((key) => input[key] === undefined);
  if (!production && localSecrets && (vapidUnset || LOCAL_SECRET_KEYS.some((key) => input[key] === undefined))) {
    const dataDir = typeof input.ORDO_DATA_DIR === 'string' ? input.ORDO_DATA_DIR : DEFAULT_DATA_DIR;
    const local = typeof localSecrets === 'function' ? localSecrets(resolveDataDir(dataDir)) : localSecrets;
    for (const key of LOCAL_SECRET_KEYS) input[key] ??= local[key];
    if (vapidUnset) for (const key of VAPID_KEYS) input[key] = local[key];
  }

  const result = envSchema.safeParse(input);
  const problems = result.success ? [] : result.error.issues.map((issue) => toProblem(issue, input, production));
  if (options.servesClients) {
    for (const problem of clientAddressProblems(input)) {
      if (!problems.some((known) => known.key === problem.key)) problems.push(problem);
    }
  }
  for (const key of options.require ?? []) {
    if (input[key] === undefined && !problems.some((problem) => problem.key === key)) {
      problems.push({ key, message: 'is required' });
    }
  }

  if (!result.success || problems.length > 0) throw new ConfigError(inSchemaOrder(problems));
  return result.data;
}

function toProblem(issue: z.core.$ZodIssue, input: Record<string, unknown>, production: boolean): ConfigProblem {
  const key = String(issue.path[0]);
  const value = input[key];
  if (value === undefined) {
    if (issue.code !== 'invalid_type') return { key, message: issue.message };
    const local = (LOCAL_SECRET_KEYS as readonly string[]).includes(key);
    return { key, message: production && local ? 'is required when NODE_ENV=production' : 'is required' };
  }
  const secret = (SECRET_KEYS as readonly string[]).includes(key);
  return { key, message: secret ? `${issue.message} (value hidden)` : `${issue.message}, got ${JSON.stringify(value)}` };
}

function inSchemaOrder(problems: ConfigProblem[]): ConfigProblem[] {
  const rank = (key: string) => ENV_KEYS.indexOf(key as EnvKey);
  return problems.toSorted((a, b) => rank(a.key) - rank(b.key));
}
