import { env as privateEnv } from '$env/dynamic/private';
import { env as publicEnv } from '$env/dynamic/public';
import { type Env, ensureLocalSecrets, loadConfig } from '@ordo/config';

let loaded: Env | undefined;

/** The validated configuration, read once per process. */
export function config(): Env {
  loaded ??= loadConfig({ ...privateEnv, ...publicEnv }, {
    require: ['DATABASE_URL'],
    localSecrets: ensureLocalSecrets,
    servesClients: true,
  });
  return loaded;
}
