// Values global-setup.ts hands to test files through vitest's inject().
declare module 'vitest' {
  export interface ProvidedContext {
    /** A URL to a database on the test server as a user that may create databases. */
    ordoPgAdminUrl: string;
    /** The migrated database test databases are copied from. */
    ordoPgTemplate: string;
    /** Prefix of every database this run creates, so teardown can sweep leftovers. */
    ordoTestDatabasePrefix: string;
    ordoRedisUrl: string | null;
  }
}

export {};
