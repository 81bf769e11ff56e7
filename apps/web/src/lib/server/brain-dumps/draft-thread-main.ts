// The drafting thread's module. The main thread imports it only to learn its file; draft-thread.ts
// then starts a worker thread on that file, where it runs the thread. Imported dynamically, so the
// build keeps it (with what it imports) in a chunk of its own.
import { isDraftThread, runDraftThread } from '@ordo/ai-pipeline';

if (isDraftThread()) runDraftThread();

export const draftThreadModule = new URL(import.meta.url);
