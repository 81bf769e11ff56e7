/**
 * "Remind me when I get home to water the herbs": a reminder's condition said before its task. Put
 * after the task ("remind me to water the herbs when I get home"), the task reads as any reminder
 * does and the condition goes to its notes, as one said after it would.
 */
const CONDITION_FIRST = /\b(remind (?:me|us))\s+((?:when|once|after|as soon as|before|if|next time)\s+[^,.;:!?\n]{1,40}?)\s+to\s+([^,.;:!?\n]+)/gi;

/** The dump with each reminder's leading condition moved after its task; any other dump as it was. */
export function withReminderConditionsLast(dump: string): string {
  if (!/remind (?:me|us) /i.test(dump)) return dump;
  return dump.replace(CONDITION_FIRST, (_, remind: string, condition: string, task: string) => `${remind} to ${task.trimEnd()} ${condition}`);
}
