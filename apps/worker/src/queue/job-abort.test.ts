import { describe, expect, it } from 'vitest';
import { JobAbort } from './job-abort.ts';

describe('JobAbort', () => {
  it('gives a signal that aborts with the reason', () => {
    const abort = new JobAbort();
    const signal = abort.signal;
    expect(signal.aborted).toBe(false);
    const reason = new Error('timeout');
    abort.abort(reason);
    expect(signal.aborted).toBe(true);
    expect(signal.reason).toBe(reason);
    expect(abort.signal).toBe(signal);
  });

  it('gives an already aborted signal when asked after the abort', () => {
    const abort = new JobAbort();
    const reason = new Error('shutdown');
    abort.abort(reason);
    expect(abort.aborted).toBe(true);
    expect(abort.signal.aborted).toBe(true);
    expect(abort.signal.reason).toBe(reason);
  });

  it('keeps the first reason', () => {
    const abort = new JobAbort();
    const first = new Error('cancelled');
    abort.abort(first);
    abort.abort(new Error('lease lost'));
    expect(abort.reason).toBe(first);
    expect(abort.signal.reason).toBe(first);
  });

  it('calls the abort callback once, at once when already aborted, and not after removal', () => {
    const abort = new JobAbort();
    let calls = 0;
    abort.onAbort(() => calls++);
    abort.abort('a');
    abort.abort('b');
    expect(calls).toBe(1);
    abort.onAbort(() => calls++);
    expect(calls).toBe(2);

    const other = new JobAbort();
    let otherCalls = 0;
    other.onAbort(() => otherCalls++);
    other.onAbort(null);
    other.abort('c');
    expect(otherCalls).toBe(0);
  });
});
