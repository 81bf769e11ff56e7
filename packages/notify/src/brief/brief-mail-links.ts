import type { Env } from '@ordo/config';
import { unsubscribeKey } from './unsubscribe-token.ts';

/** What a brief email needs from the configuration to point back at the app and be unsubscribed from. */
export interface BriefMailLinks {
  /** Absolute links in the mail start here (PUBLIC_APP_URL's origin). */
  appOrigin: string;
  /** Signs the unsubscribe links (derived from ENCRYPTION_KEY). */
  unsubscribeKey: Buffer;
  /** The sender's address: the `mailto:` half of List-Unsubscribe. */
  senderAddress: string;
  /** The right-hand side of each brief's Message-ID. */
  messageIdHost: string;
}

type LinkEnv = Pick<Env, 'PUBLIC_APP_URL' | 'ENCRYPTION_KEY' | 'EMAIL_FROM'>;

/** `Ordo <ordo@example.com>` → `ordo@example.com`; a bare address stays as it is. */
export function addressOf(from: string): string {
  return (/<([^<>\s]+@[^<>\s]+)>\s*$/.exec(from)?.[1] ?? from).trim();
}

export function briefMailLinks(env: LinkEnv): BriefMailLinks {
  const app = new URL(env.PUBLIC_APP_URL);
  return {
    appOrigin: app.origin,
    unsubscribeKey: unsubscribeKey(env.ENCRYPTION_KEY),
    senderAddress: addressOf(env.EMAIL_FROM),
    messageIdHost: app.hostname,
  };
}
