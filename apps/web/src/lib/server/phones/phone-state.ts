import { PHONE_CODE_MAX_ATTEMPTS, type PhoneState } from '@ordo/shared-types';
import { describePhone } from '@ordo/shared-types/phone-number';
import type { Tx } from '@ordo/supabase-client';
import { codeAllowance } from './phone-code-limits.ts';

/** A user_phones row. */
export interface PhoneRow {
  phone_e164: string;
  verified_at: Date | null;
}

export interface CodeRow {
  id: string;
  code_hash: string;
  created_at: Date;
  expires_at: Date;
  attempts: number;
  expired: boolean;
}

/**
 * The latest code not yet used for the person's number. Only the latest counts: a resent code
 * replaces the one before. Writers hold the person's lock (lockCodeRequests), so no row lock.
 */
export async function latestCode(tx: Tx, userId: string, phone: string): Promise<CodeRow | null> {
  const [row] = await tx<CodeRow[]>`
    select id, code_hash, created_at, expires_at, attempts, expires_at <= now() as expired
    from public.phone_verifications
    where user_id = ${userId} and phone_e164 = ${phone} and verified_at is null
    order by created_at desc
    limit 1`;
  return row ?? null;
}

/**
 * The phone as the API and settings show it: verified or not, opted out or not, the code awaiting
 * entry and when another may be sent. Reads codes and opt-outs, which are the server's: call
 * with a service transaction.
 */
export async function phoneState(tx: Tx, userId: string, phone: PhoneRow): Promise<PhoneState> {
  const [optOuts, code, allowance] = await Promise.all([
    tx`select 1 from public.sms_opt_outs where phone_e164 = ${phone.phone_e164}`,
    phone.verified_at ? null : latestCode(tx, userId, phone.phone_e164),
    codeAllowance(tx, userId, phone.phone_e164),
  ]);
  return {
    number: phone.phone_e164,
    ...describePhone(phone.phone_e164),
    verified: phone.verified_at !== null,
    verified_at: phone.verified_at,
    opted_out: optOuts.length > 0,
    code: code && {
      status: code.attempts >= PHONE_CODE_MAX_ATTEMPTS ? 'locked' : code.expired ? 'expired' : 'pending',
      sent_at: code.created_at,
      expires_at: code.expires_at,
      attempts_left: Math.max(0, PHONE_CODE_MAX_ATTEMPTS - code.attempts),
    },
    next_code_at: allowance.nextAt,
  };
}
