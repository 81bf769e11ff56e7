import { parseArgs } from 'node:util';
import { z } from 'zod';
import { type NotificationDeliveryStats, notificationDeliveryStats } from '../notify/notification-delivery-stats.ts';
import { withOperatorDb } from './operator-db.ts';

const USAGE = 'Usage: pnpm ordo notify stats [--json] [--at <ISO instant, default now>]';
const WINDOW_MS = 24 * 3_600_000;
const COLUMNS = ['due', 'sent', 'delivered', 'undelivered', 'skipped', 'failed', 'uncertain', 'pending'] as const;

const atSchema = z.iso.datetime({ offset: true, error: '--at: expected an ISO instant, like 2026-12-03T08:00:00Z' });

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ')).join('\n');
}

function human(stats: NotificationDeliveryStats): string {
  const header = `Notifications due ${stats.from.toISOString()} – ${stats.to.toISOString()}, per channel`;
  const rows = [['channel', ...COLUMNS], ...stats.channels.map((row) => [row.channel, ...COLUMNS.map((column) => String(row[column]))])];
  const alerts = stats.alerts.map(
    (alert) => `ALERT ${alert.created_at.toISOString()}: ${alert.failures} ${alert.job_type} failures in ${alert.window_seconds} s (threshold ${alert.threshold})`,
  );
  const uncertain = stats.channels.some((row) => row.uncertain > 0)
    ? ['Uncertain: the provider may have accepted these before a worker crashed or lost its answer; they are not resent. Check the deliveries table.']
    : [];
  return [header, '', table(rows), ...(alerts.length + uncertain.length > 0 ? ['', ...alerts, ...uncertain] : [])].join('\n');
}

/** `pnpm ordo notify stats`: what became of the last 24 hours' notifications (SMS, push, email). */
export async function notifyStatsCommand(args: string[]): Promise<number> {
  let values: { json?: boolean; at?: string };
  try {
    values = parseArgs({ args, options: { json: { type: 'boolean' }, at: { type: 'string' } } }).values;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const at = atSchema.safeParse(values.at ?? new Date().toISOString());
  if (!at.success) {
    process.stderr.write(`${at.error.issues[0]?.message}\n${USAGE}\n`);
    return 2;
  }
  const to = new Date(at.data);
  const stats = await withOperatorDb((db) => notificationDeliveryStats(db.sql, new Date(to.getTime() - WINDOW_MS), to));
  if (values.json) {
    const { from, channels, alerts } = stats;
    process.stdout.write(`${JSON.stringify({ from, to, channels, alerts })}\n`);
  } else {
    process.stdout.write(`${human(stats)}\n`);
  }
  return 0;
}
