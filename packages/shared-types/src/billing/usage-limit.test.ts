import { describe, expect, it } from 'vitest';
import { type UsageLimit, usageLimitMessage, usageLimitSchema } from './usage-limit.ts';

const brainDumps: UsageLimit = {
  metric: 'brain_dumps',
  used: 3,
  limit: 3,
  resets_at: '2026-12-11T00:00:00.000Z',
  plan: 'free',
  reason: 'free',
};

describe('usageLimitMessage', () => {
  it('names the usage, the limit, the plan and when more is allowed', () => {
    expect(usageLimitMessage(brainDumps)).toBe("You've used 3 of 3 brain dumps today on Free; more at 00:00 UTC, or upgrade to Pro");
  });

  it('says the Pro plan ended after a downgrade', () => {
    expect(usageLimitMessage({ ...brainDumps, used: 12, reason: 'downgraded' })).toBe(
      "Your Pro plan ended, so Free's limits apply: you've used 12 of 3 brain dumps today; more at 00:00 UTC, or upgrade to Pro again",
    );
  });

  it('gives the date of a monthly reset and offers no upgrade beyond Pro', () => {
    expect(
      usageLimitMessage({ metric: 'ai_tokens', used: 2_000_000, limit: 2_000_000, resets_at: '2027-01-01T00:00:00.000Z', plan: 'pro', reason: 'subscribed' }),
    ).toBe("You've used 2,000,000 of 2,000,000 AI tokens this month on Pro; more on 1 January 2027 (UTC)");
  });

  it('says what is not part of a plan at all', () => {
    const sms: UsageLimit = { metric: 'sms', used: 0, limit: 0, resets_at: '2027-01-01T00:00:00.000Z', plan: 'free', reason: 'free' };
    expect(usageLimitMessage(sms)).toBe('Text messages are not part of Free; upgrade to Pro for 300 text messages a month');
    expect(usageLimitMessage({ ...sms, reason: 'downgraded' })).toBe(
      'Your Pro plan ended, and text messages are not part of Free; upgrade to Pro again for 300 text messages a month',
    );
  });
});

describe('usageLimitSchema', () => {
  it('accepts the JSON the API sends and refuses an unknown metric', () => {
    expect(usageLimitSchema.parse(brainDumps)).toEqual(brainDumps);
    expect(usageLimitSchema.safeParse({ ...brainDumps, metric: 'projects' }).success).toBe(false);
  });
});
