import type { PhoneState } from '@ordo/shared-types';

/** The settings page's word after a number was entered or a code asked for. */
export function phoneSentMessage(phone: PhoneState): string {
  if (phone.verified) return `${phone.national} is verified already.`;
  if (phone.opted_out) return `Number saved, but ${phone.national} opted out of texts from Ordo: text START to our number, then ask for a code.`;
  return `Code sent to ${phone.national}.`;
}
