import { type EnvKey, SECRET_KEYS } from './env.ts';

export const REDACTED = '[redacted]';

/** A parsed Env or a raw source such as process.env; only the SECRET_KEYS entries are read. */
export type SecretSource = Partial<Record<EnvKey, unknown>>;

// Shorter values would redact ordinary words and numbers all over the logs.
const MIN_SECRET_LENGTH = 8;

/** The secret values set in `env`, plus passwords embedded in URL-valued secrets. Longest first. */
function secretValues(env: SecretSource): string[] {
  const values = new Set<string>();
  for (const key of SECRET_KEYS) {
    const value = env[key];
    if (typeof value !== 'string') continue;
    values.add(value);
    const password = URL.canParse(value) ? new URL(value).password : '';
    if (password) {
      // Drivers see (and may echo) the decoded form; the URL text holds the encoded one.
      values.add(password);
      values.add(decodePassword(password));
    }
  }
  // Longest first, so a URL is replaced whole before the password inside it.
  return [...values].filter((value) => value.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);
}

function decodePassword(password: string): string {
  try {
    return decodeURIComponent(password);
  } catch {
    return password;
  }
}

/** Replaces every secret value from `env` in free text, e.g. a fatal error's stack before printing it. */
export function redactSecrets(text: string, env: SecretSource): string {
  return replaceAll(text, secretValues(env));
}

/**
 * Scrubs one serialized pino line. Lines without a secret pass through untouched; a line with one
 * is parsed and every string (keys included) scrubbed, which keeps JSON escaping intact wherever
 * the secret sits (msg, err.stack, child bindings, interpolated objects).
 */
export function createLineScrubber(env: SecretSource): ((line: string) => string) | undefined {
  const values = secretValues(env);
  if (values.length === 0) return undefined;
  const escaped = values.map((value) => JSON.stringify(value).slice(1, -1));
  return (line) => {
    if (!escaped.some((value) => line.includes(value))) return line;
    return `${JSON.stringify(scrubJson(JSON.parse(line), values))}\n`;
  };
}

function scrubJson(value: unknown, secrets: string[]): unknown {
  if (typeof value === 'string') return replaceAll(value, secrets);
  if (Array.isArray(value)) return value.map((item) => scrubJson(item, secrets));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [replaceAll(key, secrets), scrubJson(item, secrets)]),
    );
  }
  return value;
}

function replaceAll(text: string, secrets: string[]): string {
  return secrets.reduce((result, secret) => result.replaceAll(secret, REDACTED), text);
}
