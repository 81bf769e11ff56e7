export { durationText } from './duration-text.ts';
export { planSchedule } from './plan.ts';
export { rankingDate, rankTasks } from './ranking.ts';
export type { Interval } from './intervals.ts';
export { busyInterval } from './windows.ts';
