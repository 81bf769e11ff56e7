import { describe, expect, it } from 'vitest';
import { classifySdkError, retryAfterMs } from './provider-error.ts';

describe('retryAfterMs', () => {
  const now = Date.parse('2026-11-23T12:00:00Z');

  it('reads retry-after-ms, retry-after in seconds, and retry-after as an HTTP date', () => {
    expect(retryAfterMs(new Headers({ 'retry-after-ms': '250' }), now)).toBe(250);
    expect(retryAfterMs(new Headers({ 'retry-after': '1.5' }), now)).toBe(1500);
    expect(retryAfterMs(new Headers({ 'retry-after': 'Mon, 23 Nov 2026 12:00:30 GMT' }), now)).toBe(30_000);
  });

  it('is null when the header is absent or unreadable', () => {
    expect(retryAfterMs(new Headers(), now)).toBeNull();
    expect(retryAfterMs(undefined, now)).toBeNull();
    expect(retryAfterMs(new Headers({ 'retry-after': 'soon' }), now)).toBeNull();
  });
});

describe('classifySdkError', () => {
  const plain = { timeout: false, connection: false };

  it('treats 429, 5xx, 408 and 409 as worth another attempt, other 4xx as final', () => {
    const failure = (status: number) => classifySdkError('openai', { status, message: 'x' }, plain);
    expect(failure(429)).toMatchObject({ failure: 'rate_limit', retryable: true });
    expect(failure(503)).toMatchObject({ failure: 'server', retryable: true });
    expect(failure(408).retryable).toBe(true);
    expect(failure(409).retryable).toBe(true);
    expect(failure(400)).toMatchObject({ failure: 'request', retryable: false });
    expect(failure(401).retryable).toBe(false);
  });

  it('names timeouts and connection errors as such', () => {
    expect(classifySdkError('anthropic', { message: 'x' }, { timeout: true, connection: true }).failure).toBe('timeout');
    expect(classifySdkError('anthropic', { message: 'x' }, { timeout: false, connection: true }).failure).toBe(
      'connection',
    );
  });
});
