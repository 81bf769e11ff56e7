/** Minutes as people read them in a plan: "45 min", "3.5 h", "1 h 20 min". */
export function durationText(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  if (minutes % 30 === 0) return `${minutes / 60} h`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
