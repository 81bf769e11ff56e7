import { describe, expect, it } from 'vitest';
import { JobTimeouts } from './job-timeouts.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('JobTimeouts', () => {
  it('fires for a job still running after its time, and not for one cleared in time', async () => {
    const timeouts = new JobTimeouts();
    const fired: string[] = [];
    const slow = timeouts.start(30, () => fired.push('slow'));
    const quick = timeouts.start(30, () => fired.push('quick'));
    await sleep(5);
    timeouts.clear(quick);
    await sleep(60);
    expect(fired).toEqual(['slow']);
    timeouts.clear(slow);
  });

  it('fires for a job cleared within its own turn never, and counts the time from the start', async () => {
    const timeouts = new JobTimeouts();
    const fired: string[] = [];
    timeouts.clear(timeouts.start(10, () => fired.push('settled at once')));
    const started = performance.now();
    let firedAfter = Number.NaN;
    timeouts.start(40, () => {
      firedAfter = performance.now() - started;
    });
    await sleep(100);
    expect(fired).toEqual([]);
    expect(firedAfter).toBeGreaterThanOrEqual(39);
  });

  it('fires at most once, and not after being cleared late', async () => {
    const timeouts = new JobTimeouts();
    let fires = 0;
    const timeout = timeouts.start(5, () => fires++);
    await sleep(30);
    timeouts.clear(timeout);
    timeouts.clear(timeout);
    await sleep(10);
    expect(fires).toBe(1);
  });
});
