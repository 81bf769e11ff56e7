import type { Db } from '@ordo/supabase-client';
import type { GoogleConfig } from './google-clients.ts';
import type { TokenKeyring } from './token-keyring.ts';

/** What every Google-facing module needs: the database, the OAuth client config, the sealing keys. */
export interface GoogleDeps {
  db: Db;
  config: GoogleConfig;
  keyring: TokenKeyring;
}
