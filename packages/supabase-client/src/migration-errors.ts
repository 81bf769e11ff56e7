// A migration file could not be applied (or may not be); `file` names it.
export class MigrationError extends Error {
  readonly file: string;

  constructor(file: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'MigrationError';
    this.file = file;
  }
}

// An applied migration's file changed since it ran; editing history is refused,
// write a new migration instead.
export class MigrationChecksumError extends MigrationError {
  constructor(file: string) {
    super(
      file,
      `Migration ${file} was edited after it was applied (its sha256 no longer matches the record in supabase_migrations.schema_migrations). Restore it and put the change in a new migration.`,
    );
    this.name = 'MigrationChecksumError';
  }
}
