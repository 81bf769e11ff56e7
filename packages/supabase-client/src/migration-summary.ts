/** One line for the log about a migrate() run, from the file names it applied (in order). */
export function migrationSummary(applied: readonly string[]): string {
  const first = applied[0];
  const last = applied.at(-1);
  if (!first || !last) return 'database schema up to date';
  const version = (fileName: string) => fileName.split('_')[0];
  if (applied.length === 1) return `applied 1 migration (${first})`;
  return `applied ${applied.length} migrations (${version(first)} → ${version(last)})`;
}
