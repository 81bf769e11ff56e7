/**
 * Bad input that only the database can spot (e.g. a project id that is not the user's):
 * pages show it next to the field, the API answers 400 naming it.
 */
export class FieldError extends Error {
  readonly field: string;

  constructor(field: string, message: string) {
    super(`${field}: ${message}`);
    this.name = 'FieldError';
    this.field = field;
  }

  get fields(): Record<string, string> {
    return { [this.field]: this.message.slice(this.field.length + 2) };
  }
}
