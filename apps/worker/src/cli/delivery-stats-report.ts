import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { OpenDeliveryAlert } from '../delivery/brief-delivery-stats.ts';

const atSchema = z.iso.datetime({ offset: true, error: '--at: expected an ISO instant, like 2026-12-03T08:00:00Z' });

/** The options of a `… stats` command: `--json` and `--at` (the window's end), or the exit code of a usage error. */
export function parseStatsArgs(args: string[], usage: string): { json: boolean; to: Date } | number {
  let values: { json?: boolean; at?: string };
  try {
    values = parseArgs({ args, options: { json: { type: 'boolean' }, at: { type: 'string' } } }).values;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${usage}\n`);
    return 2;
  }
  const at = atSchema.safeParse(values.at ?? new Date().toISOString());
  if (!at.success) {
    process.stderr.write(`${at.error.issues[0]?.message}\n${usage}\n`);
    return 2;
  }
  return { json: values.json ?? false, to: new Date(at.data) };
}

/** Counts per channel as an aligned table: the channel left, the numbers right. */
export function channelTable<C extends string>(channels: readonly ({ channel: string } & Record<C, number>)[], columns: readonly C[]): string {
  const rows = [['channel', ...columns], ...channels.map((row) => [row.channel, ...columns.map((column) => String(row[column]))])];
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ')).join('\n');
}

/** The report: header, table, then open alarms and, when any delivery is uncertain, what that means. */
export function statsReport(header: string, table: string, alerts: readonly OpenDeliveryAlert[], uncertainNote: string | null): string {
  const alertLines = alerts.map(
    (alert) => `ALERT ${alert.created_at.toISOString()}: ${alert.failures} ${alert.job_type} failures in ${alert.window_seconds} s (threshold ${alert.threshold})`,
  );
  const notes = [...alertLines, ...(uncertainNote ? [uncertainNote] : [])];
  return [header, '', table, ...(notes.length > 0 ? ['', ...notes] : [])].join('\n');
}
