import { describe, expect, it } from 'vitest';
import { profilePatchSchema } from './profile-patch.ts';

describe('profilePatchSchema', () => {
  it('accepts any one field and validates it as the profile form does', () => {
    expect(profilePatchSchema.parse({ name: '  Ada ' })).toEqual({ name: 'Ada' });
    expect(profilePatchSchema.safeParse({ timezone: 'Asia/Kathmandu' }).success).toBe(true);
    const badZone = profilePatchSchema.safeParse({ timezone: 'Mars/Olympus' });
    expect(badZone.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['timezone', 'Choose a time zone from the list']]);
    const backwards = profilePatchSchema.safeParse({ working_hours: { start: '17:00', end: '09:00', days: [1] } });
    expect(backwards.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['working_hours.end']);
  });

  it('refuses an empty patch and unknown fields', () => {
    expect(profilePatchSchema.safeParse({}).error?.issues[0]?.message).toBe('Send at least one of name, timezone, working_hours');
    expect(profilePatchSchema.safeParse({ email: 'a@b.c' }).error?.issues[0]?.code).toBe('unrecognized_keys');
  });
});
