import { dayAlone } from './dates.ts';

/**
 * "clear out the spare room before she gets here" after "my sister is coming on Thursday", "send
 * Giulia the notes before I'm back" after "I'm back on Wednesday", "get the sockets in before we
 * bring the machines" after "we carry the machines over on Saturday": a task put before someone
 * comes, goes or is back, with no day of its own, is due the day before the day the paragraph
 * stated last. Only comings and goings: "before I forget", "before it rains", "before they sell
 * out" name no day said elsewhere.
 */
const BEFORE_ARRIVAL =
  /\bbefore\s+(?:i|we|she|he|they)(?:\s+(?:get|gets|got)\s+(?:here|there|back|home|in)|\s+(?:arrive|arrives|leave|leaves|go|goes|fly|flies|fly out|set off|head off|move in|move out|bring\s+[\p{L}'’ -]{1,30}?)|\s+(?:come|comes)(?:\s+(?:back|home|over|down|up))?|['’](?:m|re|s)\s+back|\s+(?:am|are|is)\s+back)[\s.!]*$/iu;

/** Whether a task ends by putting itself before someone comes or goes ("… before we go"). */
export function endsBeforeArrival(task: string): boolean {
  return BEFORE_ARRIVAL.test(task);
}

/** The task with its coming or going put as the day: "… before she arrives" → "… before the 8th". */
export function beforeArrivalOn(task: string, day: string): string {
  const arrival = BEFORE_ARRIVAL.exec(task);
  return arrival ? `${task.slice(0, arrival.index)}before ${dayAlone(day)}` : task;
}

/** Words of coming, going or being back: "I'm back on Wednesday", "Mum arrives Friday". */
const COMING_OR_GOING = /\b(?:back|arrives?|arriving|comes|coming|leaves?|leaving|flies|flying)\b/i;

/** Whether a clause says someone comes, goes or is back: only such a clause is read for the day a later "before I'm back" means. */
export function saysComingOrGoing(clause: string): boolean {
  return COMING_OR_GOING.test(clause);
}
