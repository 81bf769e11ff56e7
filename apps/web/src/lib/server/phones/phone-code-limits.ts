import { PHONE_CODE_RESEND_SECONDS, PHONE_CODES_PER_HOUR } from '@ordo/shared-types';
import type { Tx } from '@ordo/supabase-client';

export interface CodeAllowance {
  /** When the next code may go to this number for this person (now when it may go at once). */
  nextAt: Date;
  /** Whole seconds until then; 0 when allowed now. */
  retryAfterSeconds: number;
}

/**
 * When `userId` may next be sent a code to `phone`: 60 s after their last code to that number,
 * and once fewer than 5 codes went out in the past hour, counted per person (any number) and per
 * number (anyone's). Counted from phone_verifications rows, on the database's clock.
 */
export async function codeAllowance(tx: Tx, userId: string, phone: string): Promise<CodeAllowance> {
  const [row] = await tx<{ now: Date; next_at: Date }[]>`
    with per_person as (
      select created_at from public.phone_verifications
      where user_id = ${userId} and created_at > now() - interval '1 hour'
      order by created_at desc limit ${PHONE_CODES_PER_HOUR}
    ), per_number as (
      select created_at from public.phone_verifications
      where phone_e164 = ${phone} and created_at > now() - interval '1 hour'
      order by created_at desc limit ${PHONE_CODES_PER_HOUR}
    )
    select now() as now, greatest(
      now(),
      (select max(created_at) + make_interval(secs => ${PHONE_CODE_RESEND_SECONDS})
         from public.phone_verifications where user_id = ${userId} and phone_e164 = ${phone}),
      (select min(created_at) + interval '1 hour' from per_person having count(*) >= ${PHONE_CODES_PER_HOUR}),
      (select min(created_at) + interval '1 hour' from per_number having count(*) >= ${PHONE_CODES_PER_HOUR})
    ) as next_at`;
  if (!row) throw new Error('the allowance query returned no row');
  return { nextAt: row.next_at, retryAfterSeconds: Math.ceil((row.next_at.getTime() - row.now.getTime()) / 1000) };
}

/**
 * Serialises code requests of one person and of one number until the transaction ends, so two
 * at once cannot both pass the limits. Always person first, then number.
 */
export async function lockCodeRequests(tx: Tx, userId: string, phone: string | null): Promise<void> {
  await tx`select pg_advisory_xact_lock(hashtextextended(${`phone-code:user:${userId}`}, 0))`;
  if (phone) await tx`select pg_advisory_xact_lock(hashtextextended(${`phone-code:number:${phone}`}, 0))`;
}
