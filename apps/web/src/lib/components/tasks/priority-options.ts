import type { TaskPriority } from '@ordo/shared-types';

/** The choices of every priority picker, in order; '' is no priority. */
export const PRIORITY_OPTIONS: readonly { value: TaskPriority | ''; label: string }[] = [
  { value: '', label: 'None' },
  { value: 'low', label: 'Low' },
  { value: 'medium', label: 'Medium' },
  { value: 'high', label: 'High' },
];
