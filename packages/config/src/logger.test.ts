import { describe, expect, it } from 'vitest';
import type { Env } from './env.ts';
import { createLogger, type LoggerEnv, logFormat } from './logger.ts';
import { redactSecrets } from './redact.ts';

const DB_PASSWORD = 'db-pass-7f3a9c';
const env = {
  NODE_ENV: 'production',
  LOG_LEVEL: 'info',
  OPENAI_API_KEY: 'sk-test-openai-0123456789',
  SUPABASE_JWT_SECRET: 'jwt-secret-jwt-secret-jwt-secret-42',
  ENCRYPTION_KEY: Buffer.alloc(32, 9).toString('base64'),
  DATABASE_URL: `postgres://ordo:${DB_PASSWORD}@db.internal:5432/ordo`,
  // Characters that JSON escapes, to prove the scrubber sees through escaping.
  EMAIL_PASS: 'mail"pass\\word\n99',
} satisfies Partial<Env>;
const SECRETS = [env.OPENAI_API_KEY, env.SUPABASE_JWT_SECRET, env.ENCRYPTION_KEY, DB_PASSWORD, env.EMAIL_PASS];

function capture(loggerEnv: LoggerEnv = env) {
  const lines: string[] = [];
  const logger = createLogger(loggerEnv, 'test', { write: (line: string) => lines.push(line) });
  const records = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  return { logger, lines, records };
}

function expectNoSecrets(lines: string[]) {
  for (const line of lines) {
    for (const secret of SECRETS) {
      expect(line).not.toContain(secret);
      expect(line).not.toContain(JSON.stringify(secret).slice(1, -1));
    }
  }
}

/** Logs the configured secrets in every place a line can carry them; 11 lines. */
function logEverySecret(logger: ReturnType<typeof createLogger>) {
  const err = new Error(`OpenAI rejected key ${env.OPENAI_API_KEY}`);
  logger.info(`using key ${env.OPENAI_API_KEY} and jwt ${env.SUPABASE_JWT_SECRET}`);
  logger.info({ note: env.ENCRYPTION_KEY, list: [env.OPENAI_API_KEY] }, 'object field');
  logger.info({ err }, 'request failed');
  logger.error(err);
  logger.info({ a: { b: { c: { d: `deep ${env.OPENAI_API_KEY}` } } } }, 'nested');
  logger.info({ req: { headers: { authorization: `Bearer ${env.SUPABASE_JWT_SECRET}` } } }, 'header');
  logger.warn(`connect failed: ${env.DATABASE_URL} (password ${DB_PASSWORD})`);
  logger.info({ smtp: { auth: env.EMAIL_PASS } }, `smtp ${env.EMAIL_PASS}`);
  logger.info('interpolated %s %o', env.OPENAI_API_KEY, { key: env.ENCRYPTION_KEY });
  logger.child({ binding: env.OPENAI_API_KEY }).info('child');
  logger.info({ [env.OPENAI_API_KEY]: 'as a key' }, 'key');
}

describe('createLogger', () => {
  it('writes JSON lines with the logger name at the configured level', () => {
    const { logger, records } = capture({ ...env, LOG_LEVEL: 'warn' });
    logger.info('hidden');
    logger.warn({ jobId: 7 }, 'shown');
    expect(records()).toEqual([expect.objectContaining({ name: 'test', level: 40, jobId: 7, msg: 'shown' })]);
  });

  it('never writes a secret value, wherever it is logged', () => {
    const { logger, lines, records } = capture();
    logEverySecret(logger);

    expect(lines).toHaveLength(11);
    expectNoSecrets(lines);

    const [message, field, errField, errArg, nested, header, url, escaped] = records();
    expect(message?.msg).toBe('using key [redacted] and jwt [redacted]');
    expect(field).toMatchObject({ note: '[redacted]', list: ['[redacted]'] });
    expect(errField).toMatchObject({
      msg: 'request failed',
      err: {
        message: 'OpenAI rejected key [redacted]',
        stack: expect.stringMatching(/^Error: OpenAI rejected key \[redacted\]\n\s+at /),
      },
    });
    expect(errArg).toMatchObject({ msg: 'OpenAI rejected key [redacted]', err: { type: 'Error' } });
    expect(nested).toMatchObject({ a: { b: { c: { d: 'deep [redacted]' } } } });
    expect(header).toMatchObject({ req: { headers: { authorization: '[redacted]' } } });
    expect(url?.msg).toBe('connect failed: [redacted] (password [redacted])');
    expect(escaped).toMatchObject({ msg: 'smtp [redacted]', smtp: { auth: '[redacted]' } });
  });

  it('censors sensitive keys even when their values are not configured secrets', () => {
    const { logger, lines, records } = capture({ NODE_ENV: 'development', LOG_LEVEL: 'info' });
    logger.info(
      {
        password: 'user-password-1',
        user: { password: 'user-password-2', apiKey: 'k1', api_key: 'k2', token: 't1' },
        req: { headers: { authorization: 'Bearer abc.def', cookie: 'sid=1', 'set-cookie': ['sid=2'] } },
        session: { access_token: 'at', refresh_token: 'rt' },
        google: { id_token: 'eyJ.id', tokens: { idToken: 'eyJ.id2', code_verifier: 'v1', codeVerifier: 'v2' } },
        config: { OPENAI_API_KEY: 'sk-not-in-env' },
      },
      'login',
    );
    expect(records()[0]).toMatchObject({
      password: '[redacted]',
      user: { password: '[redacted]', apiKey: '[redacted]', api_key: '[redacted]', token: '[redacted]' },
      req: { headers: { authorization: '[redacted]', cookie: '[redacted]', 'set-cookie': '[redacted]' } },
      session: { access_token: '[redacted]', refresh_token: '[redacted]' },
      google: { id_token: '[redacted]', tokens: { idToken: '[redacted]', code_verifier: '[redacted]', codeVerifier: '[redacted]' } },
      config: { OPENAI_API_KEY: '[redacted]' },
    });
    expect(lines[0]).not.toMatch(/user-password|Bearer|sid=|sk-not-in-env/);
  });
});

describe('logFormat', () => {
  it('is LOG_FORMAT when set, else pretty on a terminal and JSON on a pipe or file', () => {
    expect(logFormat({}, { isTTY: true })).toBe('pretty');
    expect(logFormat({}, { isTTY: false })).toBe('json');
    expect(logFormat({}, {})).toBe('json');
    expect(logFormat({ LOG_FORMAT: 'json' }, { isTTY: true })).toBe('json');
    expect(logFormat({ LOG_FORMAT: 'pretty' }, { isTTY: false })).toBe('pretty');
  });
});

describe('createLogger with LOG_FORMAT=pretty', () => {
  const pretty = { ...env, LOG_FORMAT: 'pretty' } satisfies LoggerEnv;

  it('writes one short line a record: time, level, logger name, message, then the other fields', () => {
    const { logger, lines } = capture(pretty);
    logger.info({ port: 3000, path: '/a b' }, 'web server starting');
    logger.warn('disk almost full');
    expect(lines).toEqual([
      expect.stringMatching(/^\d\d:\d\d:\d\d INFO {2}test {3}web server starting port=3000 path="\/a b"\n$/),
      expect.stringMatching(/^\d\d:\d\d:\d\d WARN {2}test {3}disk almost full\n$/),
    ]);
  });

  it("shows an error's stack under the line at level error, and only its message below that", () => {
    const { logger, lines } = capture(pretty);
    logger.error({ err: new Error('socket hang up'), requestId: 'r1' }, 'request failed');
    logger.warn({ err: new Error('connection refused') }, 'redis connection error');
    expect(lines[0]).toMatch(/^\d\d:\d\d:\d\d ERROR test {3}request failed requestId=r1\n {4}Error: socket hang up\n {8}at /);
    expect(lines[1]).toMatch(/^\d\d:\d\d:\d\d WARN {2}test {3}redis connection error err="connection refused"\n$/);
  });

  it('never writes a secret value, wherever it is logged', () => {
    const { logger, lines } = capture(pretty);
    logEverySecret(logger);
    expect(lines).toHaveLength(11);
    expectNoSecrets(lines);
    expect(lines[0]).toContain('using key [redacted] and jwt [redacted]');
    expect(lines[5]).toContain('req={"headers":{"authorization":"[redacted]"}}');
    expect(lines.join('')).not.toContain('{"level"');
  });
});

describe('redactSecrets', () => {
  it('replaces configured secret values in free text, such as a fatal error stack', () => {
    const stack = new Error(`boot failed: ${env.DATABASE_URL}`).stack ?? '';
    const text = redactSecrets(`${stack}\nkey=${env.OPENAI_API_KEY}`, env);
    expect(text).toMatch(/^Error: boot failed: \[redacted\]\n/);
    expect(text).toContain('key=[redacted]');
    for (const secret of SECRETS) expect(text).not.toContain(secret);
  });

  it('accepts a raw source such as process.env', () => {
    const source: Record<string, string | undefined> = { OPENAI_API_KEY: env.OPENAI_API_KEY, PATH: '/usr/bin' };
    expect(redactSecrets(`key ${env.OPENAI_API_KEY} on /usr/bin`, source)).toBe('key [redacted] on /usr/bin');
  });

  it('ignores secrets shorter than 8 characters so ordinary words survive', () => {
    expect(redactSecrets('token abc in text', { TWILIO_AUTH_TOKEN: 'abc' })).toBe('token abc in text');
  });

  it('also redacts the percent-decoded password of a URL secret', () => {
    const text = redactSecrets('password p@ss:word!1 rejected', { REDIS_URL: 'redis://:p%40ss%3Aword!1@cache:6379' });
    expect(text).toBe('password [redacted] rejected');
  });
});
