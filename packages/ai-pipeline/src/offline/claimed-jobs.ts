import { startsWithVerb } from './verbs.ts';

/**
 * "Lena: someone needs to rotate the staging certs / Me: I'll take the certs, Tuesday": in a pasted
 * chat the reader takes on a job asked for a line or two before by naming its thing. "Take" means
 * taking the job on, not carrying the certs: the claim is read as the job, in the request's words.
 */
const READER_TAKES = /(\bMe:\s+(?:(?:ok(?:ay)?|sure|yep|yeah|fine)[,!.]?\s+)?I(?:['’]ll| will| can)\s+)take\s+(?:the\s+)?([\p{L}\d-]{3,})(?=(?:\s+(?:too|as well|then))?\s*(?:[,.;!]|$))/iu;
const WORD = /[\p{L}\d'’-]+|[^\s\p{L}\d'’-]+/gu;
const DETERMINER = /^(?:the|a|an|our|your|my|their|all|both)$/i;
/** Where the job's words stop: at the end of its clause, or at a condition ("when it breaks"); its day comes along. */
const JOB_END = /^(?:when|if|once|unless|[^\p{L}\d\s])/iu;
/** How far back the request may be: a chat's claim answers the last few lines. */
const LINES_BACK = 4;
/** Words between the job's verb and its thing: "rotate the staging certs". */
const WORDS_TO_THING = 5;

/** The request's job that ends with `thing`: "rotate the API keys for the billing service". */
function jobNaming(line: string, thing: string): string | null {
  const words = line.match(WORD) ?? [];
  const at = words.findIndex((word) => word.toLowerCase() === thing.toLowerCase());
  if (at < 0) return null;
  for (let start = at - 2; start >= Math.max(0, at - WORDS_TO_THING); start--) {
    const verb = words[start] ?? '';
    if (!DETERMINER.test(words[start + 1] ?? '') || verb.toLowerCase() === 'take' || !startsWithVerb(words.slice(start, at + 1).join(' '))) continue;
    let end = at + 1;
    while (end < words.length && !JOB_END.test(words[end] ?? '')) end++;
    return words.slice(start, end).join(' ');
  }
  return null;
}

/** The dump with each "Me: I'll take the certs" read as the job asked for before it, when a line before names it. */
export function withClaimsSpelledOut(dump: string): string {
  if (!dump.includes('take')) return dump;
  const lines = dump.split('\n');
  return lines
    .map((line, index) => {
      const claim = READER_TAKES.exec(line);
      const thing = claim?.[2];
      if (!claim || thing === undefined) return line;
      for (let back = index - 1; back >= Math.max(0, index - LINES_BACK); back--) {
        const job = jobNaming(lines[back] ?? '', thing);
        if (job !== null) return `${line.slice(0, claim.index)}${claim[1]}${job}${line.slice(claim.index + claim[0].length)}`;
      }
      return line;
    })
    .join('\n');
}
