import { type GoogleDeps, googleConfig, tokenKeyring } from '@ordo/google';
import { error } from '@sveltejs/kit';
import { config } from '../config.ts';
import { database } from '../db.ts';

let deps: GoogleDeps | null | undefined;

/** The process's Google dependencies; null when Google is not configured (then nothing about Google shows). */
export function googleDeps(): GoogleDeps | null {
  if (deps === undefined) {
    const env = config();
    const google = googleConfig(env);
    deps = google ? { db: database(), config: google, keyring: tokenKeyring(env) } : null;
  }
  return deps;
}

export function googleEnabled(): boolean {
  return config().GOOGLE_ENABLED;
}

/** For Google's routes and actions: the dependencies, or a 404 as if the route did not exist. */
export function requireGoogle(): GoogleDeps {
  const found = googleDeps();
  if (!found) error(404, 'Not Found');
  return found;
}
