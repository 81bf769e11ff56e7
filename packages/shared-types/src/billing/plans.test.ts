import { describe, expect, it } from 'vitest';
import { effectivePlan, usagePeriod } from './plans.ts';

const now = new Date('2026-12-10T12:00:00Z');
const later = new Date('2026-12-12T00:00:00Z');
const earlier = new Date('2026-12-01T00:00:00Z');

describe('effectivePlan', () => {
  it('gives pro during the trial and free after it when never subscribed', () => {
    expect(effectivePlan({ trial_ends_at: later, subscription_status: null, grace_ends_at: null }, now)).toMatchObject({
      plan: { id: 'pro' },
      reason: 'trial',
      until: later,
    });
    expect(effectivePlan({ trial_ends_at: earlier, subscription_status: null, grace_ends_at: null }, now)).toMatchObject({
      plan: { id: 'free' },
      reason: 'free',
    });
  });

  it('gives pro to an active subscription whatever the trial says', () => {
    expect(effectivePlan({ trial_ends_at: earlier, subscription_status: 'active', grace_ends_at: null }, now).reason).toBe('subscribed');
  });

  it('keeps pro through the grace period after a failed payment, then downgrades', () => {
    expect(effectivePlan({ trial_ends_at: earlier, subscription_status: 'past_due', grace_ends_at: later }, now)).toMatchObject({
      plan: { id: 'pro' },
      reason: 'grace',
    });
    expect(effectivePlan({ trial_ends_at: earlier, subscription_status: 'past_due', grace_ends_at: earlier }, now)).toMatchObject({
      plan: { id: 'free' },
      reason: 'downgraded',
    });
    expect(effectivePlan({ trial_ends_at: earlier, subscription_status: 'canceled', grace_ends_at: null }, now).reason).toBe('downgraded');
  });
});

describe('usagePeriod', () => {
  it('counts brain dumps per UTC day and the rest per UTC month', () => {
    expect(usagePeriod('brain_dumps', now)).toEqual({ start: new Date('2026-12-10T00:00:00Z'), resetsAt: new Date('2026-12-11T00:00:00Z') });
    expect(usagePeriod('sms', now)).toEqual({ start: new Date('2026-12-01T00:00:00Z'), resetsAt: new Date('2027-01-01T00:00:00Z') });
  });
});
