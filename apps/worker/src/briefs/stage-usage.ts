import type { StageReport } from '@ordo/ai-pipeline';

/** A brief's tokens, cost and model calls over all its stages, as daily_briefs.usage stores them. */
export function totalUsage(reports: readonly StageReport[]) {
  return reports.reduce(
    (sum, report) => ({
      input_tokens: sum.input_tokens + report.input_tokens,
      output_tokens: sum.output_tokens + report.output_tokens,
      cost_usd: sum.cost_usd + report.cost_usd,
      calls: sum.calls + report.calls,
    }),
    { input_tokens: 0, output_tokens: 0, cost_usd: 0, calls: 0 },
  );
}
