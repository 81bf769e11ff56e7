import { createLogger, type Logger } from '@ordo/config';
import { config } from './config.ts';

let logger: Logger | undefined;

export function log(): Logger {
  logger ??= createLogger(config(), 'web');
  return logger;
}
