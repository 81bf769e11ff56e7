/**
 * "Personal:", "PERSONAL", "privat:", "Perso :", "ME" over the writer's own errands: a group of its own only
 * beside another part of life ("Work:" … "Personal:", "Client: …" … "Admin: …"), as its
 * counterpart. After groups that are efforts, customers or the parts of a business ("Weinbar:",
 * "JENKINS F-150", "## Hiring", "Re the studio:"), it only gathers what is left over: no project.
 */
const PERSONAL = /^(?:personal|private|privat|me|myself|perso|persönlich|privé|privée|personnel|personale|privato|privado|pessoal|persoonlijk|prive)$/i;
/** Parts of a life that a personal group stands beside; a business's own parts ("Kitchen", "Ops") are none. */
const PART_OF_LIFE =
  /^(?:work|(?:day )?job|office|career|home|house|household|flat|apartment|family|kids|admin|paperwork|school|uni|university|college|studies|study|health|errands|chores|money|finances?)$/i;

interface Grouped {
  project: string | null;
}

/** The items with a personal group's name taken off where no other part of life is grouped beside it. */
export function withPersonalLeftLoose<T extends Grouped>(items: T[]): T[] {
  if (!items.some((item) => item.project !== null && PERSONAL.test(item.project))) return items;
  if (items.some((item) => item.project !== null && PART_OF_LIFE.test(item.project))) return items;
  return items.map((item) => (item.project !== null && PERSONAL.test(item.project) ? { ...item, project: null } : item));
}
