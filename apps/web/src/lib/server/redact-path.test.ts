import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { redactPath } from './redact-path.ts';

describe('redactPath', () => {
  it('hides the token of a reset, verification or unsubscribe link', () => {
    expect(redactPath('/reset-password/abc')).toBe('/reset-password/[redacted]');
    expect(redactPath('/unsubscribe/u1.brief-email.6f1c2a43-1d2e-4c4b-9a51-0c7d3e2b9f10.1804057200.sig')).toBe('/unsubscribe/[redacted]');
    expect(redactPath('/verify-email/short-token/confirm')).toBe('/verify-email/[redacted]/confirm');
  });

  it('hides token-shaped segments on any route', () => {
    const token = randomBytes(32).toString('base64url');
    expect(redactPath(`/invite/${token}`)).toBe('/invite/[redacted]');
  });

  it('hides a calendar feed’s token, extension and all', () => {
    expect(redactPath(`/calendar/feed/${randomBytes(32).toString('base64url')}.ics`)).toBe('/calendar/feed/[redacted]');
  });

  it('keeps ordinary paths and ids readable', () => {
    const id = randomUUID();
    expect(redactPath(`/projects/${id}/tasks`)).toBe(`/projects/${id}/tasks`);
    expect(redactPath('/reset-password')).toBe('/reset-password');
    expect(redactPath('/reset-password/')).toBe('/reset-password/');
    expect(redactPath('/api/brain-dumps')).toBe('/api/brain-dumps');
  });
});
