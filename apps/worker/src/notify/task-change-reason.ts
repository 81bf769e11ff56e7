import type { TaskChange } from './notification-facts.ts';

/** Why a notification about a task no longer applies (a moved task has a new one of its own, if any). */
export function taskChangeReason(change: TaskChange, movedTo: Date | null): string {
  switch (change) {
    case 'deleted':
      return 'the task was deleted';
    case 'done':
      return 'the task was completed';
    case 'cancelled':
      return 'the task was cancelled (skipped)';
    case 'moved':
      return movedTo ? `the task moved: this now belongs to ${movedTo.toISOString()}` : 'the task moved: it no longer has a time for this';
  }
}
