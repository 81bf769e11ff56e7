/** The name of the constraint a database error says was violated, or null for any other error. */
export function violatedConstraint(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const name = (error as { constraint_name?: unknown }).constraint_name;
  return typeof name === 'string' ? name : null;
}
