export { type ConfigProblem, ConfigError } from './config-error.ts';
export { decodeEncryptionKey } from './encryption-key.ts';
export { ENV_KEYS, type Env, type EnvKey, envSchema, SECRET_KEYS } from './env.ts';
export { ensureLocalSecrets, type LocalSecrets } from './local-secrets.ts';
export { type LoadConfigOptions, loadConfig } from './load.ts';
export { createLogger, type LogFormat, type Logger, type LoggerEnv, logFormat } from './logger.ts';
export { redactSecrets, type SecretSource } from './redact.ts';
export { whenParentExits } from './parent-watch.ts';
export { findWorkspaceRoot } from './data-dir.ts';
