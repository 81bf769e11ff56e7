import { isSomeoneElse } from './remarks.ts';

/**
 * A job the writer says is not theirs, in a remark after it: "bin rota — Callum's job", "the van's
 * MOT, that's Dad's problem", "parish newsletter, not mine", "not my department", "that's for them, not me". The job is no
 * task of the reader's; "my job" or "our problem" keeps it, and so does a job named ("Sam's job
 * interview").
 */
const OWNED_ELSEWHERE =
  /(?:^|[,;:]\s*|\s[—–-]\s*)(?:(?:that['’]s|it['’]s|that\s+is|it\s+is)\s+)?(?:([\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)['’]s\s+(?:job|problem|department|responsibility|call|thing\s+to\s+do)|(?:for\s+(?:them|him|her)\s*[,;]?\s*)?not\s+(?:me|mine|my\s+(?:job|problem|department|responsibility|call))|someone\s+else['’]s\s+(?:job|problem))(?=\s*(?:[,.;:!?)—–-]|$))/iu;

/** True when the text gives the job before it to someone other than the writer. */
export function disownsJob(text: string): boolean {
  const owned = OWNED_ELSEWHERE.exec(text);
  if (!owned) return false;
  // "Hannah's job", "Dad's problem": someone else named; "not mine" needs no name.
  return owned[1] === undefined || isSomeoneElse(owned[1]);
}
