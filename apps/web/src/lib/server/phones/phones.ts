import { SmsSendError } from '@ordo/notify';
import { PHONE_CODE_MAX_ATTEMPTS, PHONE_CODE_TTL_MINUTES, type PhoneState } from '@ordo/shared-types';
import { countryForTimeZone, type PhoneInput, parsePhone } from '@ordo/shared-types/phone-number';
import { KEEP_PHONE_CODES_SECONDS, type Tx } from '@ordo/supabase-client';
import type { SessionUser } from '../auth/session-user.ts';
import { database } from '../db.ts';
import { log } from '../logger.ts';
import { smsTransport } from '../sms.ts';
import { optOutNumber } from '../twilio/sms-opt-outs.ts';
import { codeRefusalOutcome, TWILIO_UNSUBSCRIBED } from './phone-code-refusal.ts';
import { hashPhoneCode, newPhoneCode, phoneCodeMatches, phoneCodeMessage } from './phone-code.ts';
import { codeAllowance, lockCodeRequests } from './phone-code-limits.ts';
import { latestCode, type PhoneRow, phoneState } from './phone-state.ts';

/** What a phone operation came to; the API and the settings page each answer it their way. */
export type PhoneOutcome =
  | { kind: 'ok'; phone: PhoneState }
  | { kind: 'invalid'; field: 'phone' | 'country' | 'code'; message: string }
  | { kind: 'limited'; retryAfterSeconds: number }
  | { kind: 'no_phone' }
  | { kind: 'conflict'; message: string }
  | { kind: 'unsent'; message: string };

// What a transaction decided, and the code it stored to text before it commits.
type Prepared = { outcome: PhoneOutcome; send?: { to: string; code: string } };

/** Thrown inside the transaction when the code could not be texted, so everything it wrote rolls back. */
class CodeNotSent extends Error {
  constructor(
    readonly to: string,
    readonly failure: unknown,
  ) {
    super(`verification text to ${to} not sent`);
  }
}

async function currentPhone(tx: Tx, userId: string): Promise<PhoneRow | null> {
  const [row] = await tx<PhoneRow[]>`select phone_e164, verified_at from public.user_phones where user_id = ${userId} for update`;
  return row ?? null;
}

async function isOptedOut(tx: Tx, phone: string): Promise<boolean> {
  return (await tx`select 1 from public.sms_opt_outs where phone_e164 = ${phone}`).length > 0;
}

async function storeCode(tx: Tx, userId: string, phone: string): Promise<{ to: string; code: string }> {
  // The limits look back an hour and a code lives minutes: older rows of this person and number go.
  await tx`
    delete from public.phone_verifications
    where (user_id = ${userId} or phone_e164 = ${phone}) and created_at < now() - make_interval(secs => ${KEEP_PHONE_CODES_SECONDS})`;
  const code = newPhoneCode();
  await tx`
    insert into public.phone_verifications (user_id, phone_e164, code_hash, expires_at)
    values (${userId}, ${phone}, ${hashPhoneCode(userId, phone, code)}, now() + make_interval(mins => ${PHONE_CODE_TTL_MINUTES}))`;
  return { to: phone, code };
}

/**
 * Runs `prepare` in a service transaction and texts the code it stored before committing: what it
 * wrote (a new number, the code) is kept only if the provider took the text. A refused or failed
 * text rolls it all back, so a verified number is never replaced by one that got no code, and the
 * code counts toward no limit. Twilio's 21610 (the number answered STOP) opts the number out, as
 * the worker's sends do. The transaction's locks are held through the send (Twilio's timeout is
 * 15 s), so one person's requests wait for each other.
 */
async function commitOnceTexted(userId: string, prepare: (tx: Tx) => Promise<Prepared>): Promise<PhoneOutcome> {
  const sms = smsTransport();
  try {
    return await database().asService(async (tx) => {
      const { outcome, send } = await prepare(tx);
      if (send) {
        try {
          await sms.send({ to: send.to, body: phoneCodeMessage(send.code) });
        } catch (failure) {
          throw new CodeNotSent(send.to, failure);
        }
      }
      return outcome;
    });
  } catch (error) {
    if (!(error instanceof CodeNotSent)) throw error;
    const { failure, to } = error;
    if (failure instanceof SmsSendError && failure.code === TWILIO_UNSUBSCRIBED) {
      await database().asService((tx) => optOutNumber(tx, to, 'provider', null));
    }
    if (failure instanceof SmsSendError && failure.errorClass === 'permanent') {
      log().warn({ userId, code: failure.code, status: failure.status }, 'verification text refused by the provider');
    } else {
      log().error({ err: failure, userId }, 'verification text not sent');
    }
    return codeRefusalOutcome(failure, sms.from);
  }
}

/** The person's phone, or null when none is set; the number through RLS, its codes as the server. */
export async function getPhone(userId: string): Promise<PhoneState | null> {
  const [phone] = await database().asUser(
    userId,
    (tx) => tx<PhoneRow[]>`select phone_e164, verified_at from public.user_phones where user_id = ${userId}`,
  );
  if (!phone) return null;
  return database().asService((tx) => phoneState(tx, userId, phone));
}

/**
 * Sets the person's number (parsed as typed; a national one in `country`, else the time zone's
 * country) and texts it a code. A new number starts unverified; the same number, verified, stays
 * so and gets no code. A number that opted out of texts is stored, but no code goes to it. Past
 * the limits, or when the code cannot be texted, nothing changes: the number before, verified or
 * not, stays.
 */
export async function enterPhone(user: SessionUser, input: PhoneInput): Promise<PhoneOutcome> {
  const parsed = parsePhone(input, countryForTimeZone(user.timezone));
  if (!parsed.ok) return { kind: 'invalid', field: parsed.field, message: parsed.message };
  const phone = parsed.phone.e164;
  return commitOnceTexted(user.id, async (tx): Promise<Prepared> => {
    await lockCodeRequests(tx, user.id, phone);
    const current = await currentPhone(tx, user.id);
    if (current?.phone_e164 === phone && current.verified_at) return { outcome: { kind: 'ok', phone: await phoneState(tx, user.id, current) } };
    const optedOut = await isOptedOut(tx, phone);
    if (!optedOut) {
      const allowance = await codeAllowance(tx, user.id, phone);
      if (allowance.retryAfterSeconds > 0) return { outcome: { kind: 'limited', retryAfterSeconds: allowance.retryAfterSeconds } };
    }
    // The trigger clears verified_at and ends earlier codes for a new number.
    const [row] = current
      ? await tx<PhoneRow[]>`update public.user_phones set phone_e164 = ${phone} where user_id = ${user.id} returning phone_e164, verified_at`
      : await tx<PhoneRow[]>`insert into public.user_phones (user_id, phone_e164) values (${user.id}, ${phone}) returning phone_e164, verified_at`;
    if (!row) throw new Error('the phone was not stored');
    const send = optedOut ? undefined : await storeCode(tx, user.id, phone);
    return { outcome: { kind: 'ok', phone: await phoneState(tx, user.id, row) }, send };
  });
}

/** Texts a new code to the person's unverified number (the one before stops working). */
export async function resendPhoneCode(userId: string): Promise<PhoneOutcome> {
  return commitOnceTexted(userId, async (tx): Promise<Prepared> => {
    await lockCodeRequests(tx, userId, null);
    const current = await currentPhone(tx, userId);
    if (!current) return { outcome: { kind: 'no_phone' } };
    if (current.verified_at) return { outcome: { kind: 'conflict', message: 'this number is verified already' } };
    await lockCodeRequests(tx, userId, current.phone_e164);
    if (await isOptedOut(tx, current.phone_e164)) {
      return { outcome: { kind: 'conflict', message: 'this number opted out of texts from Ordo (it answered STOP); it must text START first' } };
    }
    const allowance = await codeAllowance(tx, userId, current.phone_e164);
    if (allowance.retryAfterSeconds > 0) return { outcome: { kind: 'limited', retryAfterSeconds: allowance.retryAfterSeconds } };
    const send = await storeCode(tx, userId, current.phone_e164);
    return { outcome: { kind: 'ok', phone: await phoneState(tx, userId, current) }, send };
  });
}

/**
 * Checks a code against the latest one sent to the person's number: right → verified; wrong →
 * one of 5 tries used (the count is kept even though the answer is an error); expired or
 * locked → a new code must be requested.
 */
export async function verifyPhone(userId: string, code: string): Promise<PhoneOutcome> {
  return database().asService(async (tx): Promise<PhoneOutcome> => {
    await lockCodeRequests(tx, userId, null);
    const current = await currentPhone(tx, userId);
    if (!current) return { kind: 'no_phone' };
    if (current.verified_at) return { kind: 'ok', phone: await phoneState(tx, userId, current) };
    const sent = await latestCode(tx, userId, current.phone_e164);
    if (!sent) return { kind: 'invalid', field: 'code', message: 'No code was sent to this number; ask for one' };
    if (sent.attempts >= PHONE_CODE_MAX_ATTEMPTS) {
      return { kind: 'invalid', field: 'code', message: 'This code is locked after too many wrong tries; ask for a new one' };
    }
    if (sent.expired) return { kind: 'invalid', field: 'code', message: 'This code has expired; ask for a new one' };
    if (!phoneCodeMatches(sent.code_hash, userId, current.phone_e164, code)) {
      await tx`update public.phone_verifications set attempts = attempts + 1 where id = ${sent.id}`;
      const left = PHONE_CODE_MAX_ATTEMPTS - sent.attempts - 1;
      return {
        kind: 'invalid',
        field: 'code',
        message: left > 0 ? `Wrong code; ${left === 1 ? '1 try' : `${left} tries`} left` : 'Wrong code; this code is now locked, ask for a new one',
      };
    }
    await tx`update public.phone_verifications set attempts = attempts + 1, verified_at = now() where id = ${sent.id}`;
    const [verified] = await tx<PhoneRow[]>`
      update public.user_phones set verified_at = now() where user_id = ${userId} returning phone_e164, verified_at`;
    if (!verified) throw new Error('the phone vanished while locked');
    return { kind: 'ok', phone: await phoneState(tx, userId, verified) };
  });
}

/** Removes the person's phone, through RLS; false when there was none. */
export async function removePhone(userId: string): Promise<boolean> {
  const rows = await database().asUser(userId, (tx) => tx`delete from public.user_phones where user_id = ${userId} returning user_id`);
  return rows.length > 0;
}
