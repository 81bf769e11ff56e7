import { z } from 'zod';
import { open, type Sealed, seal, type TokenKeyring } from './token-keyring.ts';

/** What Google's token endpoint gives us, as google-auth-library's `Credentials` carries it. */
export const googleTokensSchema = z.object({
  access_token: z.string().min(1).nullish(),
  refresh_token: z.string().min(1).nullish(),
  /** Milliseconds since the epoch. */
  expiry_date: z.number().nullish(),
  scope: z.string().nullish(),
  token_type: z.string().nullish(),
  id_token: z.string().nullish(),
});
export type GoogleTokens = z.infer<typeof googleTokensSchema>;

/**
 * Google omits `refresh_token` (and sometimes `scope`) when it refreshes: the new set is laid over
 * the old one, so the refresh token survives every refresh.
 */
export function mergeGoogleTokens(previous: GoogleTokens, next: GoogleTokens): GoogleTokens {
  const merged: GoogleTokens = { ...previous };
  for (const [key, value] of Object.entries(next) as [keyof GoogleTokens, GoogleTokens[keyof GoogleTokens]][]) {
    if (value !== undefined && value !== null) (merged as Record<string, unknown>)[key] = value;
  }
  // An id token proves a sign-in; it is not kept with a calendar connection.
  delete merged.id_token;
  return merged;
}

/** Seals a token set for one connection row; `userId` binds it to its owner. */
export function sealGoogleTokens(keyring: TokenKeyring, tokens: GoogleTokens, userId: string): Sealed {
  const { id_token: _ignored, ...kept } = tokens;
  return seal(keyring, JSON.stringify(kept), `google-tokens:${userId}`);
}

export function openGoogleTokens(keyring: TokenKeyring, sealed: string, userId: string): GoogleTokens {
  return googleTokensSchema.parse(JSON.parse(open(keyring, sealed, `google-tokens:${userId}`)));
}
