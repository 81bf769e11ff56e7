// A CPU profile of this process's main thread over one stretch of a benchmark (node:inspector),
// written as a .cpuprofile for cpu-profile-summary.ts or DevTools. Profiling slows the profiled
// code a little: figures from a profiled run are for finding where time goes, not for reporting.
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';

// Finer than V8's default 1 ms: a sync lasts well under a second.
const SAMPLE_INTERVAL_US = 200;

export interface MainThreadProfile {
  /** Stops profiling and writes `<name>.cpuprofile` into `dir`. */
  stop(dir: string, name: string): Promise<void>;
}

export async function profileMainThread(): Promise<MainThreadProfile> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: SAMPLE_INTERVAL_US });
  await session.post('Profiler.start');
  return {
    async stop(dir, name) {
      const { profile } = await session.post('Profiler.stop');
      session.disconnect();
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
    },
  };
}
