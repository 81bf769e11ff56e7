import { startsWithVerb } from './verbs.ts';

/**
 * A notice to residents, members or a family chat asks its reader through the group the reader is
 * in: "Residents must move their cars out of level -1", "Tenants are asked to clear the balconies",
 * "and everyone send me €20". Read as the reader would: the request, with the group's "their" the
 * reader's thing ("move the cars out of level -1").
 */

/** The groups a notice or a group message speaks to. */
const GROUP = String.raw`(?:all\s+)?(?:residents|tenants|owners|occupants|neighbours|neighbors|members|parents|families|guests|volunteers|players|everyone|everybody|all of you|y'?all)`;
/** "must", "should", "need to", "are asked to", "are reminded to", "please": how the group is asked. */
const ASKED = `(?:must|should|need to|have to|are (?:kindly )?(?:asked|requested|reminded|required|expected) to|please)`;
/** The group and how it is asked where a sentence or an "and" starts, then the rest of the sentence: the request. */
const GROUP_ASKED = new RegExp(String.raw`(^|[.!?;]\s+|\band\s+)${GROUP}(?:\s*,)?(?:\s+${ASKED})?\s+(\p{L}[^.!?;\n]*)`, 'gimu');
const THEIR = /\btheir\b/gi;
const BE = /^be\b/i;

/** The text with each request made of a group read as asked of the reader, its "their" the reader's; other text as it was. */
export function withGroupAsked(text: string): string {
  return text.replace(GROUP_ASKED, (whole: string, lead: string, request: string) => {
    // "Everyone loved the cake", "Residents must be aware": only a verb that asks something is a request.
    if (!startsWithVerb(request) || BE.test(request)) return whole;
    return `${lead}${request.replace(THEIR, 'the')}`;
  });
}

/** What is paid: "the condo fee for June", "maintenance charges for Q2", "the council tax". */
const PAYABLE = String.raw`(?:(?:the|your|my|our)\s+)?(?:[\p{L}\p{N}'’-]+\s+){0,3}?(?:fees?|charges?|rates|rent|bills?|dues|levy|premium|instal?lments?|tax|invoice|subscription)(?:\s+(?:for|of)\s+[\p{L}\p{N}]+(?:\s+[\p{L}\p{N}]+)?)?`;
/** "The condo fee for June is due on the 10th": a payment falling due, where a sentence or an "and" starts. */
const PAYMENT_DUE = new RegExp(String.raw`((?:^|[.!?;]\s+)(?:(?:and|also)\s+)?|\b(?:and|also)\s+)(${PAYABLE})\s+(?:is|are)\s+(?:now\s+|also\s+)?due\b`, 'gimu');

const LEADING_DETERMINER = /^(?:the|your|my|our)\b/i;

/** The text with each payment falling due read as the task of paying it ("pay the condo fee for June on the 10th"). */
export function withDuePaid(text: string): string {
  return text.replace(PAYMENT_DUE, (_whole: string, lead: string, payable: string) => `${lead}pay ${payable.replace(LEADING_DETERMINER, (word) => word.toLowerCase())}`);
}
