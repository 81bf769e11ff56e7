import { z } from 'zod';
import { EMAIL_MAX, USER_NAME_MAX } from './limits.ts';
import { isTimeZone } from './time/zoned.ts';
import { workingHoursSchema } from './user.ts';

export const PASSWORD_MIN = 10;
// argon2 hashes any length, but an unbounded password is a cheap way to burn CPU.
export const PASSWORD_MAX = 256;
export const ACCESS_TOKEN_NAME_MAX = 100;

export const emailSchema = z
  .string()
  .trim()
  .max(EMAIL_MAX)
  .regex(/^[^@\s]+@[^@\s]+$/, 'Enter an email address, like name@example.com');
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters`);

export const signUpInputSchema = z.strictObject({
  email: emailSchema,
  password: passwordSchema,
  name: z.string().trim().min(1).max(USER_NAME_MAX).optional(),
});
export type SignUpInput = z.infer<typeof signUpInputSchema>;

// No length rules on sign-in: a wrong password is just wrong, whatever its shape.
export const signInInputSchema = z.strictObject({
  email: z.string().trim().min(1).max(EMAIL_MAX),
  password: z.string().min(1).max(PASSWORD_MAX),
});
export type SignInInput = z.infer<typeof signInInputSchema>;

export const verificationResendInputSchema = z.strictObject({ email: signInInputSchema.shape.email });

/** Sign-up's answer when the address must be verified: the same for a new address and a taken one. */
export const verificationSentSchema = z.object({
  status: z.literal('verification_sent'),
  message: z.string(),
  /** Where the mail is on the server when it sends no mail (no SMTP configured). */
  outbox: z.string().optional(),
});
export type VerificationSent = z.infer<typeof verificationSentSchema>;

export const onboardingInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(USER_NAME_MAX),
  timezone: z
    .string()
    .min(1, { error: 'Choose a time zone', abort: true })
    .max(100)
    .refine(isTimeZone, 'Choose a time zone from the list')
    .meta({ examples: ['Europe/Berlin'] }),
  working_hours: workingHoursSchema,
});
export type OnboardingInput = z.infer<typeof onboardingInputSchema>;

/** read: safe (GET, HEAD) API calls only; read_write: every API call a signed-in user can make. */
export const accessTokenScopeSchema = z.enum(['read', 'read_write'], 'Choose read only (read) or read and write (read_write)');
export type AccessTokenScope = z.infer<typeof accessTokenScopeSchema>;

export const accessTokenInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(ACCESS_TOKEN_NAME_MAX),
  scope: accessTokenScopeSchema,
});
