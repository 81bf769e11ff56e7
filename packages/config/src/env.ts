import { z } from 'zod';
import { DEFAULT_DATA_DIR, resolveDataDir } from './data-dir.ts';
import { ENCRYPTION_KEY_FORMAT, previousEncryptionKeys, tryDecodeEncryptionKey } from './encryption-key.ts';
import { isVapidPublicKey, VAPID_PRIVATE_KEY_FORMAT, VAPID_PUBLIC_KEY_FORMAT, vapidPublicKeyOf } from './vapid-keys.ts';

/** Fields whose values must never be echoed in errors or written to logs. */
const secretFields = z.registry<{ secret: true }>();

function secret<T extends z.ZodType>(schema: T): T {
  secretFields.add(schema, { secret: true });
  return schema;
}

const BOOLEANISH = 'expected one of true, false, 1, 0, yes, no';
const booleanish = () =>
  z.stringbool({ truthy: ['true', '1', 'yes'], falsy: ['false', '0', 'no'], error: BOOLEANISH });

function integer(min: number, max?: number) {
  const message =
    max === undefined ? `expected an integer >= ${min}` : `expected an integer between ${min} and ${max}`;
  return z
    .string()
    .regex(/^\d+$/, message)
    .transform(Number)
    .pipe(
      z
        .number()
        .min(min, message)
        .max(max ?? Number.MAX_SAFE_INTEGER, message),
    );
}
const port = () => integer(1, 65535);

// Not z.httpUrl(): it demands a public domain and would reject localhost and 127.0.0.1 (local Supabase).
const httpUrl = () => z.url({ protocol: /^https?$/, error: 'expected an http:// or https:// URL' });

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const NODE_ENVS = ['development', 'production', 'test'] as const;
const TRUSTED_PROXIES = ['none', 'header'] as const;
const LOG_FORMATS = ['pretty', 'json'] as const;

const envObject = z.object({
  NODE_ENV: z.enum(NODE_ENVS, { error: `expected one of ${NODE_ENVS.join(', ')}` }).default('development'),

  PUBLIC_SUPABASE_URL: httpUrl().optional(),
  PUBLIC_SUPABASE_ANON_KEY: z.string().optional(),
  PRIVATE_SUPABASE_SERVICE_KEY: secret(z.string().optional()),
  SUPABASE_JWT_SECRET: secret(z.string().min(32, 'must be at least 32 characters')),

  // The URL carries the database password, so it is treated as a secret.
  DATABASE_URL: secret(
    z.url({ protocol: /^postgres(ql)?$/, error: 'expected a postgres:// or postgresql:// URL' }).optional(),
  ),
  DATABASE_POOL_MAX: integer(1).default(10),
  DATABASE_PREPARE: booleanish().optional(),

  REDIS_URL: secret(z.url({ protocol: /^rediss?$/, error: 'expected a redis:// or rediss:// URL' }).optional()),

  OPENAI_API_KEY: secret(z.string().optional()),
  OPENAI_BASE_URL: httpUrl().optional(),
  ANTHROPIC_API_KEY: secret(z.string().optional()),
  ANTHROPIC_BASE_URL: httpUrl().optional(),
  // Model tiers by purpose; unset means the defaults in packages/ai-pipeline/src/models.ts.
  AI_MODEL_OPENAI_PLAN: z.string().optional(),
  AI_MODEL_OPENAI_WRITE: z.string().optional(),
  AI_MODEL_OPENAI_CHECK: z.string().optional(),
  AI_MODEL_ANTHROPIC_PLAN: z.string().optional(),
  AI_MODEL_ANTHROPIC_WRITE: z.string().optional(),
  AI_MODEL_ANTHROPIC_CHECK: z.string().optional(),
  AI_TIMEOUT_MS: integer(100, 3_600_000).default(120_000),
  AI_STALL_TIMEOUT_MS: integer(100, 600_000).default(30_000),
  AI_MAX_RETRIES: integer(0, 5).default(1),
  AI_RETRY_AFTER_MAX_SECONDS: integer(0, 600).default(30),
  AI_MONTHLY_TOKEN_BUDGET: integer(0).default(2_000_000),

  PUBLIC_GOOGLE_CLIENT_ID: z.string().optional(),
  GOOGLE_CLIENT_SECRET: secret(z.string().optional()),
  // Unset: Google's own endpoints. One origin standing in for all of them (OAuth and Calendar),
  // for loopback fakes in tests and benchmarks.
  GOOGLE_API_BASE_URL: httpUrl().optional(),
  // Calendars without a push channel (no https PUBLIC_APP_URL) are synced this often.
  GOOGLE_SYNC_POLL_MINUTES: integer(1, 60).default(10),

  ENABLE_STRIPE: booleanish().default(false),
  STRIPE_SECRET_KEY: secret(z.string().optional()),
  STRIPE_WEBHOOK_SECRET: secret(z.string().optional()),
  // The prices Checkout sells Pro at (price_...), one per billing interval.
  STRIPE_PRICE_PRO_MONTHLY: z.string().startsWith('price_', 'must start with "price_"').optional(),
  STRIPE_PRICE_PRO_YEARLY: z.string().startsWith('price_', 'must start with "price_"').optional(),
  // Unset: Stripe's own API. One http(s) origin standing in for every Stripe host (the SDK's
  // host, port and protocol), for loopback fakes in tests and local development only.
  STRIPE_API_BASE_URL: httpUrl().optional(),

  EMAIL_HOST: z.string().optional(),
  EMAIL_PORT: port().default(587),
  EMAIL_USER: z.string().optional(),
  EMAIL_PASS: secret(z.string().optional()),
  EMAIL_FROM: z.string().default('Ordo <ordo@localhost>'),
  // Unset: required whenever EMAIL_HOST is set and EMAIL_PORT is not 25 (see the transform below).
  EMAIL_REQUIRE_TLS: booleanish().optional(),

  TWILIO_ACCOUNT_SID: z.string().startsWith('AC', 'must start with "AC"').optional(),
  TWILIO_AUTH_TOKEN: secret(z.string().optional()),
  TWILIO_FROM_NUMBER: z
    .string()
    .regex(/^\+[1-9]\d{1,14}$/, 'expected an E.164 phone number such as +15551234567')
    .optional(),
  // Unset: Twilio's own API. A Twilio-compatible base URL, for loopback fakes in tests.
  TWILIO_API_URL: httpUrl().optional(),
  // Text messages all workers together send per second (a shared token bucket in PostgreSQL).
  SMS_MAX_PER_SECOND: integer(1, 1000).default(1),

  // Web Push (VAPID). Outside production an unset pair is generated into the local secrets;
  // in production without them Web Push is off (WEB_PUSH_ENABLED below).
  VAPID_PUBLIC_KEY: z.string().refine(isVapidPublicKey, VAPID_PUBLIC_KEY_FORMAT).optional(),
  VAPID_PRIVATE_KEY: secret(
    z
      .string()
      .refine((key) => vapidPublicKeyOf(key) !== undefined, VAPID_PRIVATE_KEY_FORMAT)
      .optional(),
  ),
  // Unset: derived from EMAIL_FROM or PUBLIC_APP_URL (see defaultVapidSubject).
  VAPID_SUBJECT: z
    .string()
    .regex(/^(mailto:[^@\s]+@[^@\s]+|https:\/\/\S+)$/, 'expected a mailto: address or an https:// URL')
    .optional(),

  // Unset: the app answers on whatever address it is reached by (see PUBLIC_APP_URL_IS_SET below).
  PUBLIC_APP_URL: httpUrl().optional(),
  ENCRYPTION_KEY: secret(z.string().refine((key) => tryDecodeEncryptionKey(key) !== undefined, ENCRYPTION_KEY_FORMAT)),
  // Keys ENCRYPTION_KEY replaced, comma-separated: what they sealed still opens, and is resealed
  // with the current key when next written; the unsubscribe links they signed still work.
  ENCRYPTION_KEY_PREVIOUS: secret(
    z
      .string()
      .refine(
        (keys) => previousEncryptionKeys(keys).every((key) => tryDecodeEncryptionKey(key) !== undefined),
        `each comma-separated key ${ENCRYPTION_KEY_FORMAT}`,
      )
      .optional(),
  ),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `expected one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  // Unset: pretty when stdout is a terminal, JSON otherwise (see logFormat in logger.ts).
  LOG_FORMAT: z.enum(LOG_FORMATS, { error: `expected one of ${LOG_FORMATS.join(', ')}` }).optional(),

  PORT: port().default(3000),
  // Sign-in, sign-up and password-reset attempts are counted per window of this length.
  AUTH_RATE_LIMIT_WINDOW_SECONDS: integer(1, 86400).default(900),
  // Where client addresses come from; rate limits key on them. adapter-node reads ADDRESS_HEADER
  // and XFF_DEPTH itself; they are listed here so a wrong value fails at start-up.
  TRUSTED_PROXY: z.enum(TRUSTED_PROXIES, { error: `expected one of ${TRUSTED_PROXIES.join(', ')}` }).optional(),
  ADDRESS_HEADER: z.string().optional(),
  XFF_DEPTH: integer(1, 100).optional(),
  HOST: z.string().default('0.0.0.0'),
  WORKER_PORT: port().default(3001),
  WORKER_CONCURRENCY: integer(1).default(5),
  WORKER_METRICS_TOKEN: secret(z.string().optional()),
  WORKER_MIGRATE_ON_BOOT: booleanish().default(false),
  // Queue timings: a job's lease, how often idle workers poll (LISTEN/NOTIFY wakes them sooner),
  // how long running jobs may finish on SIGTERM, how often expired leases are rescued.
  WORKER_LEASE_SECONDS: integer(2, 3600).default(30),
  WORKER_POLL_INTERVAL_MS: integer(10, 60000).default(1000),
  WORKER_PREFETCH: integer(0, 10000).default(0),
  WORKER_SHUTDOWN_GRACE_SECONDS: integer(0, 600).default(20),
  WORKER_RESCUE_INTERVAL_SECONDS: integer(1, 10).default(5),
  QUEUE_RETAIN_COMPLETED_DAYS: integer(1).default(7),
  QUEUE_RETAIN_FAILED_DAYS: integer(1).default(30),
  QUEUE_ALERT_THRESHOLD: integer(1).default(10),
  QUEUE_ALERT_WINDOW_SECONDS: integer(60).default(900),

  ORDO_EMBEDDED_PG_PORT: port().default(54329),
  // Set by `pnpm start` for the services it launches, so they stop when it is gone.
  ORDO_PARENT_PID: integer(1).optional(),

  ORDO_DATA_DIR: z
    .string()
    .default(DEFAULT_DATA_DIR)
    .transform((dir) => resolveDataDir(dir)),
  APP_VERSION: z.string().optional(),
});

export type EnvKey = keyof typeof envObject.shape;

export const ENV_KEYS: readonly EnvKey[] = Object.keys(envObject.shape) as EnvKey[];

export const SECRET_KEYS: readonly EnvKey[] = ENV_KEYS.filter((key) => secretFields.has(envObject.shape[key]));

type VapidPair = { VAPID_PUBLIC_KEY?: unknown; VAPID_PRIVATE_KEY?: unknown };

/** Both VAPID keys or neither, and the public key the one of the private key. */
function checkVapidPair(env: VapidPair, ctx: z.RefinementCtx): void {
  const { VAPID_PUBLIC_KEY: publicKey, VAPID_PRIVATE_KEY: privateKey } = env;
  if (publicKey === undefined && privateKey !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['VAPID_PUBLIC_KEY'], message: 'is required when VAPID_PRIVATE_KEY is set' });
  } else if (privateKey === undefined && publicKey !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['VAPID_PRIVATE_KEY'], message: 'is required when VAPID_PUBLIC_KEY is set' });
  } else if (typeof publicKey === 'string' && typeof privateKey === 'string') {
    const expected = vapidPublicKeyOf(privateKey);
    if (expected !== undefined && isVapidPublicKey(publicKey) && expected !== publicKey) {
      ctx.addIssue({ code: 'custom', path: ['VAPID_PUBLIC_KEY'], message: 'is not the public key of VAPID_PRIVATE_KEY' });
    }
  }
}

/** The server secrets every process must share; validates what `ensureLocalSecrets` generates. */
export const localSecretsSchema = envObject
  .pick({ SUPABASE_JWT_SECRET: true, ENCRYPTION_KEY: true, VAPID_PUBLIC_KEY: true, VAPID_PRIVATE_KEY: true })
  .required()
  .superRefine(checkVapidPair);

/** The part of the local secrets that files written before Web Push existed hold. */
export const legacyLocalSecretsSchema = envObject.pick({ SUPABASE_JWT_SECRET: true, ENCRYPTION_KEY: true });

/**
 * Push services want a contact: an operator's mail address, else the app's public https address,
 * else whatever EMAIL_FROM says (a local install, where no push service will ever complain).
 */
export function defaultVapidSubject(emailFrom: string, publicAppUrl: string | undefined): string {
  const address = (/<([^<>]+)>/.exec(emailFrom)?.[1] ?? emailFrom).trim();
  const domain = address.slice(address.lastIndexOf('@') + 1).toLowerCase();
  const local = domain === 'localhost' || domain.endsWith('.localhost') || domain.endsWith('.local') || !domain.includes('.');
  if (!local || !publicAppUrl?.startsWith('https://')) return `mailto:${address}`;
  return new URL(publicAppUrl).origin;
}

/** People leave `FOO=` in .env files; a blank value means "not set". */
export function withoutBlanks(source: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(source).filter(([, value]) => !(typeof value === 'string' && value.trim() === '')),
  );
}

/** Supabase's transaction pooler (port 6543, or pgbouncer=true) cannot run prepared statements. */
function usesTransactionPooler(databaseUrl: string | undefined): boolean {
  if (databaseUrl === undefined) return false;
  const url = new URL(databaseUrl);
  return url.port === '6543' || url.searchParams.get('pgbouncer') === 'true';
}

export const envSchema = z.preprocess(
  (input) => (typeof input === 'object' && input !== null ? withoutBlanks(input as Record<string, unknown>) : input),
  envObject
    .superRefine(
      (env, ctx) => {
        // Strict comparison: an invalid ENABLE_STRIPE still holds its raw string here.
        if (env.TWILIO_ACCOUNT_SID !== undefined) {
          for (const key of ['TWILIO_AUTH_TOKEN', 'TWILIO_FROM_NUMBER'] as const) {
            if (env[key] === undefined) {
              ctx.addIssue({ code: 'custom', path: [key], message: 'is required when TWILIO_ACCOUNT_SID is set' });
            }
          }
        }
        if ((env.PUBLIC_GOOGLE_CLIENT_ID === undefined) !== (env.GOOGLE_CLIENT_SECRET === undefined)) {
          const missing = env.PUBLIC_GOOGLE_CLIENT_ID === undefined ? 'PUBLIC_GOOGLE_CLIENT_ID' : 'GOOGLE_CLIENT_SECRET';
          const other = missing === 'PUBLIC_GOOGLE_CLIENT_ID' ? 'GOOGLE_CLIENT_SECRET' : 'PUBLIC_GOOGLE_CLIENT_ID';
          ctx.addIssue({ code: 'custom', path: [missing], message: `is required when ${other} is set` });
        }
        if (env.ENABLE_STRIPE !== true) return;
        for (const key of ['STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET', 'STRIPE_PRICE_PRO_MONTHLY', 'STRIPE_PRICE_PRO_YEARLY'] as const) {
          if (env[key] === undefined) {
            ctx.addIssue({ code: 'custom', path: [key], message: 'is required when ENABLE_STRIPE is true' });
          }
        }
      },
      // Run even when other variables failed, so one error lists every problem.
      { when: () => true },
    )
    .superRefine(checkVapidPair, { when: () => true })
    .transform((env) => ({
      ...env,
      DATABASE_PREPARE: env.DATABASE_PREPARE ?? !usesTransactionPooler(env.DATABASE_URL),
      // Port 25 is server-to-server relay, where STARTTLS is often missing; submission ports must encrypt.
      EMAIL_REQUIRE_TLS: env.EMAIL_REQUIRE_TLS ?? (env.EMAIL_HOST !== undefined && env.EMAIL_PORT !== 25),
      // Links built without a request (logs, start-up output) fall back to this local address.
      PUBLIC_APP_URL: env.PUBLIC_APP_URL ?? `http://localhost:${env.PORT}`,
      /**
       * Whether the operator chose the public address. Only then are form posts from other
       * addresses refused, absolute links always built from it, and its scheme trusted (https).
       */
      PUBLIC_APP_URL_IS_SET: env.PUBLIC_APP_URL !== undefined,
      VAPID_SUBJECT: env.VAPID_SUBJECT ?? defaultVapidSubject(env.EMAIL_FROM, env.PUBLIC_APP_URL),
      /** Web Push needs both VAPID keys; without them (production only) it is off. */
      WEB_PUSH_ENABLED: env.VAPID_PUBLIC_KEY !== undefined && env.VAPID_PRIVATE_KEY !== undefined,
      /** Google sign-in and Calendar need the OAuth client; without it nothing about Google shows. */
      GOOGLE_ENABLED: env.PUBLIC_GOOGLE_CLIENT_ID !== undefined && env.GOOGLE_CLIENT_SECRET !== undefined,
    })),
);

export type Env = z.output<typeof envSchema>;
