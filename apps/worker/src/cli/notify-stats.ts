import { type NotificationDeliveryStats, notificationDeliveryStats } from '../notify/notification-delivery-stats.ts';
import { channelTable, parseStatsArgs, statsReport } from './delivery-stats-report.ts';
import { withOperatorDb } from './operator-db.ts';

const USAGE = 'Usage: pnpm ordo notify stats [--json] [--at <ISO instant, default now>]';
const WINDOW_MS = 24 * 3_600_000;
const COLUMNS = ['due', 'sent', 'delivered', 'undelivered', 'skipped', 'failed', 'uncertain', 'pending'] as const;

function human(stats: NotificationDeliveryStats): string {
  const header = `Notifications due ${stats.from.toISOString()} – ${stats.to.toISOString()}, per channel`;
  const uncertain = stats.channels.some((row) => row.uncertain > 0)
    ? 'Uncertain: the provider may have accepted these before a worker crashed or lost its answer; they are not resent. Check the deliveries table.'
    : null;
  return statsReport(header, channelTable(stats.channels, COLUMNS), stats.alerts, uncertain);
}

/** `pnpm ordo notify stats`: what became of the last 24 hours' notifications (SMS, push, email). */
export async function notifyStatsCommand(args: string[]): Promise<number> {
  const options = parseStatsArgs(args, USAGE);
  if (typeof options === 'number') return options;
  const { to } = options;
  const stats = await withOperatorDb((db) => notificationDeliveryStats(db.sql, new Date(to.getTime() - WINDOW_MS), to));
  if (options.json) {
    const { from, channels, alerts } = stats;
    process.stdout.write(`${JSON.stringify({ from, to, channels, alerts })}\n`);
  } else {
    process.stdout.write(`${human(stats)}\n`);
  }
  return 0;
}
