import { type BriefDeliveryStats, briefDeliveryStats } from '../delivery/brief-delivery-stats.ts';
import { channelTable, parseStatsArgs, statsReport } from './delivery-stats-report.ts';
import { withOperatorDb } from './operator-db.ts';

const USAGE = 'Usage: pnpm ordo briefs stats [--json] [--at <ISO instant, default now>]';
const WINDOW_MS = 24 * 3_600_000;
const COLUMNS = ['due', 'sent', 'late', 'skipped', 'failed', 'uncertain', 'pending'] as const;

function human(stats: BriefDeliveryStats): string {
  const header = `Briefs due ${stats.from.toISOString()} – ${stats.to.toISOString()} (late: sent more than ${stats.lateAfterMinutes} min after the send time)`;
  const uncertain = stats.channels.some((row) => row.uncertain > 0)
    ? 'Uncertain: the mail server may have accepted these before a worker crashed; they are not resent. Check the deliveries table.'
    : null;
  return statsReport(header, channelTable(stats.channels, COLUMNS), stats.alerts, uncertain);
}

/** `pnpm ordo briefs stats`: what became of the last 24 hours' briefs, per channel. */
export async function briefsStatsCommand(args: string[]): Promise<number> {
  const options = parseStatsArgs(args, USAGE);
  if (typeof options === 'number') return options;
  const { to } = options;
  const stats = await withOperatorDb((db) => briefDeliveryStats(db.sql, new Date(to.getTime() - WINDOW_MS), to));
  if (options.json) {
    const { from, lateAfterMinutes, channels, alerts } = stats;
    process.stdout.write(`${JSON.stringify({ from, to, late_after_minutes: lateAfterMinutes, channels, alerts })}\n`);
  } else {
    process.stdout.write(`${human(stats)}\n`);
  }
  return 0;
}
