/**
 * The Node option the offline parser is measured with: V8 compiles each pattern on its first run,
 * nearly all of them when the parser is prepared at start (docs/performance.md, offline brain-dump
 * parser).
 */
export const PARSER_NODE_OPTION = '--no-regexp-tier-up';

/** What to tell the operator when the server was started without the option, or null. */
export function parserNodeOptionWarning(execArgv: readonly string[]): string | null {
  if (execArgv.includes(PARSER_NODE_OPTION)) return null;
  return `node was started without ${PARSER_NODE_OPTION}: offline drafts take about half as long again (docs/performance.md)`;
}
