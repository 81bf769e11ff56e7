import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { createLogger, type Env } from '@ordo/config';
import { serveDrafts } from './serve-drafts.ts';

/** What DraftThread gives the thread it starts: its role, and the parent's validated Env. */
export interface DraftThreadData {
  role: 'draft-thread';
  env: Env;
}

/** True in a worker thread that a DraftThread started. */
export function isDraftThread(): boolean {
  return !isMainThread && (workerData as Partial<DraftThreadData> | null)?.role === 'draft-thread';
}

/**
 * The drafting thread's main: call it from the module a DraftThread spawns. The configuration is
 * the parent's Env, already validated and cloned into workerData, so both threads run with the same settings.
 */
export function runDraftThread(): void {
  if (!parentPort || !isDraftThread()) throw new Error('runDraftThread runs only in a thread that DraftThread started');
  const { env } = workerData as DraftThreadData;
  serveDrafts(parentPort, env, createLogger(env, 'draft-thread'));
}
