import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DraftThreadData } from '../draft-thread/run-draft-thread.ts';

// tsx's ESM API (its .mjs build: the package's `require` condition names the CommonJS one).
const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
const runner = new URL('../draft-thread/run-draft-thread.ts', import.meta.url).href;

/**
 * A drafting thread on the TypeScript source, for tests (a build runs its own built module). A
 * worker cannot load .ts itself on Node 20, so it imports the runner through tsx and calls it.
 */
export function spawnSourceDraftThread(workerData: DraftThreadData): Worker {
  const [api, module] = [JSON.stringify(tsxApi), JSON.stringify(runner)];
  const code = `import(${api}).then((tsx) => tsx.tsImport(${module}, ${module})).then((thread) => thread.runDraftThread());`;
  return new Worker(code, { eval: true, workerData });
}
