import type { Tx } from '@ordo/supabase-client';

/** A stored event that stands for an Ordo task, as the sync just wrote it. */
export interface TaskEventRow {
  id: string;
  google_event_id: string;
  task_id: string;
  start_at: Date | null;
  end_at: Date | null;
  all_day: boolean;
  start_date: string | null;
  end_date: string | null;
  etag: string | null;
  google_updated_at: Date | null;
  status: 'confirmed' | 'tentative';
}

/** A task's event the sync removed (cancelled in Google, or gone from the window). */
export interface RemovedTaskEvent {
  google_event_id: string;
  task_id: string;
}

export interface TaskEventChanges {
  userId: string;
  calendarId: string;
  changed: TaskEventRow[];
  removed: RemovedTaskEvent[];
}

/**
 * Called by calendar.sync in its write transaction, after the events are stored, with the task
 * events that changed or went away: where inbound changes to Ordo's own events reach their tasks.
 * The task-events work gives it a body; until then inbound changes do not touch tasks.
 */
export async function reconcileTaskEvents(_tx: Tx, _changes: TaskEventChanges): Promise<void> {}
