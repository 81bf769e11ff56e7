import { type DestinationStream, type Logger, pino } from 'pino';
import { type Env, SECRET_KEYS } from './env.ts';
import { formatLogLine } from './pretty-log.ts';
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
  // OAuth (Google): an ID token proves a sign-in; a code or PKCE verifier can be exchanged for tokens.
  'id_token',
  'idToken',
  'code_verifier',
  'codeVerifier',
  ...SECRET_KEYS,
];

/** Each key at the top level and nested one or two levels deep (e.g. `req.headers.authorization`). */
const REDACT_PATHS = SENSITIVE_KEYS.flatMap((key) => {
  const identifier = /^[A-Za-z_$][\w$]*$/.test(key);
  const segment = identifier ? `.${key}` : `["${key}"]`;
  return [identifier ? key : segment, `*${segment}`, `*.*${segment}`];
});

export type LoggerEnv = Pick<Env, 'LOG_LEVEL' | 'NODE_ENV'> & Partial<Env>;

export type LogFormat = 'pretty' | 'json';

type Output = DestinationStream & { isTTY?: boolean };

/** LOG_FORMAT when set; otherwise readable lines for a terminal and JSON for pipes and files (log collectors). */
export function logFormat(env: Pick<Partial<Env>, 'LOG_FORMAT'>, output: { isTTY?: boolean } = process.stdout): LogFormat {
  return env.LOG_FORMAT ?? (output.isTTY === true ? 'pretty' : 'json');
}

/**
 * Logger to `destination` (default stdout; tests pass a stream to capture lines), as JSON or, by
 * logFormat(), as readable lines. Sensitive keys are censored by path; on top of that every secret
 * value set in `env` is scrubbed from the finished JSON line, wherever it appears (message, error
 * stack, nested field), before any formatting, so both formats carry the same redactions.
 */
export function createLogger(env: LoggerEnv, name: string, destination?: Output): Logger {
  const options = {
    name,
    level: env.LOG_LEVEL,
    redact: { paths: REDACT_PATHS, censor: REDACTED },
    hooks: { streamWrite: createLineScrubber(env) },
  };
  const output = destination ?? process.stdout;
  if (logFormat(env, output) === 'pretty') {
    const colors = output.isTTY === true && !process.env.NO_COLOR;
    return pino(options, { write: (line: string) => output.write(formatLogLine(line, { colors })) });
  }
  return destination ? pino(options, destination) : pino(options);
}
