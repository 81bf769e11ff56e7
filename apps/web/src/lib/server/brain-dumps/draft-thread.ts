import { Worker } from 'node:worker_threads';
import { DraftThread, databaseLedger } from '@ordo/ai-pipeline';
import { dev } from '$app/environment';
import { config } from '../config.ts';
import { database } from '../db.ts';
import { log } from '../logger.ts';
import { monthlyTokenBudget } from '../usage-limits/plan-limits.ts';

let thread: Promise<DraftThread | null> | undefined;

async function startDraftThread(): Promise<DraftThread | null> {
  // Under `vite dev` the module is TypeScript source, which a worker thread cannot run.
  if (dev) return null;
  const { draftThreadModule } = await import('./draft-thread-main.ts');
  return new DraftThread({
    spawn: (workerData) => new Worker(draftThreadModule, { workerData }),
    env: config(),
    ledger: databaseLedger(database(), monthlyTokenBudget()),
    logger: log(),
  });
}

/**
 * The process's drafting thread, which reads the model streams so that this thread only sends
 * events; its worker starts with the first LLM draft. Null under `vite dev`, where drafts run in-process.
 */
export function draftThread(): Promise<DraftThread | null> {
  thread ??= startDraftThread();
  return thread;
}
