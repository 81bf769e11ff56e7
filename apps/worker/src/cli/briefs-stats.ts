import { parseArgs } from 'node:util';
import { z } from 'zod';
import { type BriefDeliveryStats, briefDeliveryStats } from '../delivery/brief-delivery-stats.ts';
import { withOperatorDb } from './operator-db.ts';

const USAGE = 'Usage: pnpm ordo briefs stats [--json] [--at <ISO instant, default now>]';
const WINDOW_MS = 24 * 3_600_000;
const COLUMNS = ['due', 'sent', 'late', 'skipped', 'failed', 'uncertain', 'pending'] as const;

const atSchema = z.iso.datetime({ offset: true, error: '--at: expected an ISO instant, like 2026-12-03T08:00:00Z' });

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ')).join('\n');
}

function human(stats: BriefDeliveryStats): string {
  const header = `Briefs due ${stats.from.toISOString()} – ${stats.to.toISOString()} (late: sent more than ${stats.lateAfterMinutes} min after the send time)`;
  const rows = [['channel', ...COLUMNS], ...stats.channels.map((row) => [row.channel, ...COLUMNS.map((column) => String(row[column]))])];
  const alerts = stats.alerts.map(
    (alert) => `ALERT ${alert.created_at.toISOString()}: ${alert.failures} ${alert.job_type} failures in ${alert.window_seconds} s (threshold ${alert.threshold})`,
  );
  const uncertain = stats.channels.some((row) => row.uncertain > 0)
    ? ['Uncertain: the mail server may have accepted these before a worker crashed; they are not resent. Check the deliveries table.']
    : [];
  return [header, '', table(rows), ...(alerts.length + uncertain.length > 0 ? ['', ...alerts, ...uncertain] : [])].join('\n');
}

/** `pnpm ordo briefs stats`: what became of the last 24 hours' briefs, per channel. */
export async function briefsStatsCommand(args: string[]): Promise<number> {
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
  const stats = await withOperatorDb((db) => briefDeliveryStats(db.sql, new Date(to.getTime() - WINDOW_MS), to));
  if (values.json) {
    const { from, lateAfterMinutes, channels, alerts } = stats;
    process.stdout.write(`${JSON.stringify({ from, to, late_after_minutes: lateAfterMinutes, channels, alerts })}\n`);
  } else {
    process.stdout.write(`${human(stats)}\n`);
  }
  return 0;
}
