import { type DestinationStream, type Logger, pino } from 'pino';
import { type Env, SECRET_KEYS } from './env.ts';
import { createLineScrubber, REDACTED } from './redact.ts';

export type { Logger };

/** Keys whose values are secret whatever they hold (user passwords, session tokens, headers). */
const SENSITIVE_KEYS = [
  'password',
  'token',
  'secret',
  'authorization',
  'cookie',
  'set-cookie',
  'x-api-key',
  'apiKey',
  'api_key',
  'accessToken',
  'access_token',
  'refreshToken',
  'refresh_token',
  ...SECRET_KEYS,
];

/** Each key at the top level and nested one or two levels deep (e.g. `req.headers.authorization`). */
const REDACT_PATHS = SENSITIVE_KEYS.flatMap((key) => {
  const identifier = /^[A-Za-z_$][\w$]*$/.test(key);
  const segment = identifier ? `.${key}` : `["${key}"]`;
  return [identifier ? key : segment, `*${segment}`, `*.*${segment}`];
});

export type LoggerEnv = Pick<Env, 'LOG_LEVEL' | 'NODE_ENV'> & Partial<Env>;

/**
 * JSON logger. Sensitive keys are censored by path; on top of that every secret value set in
 * `env` is scrubbed from the finished line, wherever it appears (message, error stack, nested field).
 * `destination` defaults to stdout; tests pass a stream to capture lines.
 */
export function createLogger(env: LoggerEnv, name: string, destination?: DestinationStream): Logger {
  const options = {
    name,
    level: env.LOG_LEVEL,
    redact: { paths: REDACT_PATHS, censor: REDACTED },
    hooks: { streamWrite: createLineScrubber(env) },
  };
  return destination ? pino(options, destination) : pino(options);
}
