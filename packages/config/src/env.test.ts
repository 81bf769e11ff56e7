import { describe, expect, it } from 'vitest';
import { decodeEncryptionKey } from './encryption-key.ts';
import { envSchema, SECRET_KEYS } from './env.ts';
import { generateVapidKeys } from './vapid-keys.ts';

const HEX_KEY = 'ab'.repeat(32);
const BASE = { SUPABASE_JWT_SECRET: 'j'.repeat(32), ENCRYPTION_KEY: HEX_KEY };

const parse = (vars: Record<string, string>) => envSchema.parse({ ...BASE, ...vars });
const failure = (vars: Record<string, string>) => {
  const result = envSchema.safeParse({ ...BASE, ...vars });
  if (result.success) throw new Error('expected parsing to fail');
  return result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
};

describe('envSchema', () => {
  it('applies defaults', () => {
    const env = parse({});
    expect(env).toMatchObject({
      NODE_ENV: 'development',
      DATABASE_POOL_MAX: 10,
      DATABASE_PREPARE: true,
      ENABLE_STRIPE: false,
      EMAIL_PORT: 587,
      EMAIL_FROM: 'Ordo <ordo@localhost>',
      PUBLIC_APP_URL: 'http://localhost:3000',
      PUBLIC_APP_URL_IS_SET: false,
      LOG_LEVEL: 'info',
      PORT: 3000,
      HOST: '0.0.0.0',
      WORKER_PORT: 3001,
      WORKER_CONCURRENCY: 5,
    });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('tells a chosen PUBLIC_APP_URL from the local fallback, which follows PORT', () => {
    expect(parse({ PORT: '8080' })).toMatchObject({ PUBLIC_APP_URL: 'http://localhost:8080', PUBLIC_APP_URL_IS_SET: false });
    expect(parse({ PUBLIC_APP_URL: '' })).toMatchObject({ PUBLIC_APP_URL_IS_SET: false });
    expect(parse({ PUBLIC_APP_URL: 'https://ordo.example', PORT: '8080' })).toMatchObject({
      PUBLIC_APP_URL: 'https://ordo.example',
      PUBLIC_APP_URL_IS_SET: true,
    });
  });

  it('treats empty and whitespace-only values as unset', () => {
    const env = parse({ PORT: '', LOG_LEVEL: '  ', DATABASE_URL: '', OPENAI_API_KEY: '' });
    expect(env.PORT).toBe(3000);
    expect(env.LOG_LEVEL).toBe('info');
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.OPENAI_API_KEY).toBeUndefined();
  });

  it.each([
    ['true', true],
    ['1', true],
    ['yes', true],
    ['YES', true],
    ['false', false],
    ['0', false],
    ['no', false],
  ])('parses boolean-ish %j as %s', (raw, expected) => {
    const stripe = { STRIPE_SECRET_KEY: 'sk', STRIPE_WEBHOOK_SECRET: 'wh', STRIPE_PRICE_PRO_MONTHLY: 'price_m', STRIPE_PRICE_PRO_YEARLY: 'price_y' };
    expect(parse({ ENABLE_STRIPE: raw, ...stripe }).ENABLE_STRIPE).toBe(expected);
    expect(parse({ DATABASE_PREPARE: raw }).DATABASE_PREPARE).toBe(expected);
  });

  it('rejects an invalid boolean-ish value, naming the variable', () => {
    expect(failure({ DATABASE_PREPARE: 'maybe' })).toEqual([
      { path: 'DATABASE_PREPARE', message: 'expected one of true, false, 1, 0, yes, no' },
    ]);
  });

  it.each([
    ['postgres://u:p@db.example.com:5432/app', true],
    ['postgresql://u:p@pooler.supabase.com:6543/postgres', false],
    ['postgres://u:p@db.example.com:5432/app?pgbouncer=true', false],
  ])('infers DATABASE_PREPARE for %s', (url, expected) => {
    expect(parse({ DATABASE_URL: url }).DATABASE_PREPARE).toBe(expected);
  });

  it('lets an explicit DATABASE_PREPARE override the pooler inference', () => {
    const url = 'postgres://u:p@pooler.supabase.com:6543/postgres';
    expect(parse({ DATABASE_URL: url, DATABASE_PREPARE: 'true' }).DATABASE_PREPARE).toBe(true);
  });

  it('checks URL schemes per variable', () => {
    expect(failure({ DATABASE_URL: 'mysql://u:p@host/db', REDIS_URL: 'http://cache', PUBLIC_APP_URL: 'ftp://x' })).toEqual([
      { path: 'DATABASE_URL', message: 'expected a postgres:// or postgresql:// URL' },
      { path: 'REDIS_URL', message: 'expected a redis:// or rediss:// URL' },
      { path: 'PUBLIC_APP_URL', message: 'expected an http:// or https:// URL' },
    ]);
    expect(parse({ REDIS_URL: 'rediss://:pw@cache:6380' }).REDIS_URL).toBe('rediss://:pw@cache:6380');
    expect(parse({ PUBLIC_SUPABASE_URL: 'http://127.0.0.1:54321' }).PUBLIC_SUPABASE_URL).toBe('http://127.0.0.1:54321');
    expect(parse({ OPENAI_BASE_URL: 'http://localhost:11434/v1' }).OPENAI_BASE_URL).toBe('http://localhost:11434/v1');
  });

  it('checks integer ranges', () => {
    expect(failure({ PORT: '70000', WORKER_CONCURRENCY: '0', DATABASE_POOL_MAX: '2.5' })).toEqual([
      { path: 'DATABASE_POOL_MAX', message: 'expected an integer >= 1' },
      { path: 'PORT', message: 'expected an integer between 1 and 65535' },
      { path: 'WORKER_CONCURRENCY', message: 'expected an integer >= 1' },
    ]);
    expect(parse({ PORT: '8080', WORKER_CONCURRENCY: '12' })).toMatchObject({ PORT: 8080, WORKER_CONCURRENCY: 12 });
  });

  it('requires both Stripe keys and both Pro prices when Stripe is enabled', () => {
    expect(failure({ ENABLE_STRIPE: 'true' })).toEqual([
      { path: 'STRIPE_SECRET_KEY', message: 'is required when ENABLE_STRIPE is true' },
      { path: 'STRIPE_WEBHOOK_SECRET', message: 'is required when ENABLE_STRIPE is true' },
      { path: 'STRIPE_PRICE_PRO_MONTHLY', message: 'is required when ENABLE_STRIPE is true' },
      { path: 'STRIPE_PRICE_PRO_YEARLY', message: 'is required when ENABLE_STRIPE is true' },
    ]);
    expect(parse({ STRIPE_SECRET_KEY: 'sk_test_1' }).ENABLE_STRIPE).toBe(false);
    const enabled = parse({
      ENABLE_STRIPE: 'true',
      STRIPE_SECRET_KEY: 'sk_test_1',
      STRIPE_WEBHOOK_SECRET: 'whsec_1',
      STRIPE_PRICE_PRO_MONTHLY: 'price_month',
      STRIPE_PRICE_PRO_YEARLY: 'price_year',
    });
    expect(enabled).toMatchObject({ ENABLE_STRIPE: true, STRIPE_PRICE_PRO_MONTHLY: 'price_month', STRIPE_PRICE_PRO_YEARLY: 'price_year' });
  });

  it('checks the price ids and the loopback API origin', () => {
    expect(failure({ STRIPE_PRICE_PRO_MONTHLY: 'prod_1', STRIPE_API_BASE_URL: 'ftp://x' })).toEqual([
      { path: 'STRIPE_PRICE_PRO_MONTHLY', message: 'must start with "price_"' },
      { path: 'STRIPE_API_BASE_URL', message: 'expected an http:// or https:// URL' },
    ]);
    expect(parse({ STRIPE_API_BASE_URL: 'http://127.0.0.1:12111' }).STRIPE_API_BASE_URL).toBe('http://127.0.0.1:12111');
  });

  it('reports Stripe keys alongside unrelated problems', () => {
    expect(failure({ ENABLE_STRIPE: 'yes', PORT: 'abc' }).map((issue) => issue.path)).toEqual([
      'PORT',
      'STRIPE_SECRET_KEY',
      'STRIPE_WEBHOOK_SECRET',
      'STRIPE_PRICE_PRO_MONTHLY',
      'STRIPE_PRICE_PRO_YEARLY',
    ]);
  });

  it('validates Twilio identifiers', () => {
    expect(failure({ TWILIO_ACCOUNT_SID: 'XX123', TWILIO_AUTH_TOKEN: 'token', TWILIO_FROM_NUMBER: '555-1234' })).toEqual([
      { path: 'TWILIO_ACCOUNT_SID', message: 'must start with "AC"' },
      { path: 'TWILIO_FROM_NUMBER', message: 'expected an E.164 phone number such as +15551234567' },
    ]);
    expect(
      parse({ TWILIO_ACCOUNT_SID: 'AC0123', TWILIO_AUTH_TOKEN: 'token', TWILIO_FROM_NUMBER: '+15551234567' }).TWILIO_FROM_NUMBER,
    ).toBe('+15551234567');
  });

  it('wants the auth token and sender with a Twilio account, and takes a loopback API URL', () => {
    expect(failure({ TWILIO_ACCOUNT_SID: 'AC0123' })).toEqual([
      { path: 'TWILIO_AUTH_TOKEN', message: 'is required when TWILIO_ACCOUNT_SID is set' },
      { path: 'TWILIO_FROM_NUMBER', message: 'is required when TWILIO_ACCOUNT_SID is set' },
    ]);
    expect(parse({ TWILIO_API_URL: 'http://127.0.0.1:4010' }).TWILIO_API_URL).toBe('http://127.0.0.1:4010');
    expect(failure({ TWILIO_API_URL: 'ftp://x' })[0]?.path).toBe('TWILIO_API_URL');
  });

  it('limits SMS to 1 a second unless told otherwise', () => {
    expect(parse({}).SMS_MAX_PER_SECOND).toBe(1);
    expect(parse({ SMS_MAX_PER_SECOND: '25' }).SMS_MAX_PER_SECOND).toBe(25);
    expect(failure({ SMS_MAX_PER_SECOND: '0' })[0]?.path).toBe('SMS_MAX_PER_SECOND');
  });

  it('requires a JWT secret of at least 32 characters', () => {
    expect(failure({ SUPABASE_JWT_SECRET: 'short' })).toEqual([
      { path: 'SUPABASE_JWT_SECRET', message: 'must be at least 32 characters' },
    ]);
  });

  it('resolves ORDO_DATA_DIR to an absolute path', () => {
    expect(parse({ ORDO_DATA_DIR: '/srv/ordo' }).ORDO_DATA_DIR).toBe('/srv/ordo');
    expect(parse({}).ORDO_DATA_DIR).toMatch(/^\/.*\/\.data$/);
  });

  it('marks every credential-bearing variable as secret', () => {
    expect([...SECRET_KEYS].sort()).toEqual(
      [
        'ANTHROPIC_API_KEY',
        'DATABASE_URL',
        'EMAIL_PASS',
        'ENCRYPTION_KEY',
        'ENCRYPTION_KEY_PREVIOUS',
        'GOOGLE_CLIENT_SECRET',
        'OPENAI_API_KEY',
        'PRIVATE_SUPABASE_SERVICE_KEY',
        'REDIS_URL',
        'STRIPE_SECRET_KEY',
        'STRIPE_WEBHOOK_SECRET',
        'SUPABASE_JWT_SECRET',
        'TWILIO_AUTH_TOKEN',
        'VAPID_PRIVATE_KEY',
        'WORKER_METRICS_TOKEN',
      ].sort(),
    );
  });
});

describe('VAPID keys', () => {
  const pair = generateVapidKeys();

  it('accepts a generated pair and turns Web Push on', () => {
    const env = parse({ ...pair });
    expect(env).toMatchObject({ ...pair, WEB_PUSH_ENABLED: true });
  });

  it('leaves Web Push off without keys', () => {
    expect(parse({}).WEB_PUSH_ENABLED).toBe(false);
  });

  it('wants both keys or neither', () => {
    expect(failure({ VAPID_PUBLIC_KEY: pair.VAPID_PUBLIC_KEY })).toEqual([
      { path: 'VAPID_PRIVATE_KEY', message: 'is required when VAPID_PUBLIC_KEY is set' },
    ]);
    expect(failure({ VAPID_PRIVATE_KEY: pair.VAPID_PRIVATE_KEY })).toEqual([
      { path: 'VAPID_PUBLIC_KEY', message: 'is required when VAPID_PRIVATE_KEY is set' },
    ]);
  });

  it('rejects keys of another pair, and keys that are no P-256 keys', () => {
    const other = generateVapidKeys();
    expect(failure({ VAPID_PUBLIC_KEY: other.VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY: pair.VAPID_PRIVATE_KEY })).toEqual([
      { path: 'VAPID_PUBLIC_KEY', message: 'is not the public key of VAPID_PRIVATE_KEY' },
    ]);
    const offCurve = Buffer.from(pair.VAPID_PUBLIC_KEY, 'base64url');
    offCurve[40] = (offCurve[40] ?? 0) ^ 1;
    expect(
      failure({
        VAPID_PUBLIC_KEY: offCurve.toString('base64url'),
        VAPID_PRIVATE_KEY: Buffer.alloc(32, 0xff).toString('base64url'),
      }).map((issue) => issue.path),
    ).toEqual(['VAPID_PUBLIC_KEY', 'VAPID_PRIVATE_KEY']);
    expect(failure({ ...pair, VAPID_PUBLIC_KEY: `${pair.VAPID_PUBLIC_KEY}==` })[0]?.message).toMatch(/^must be a P-256 public key/);
  });

  it('takes a mailto: or https: subject, else derives one from EMAIL_FROM or PUBLIC_APP_URL', () => {
    expect(parse({ VAPID_SUBJECT: 'https://ordo.example' }).VAPID_SUBJECT).toBe('https://ordo.example');
    expect(failure({ VAPID_SUBJECT: 'ops@ordo.example' })).toEqual([
      { path: 'VAPID_SUBJECT', message: 'expected a mailto: address or an https:// URL' },
    ]);
    expect(parse({}).VAPID_SUBJECT).toBe('mailto:ordo@localhost');
    expect(parse({ EMAIL_FROM: 'Ordo <hello@ordo.example>' }).VAPID_SUBJECT).toBe('mailto:hello@ordo.example');
    expect(parse({ PUBLIC_APP_URL: 'https://app.ordo.example/base' }).VAPID_SUBJECT).toBe('https://app.ordo.example');
    expect(parse({ PUBLIC_APP_URL: 'https://app.ordo.example', EMAIL_FROM: 'ops@ordo.example' }).VAPID_SUBJECT).toBe(
      'mailto:ops@ordo.example',
    );
  });
});

describe('ENCRYPTION_KEY', () => {
  const bytes = Buffer.alloc(32, 7);

  it.each([
    ['hex', bytes.toString('hex')],
    ['base64', bytes.toString('base64')],
    ['base64url', bytes.toString('base64url')],
  ])('accepts 32 bytes as %s and decodes them', (_format, key) => {
    expect(parse({ ENCRYPTION_KEY: key }).ENCRYPTION_KEY).toBe(key);
    expect(decodeEncryptionKey(key).equals(bytes)).toBe(true);
  });

  it.each([
    ['31 bytes of hex', Buffer.alloc(31).toString('hex')],
    ['16 bytes of base64', Buffer.alloc(16).toString('base64')],
    ['a passphrase', 'correct horse battery staple'],
  ])('rejects %s without echoing the key', (_case, key) => {
    expect(failure({ ENCRYPTION_KEY: key })).toEqual([
      { path: 'ENCRYPTION_KEY', message: expect.stringContaining('must be 32 bytes') },
    ]);
    expect(() => decodeEncryptionKey(key)).toThrow(/^ENCRYPTION_KEY must be 32 bytes/);
    expect(() => decodeEncryptionKey(key)).not.toThrow(key);
  });
});

describe('Google and key rotation settings', () => {
  it('needs the Google client id and secret together, and turns Google on only with both', () => {
    const id = { PUBLIC_GOOGLE_CLIENT_ID: 'ordo.apps.googleusercontent.com' };
    const result = envSchema.safeParse({ ...BASE, ...id });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toContainEqual(
      expect.objectContaining({ path: ['GOOGLE_CLIENT_SECRET'], message: 'is required when PUBLIC_GOOGLE_CLIENT_ID is set' }),
    );
    expect(envSchema.parse(BASE).GOOGLE_ENABLED).toBe(false);
    expect(envSchema.parse({ ...BASE, ...id, GOOGLE_CLIENT_SECRET: 's3cret' }).GOOGLE_ENABLED).toBe(true);
  });

  it('refuses a previous encryption key that is not 32 bytes, naming the variable', () => {
    const result = envSchema.safeParse({ ...BASE, ENCRYPTION_KEY_PREVIOUS: `${'ab'.repeat(32)},short` });
    expect(result.error?.issues).toContainEqual(expect.objectContaining({ path: ['ENCRYPTION_KEY_PREVIOUS'] }));
    expect(envSchema.safeParse({ ...BASE, ENCRYPTION_KEY_PREVIOUS: `${'ab'.repeat(32)}, ${'cd'.repeat(32)}` }).success).toBe(true);
  });
});
