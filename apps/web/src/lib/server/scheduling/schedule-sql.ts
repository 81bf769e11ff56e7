import type { Tx } from '@ordo/supabase-client';

/** Tasks that still take time: not done, cancelled or deleted. */
export const openTask = (tx: Tx) => tx`t.deleted_at is null and t.status in ('todo', 'in_progress')`;

/** When a task scheduled without blocks ends: its start plus its duration, or the default length. */
export const taskEnd = (tx: Tx, defaultMinutes: number) =>
  tx`t.start_at + make_interval(mins => coalesce(t.duration_minutes, ${defaultMinutes}::int))`;

/**
 * When a task's scheduled work ends, whether placed by blocks or by start_at alone (null when it is
 * not scheduled), for a query over `public.tasks t`.
 */
export const scheduleEnd = (tx: Tx, defaultMinutes: number) =>
  tx`coalesce((select max(b.end_at) from public.task_blocks b where b.task_id = t.id), ${taskEnd(tx, defaultMinutes)})`;
