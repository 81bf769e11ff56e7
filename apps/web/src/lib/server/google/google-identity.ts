import { z } from 'zod';

/** The claims of a verified Google ID token that Ordo uses. */
export const googleIdTokenClaimsSchema = z.object({
  sub: z.string().min(1).max(255),
  email: z.string().min(3).max(320).optional(),
  email_verified: z.boolean().optional(),
  name: z.string().optional(),
  nonce: z.string().optional(),
});

/** Who Google says the person is. */
export interface GoogleIdentity {
  subject: string;
  email: string | null;
  /** Google has verified that this account owns `email`. */
  emailVerified: boolean;
  name: string | null;
}

export function toGoogleIdentity(claims: z.infer<typeof googleIdTokenClaimsSchema>): GoogleIdentity {
  return {
    subject: claims.sub,
    email: claims.email ?? null,
    emailVerified: claims.email_verified === true,
    name: claims.name?.trim().slice(0, 200) || null,
  };
}
