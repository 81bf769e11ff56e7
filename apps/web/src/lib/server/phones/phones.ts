import { SmsSendError } from '@ordo/notify';
import { PHONE_CODE_MAX_ATTEMPTS, PHONE_CODE_TTL_MINUTES, type PhoneState } from '@ordo/shared-types';
import { countryForTimeZone, type PhoneInput, parsePhone } from '@ordo/shared-types/phone-number';
import { KEEP_PHONE_CODES_SECONDS, type Tx } from '@ordo/supabase-client';
import type { SessionUser } from '../auth/session-user.ts';
import { database } from '../db.ts';
import { log } from '../logger.ts';
import { smsTransport } from '../sms.ts';
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

// A code stored in the transaction, to be texted once it commits.
type Stored = { outcome: PhoneOutcome; send?: { id: string; to: string; code: string } };

async function currentPhone(tx: Tx, userId: string): Promise<PhoneRow | null> {
  const [row] = await tx<PhoneRow[]>`select phone_e164, verified_at from public.user_phones where user_id = ${userId} for update`;
  return row ?? null;
}

async function isOptedOut(tx: Tx, phone: string): Promise<boolean> {
  return (await tx`select 1 from public.sms_opt_outs where phone_e164 = ${phone}`).length > 0;
}

async function storeCode(tx: Tx, userId: string, phone: string): Promise<{ id: string; to: string; code: string }> {
  // The limits look back an hour and a code lives minutes: older rows of this person and number go.
  await tx`
    delete from public.phone_verifications
    where (user_id = ${userId} or phone_e164 = ${phone}) and created_at < now() - make_interval(secs => ${KEEP_PHONE_CODES_SECONDS})`;
  const code = newPhoneCode();
  const [row] = await tx<{ id: string }[]>`
    insert into public.phone_verifications (user_id, phone_e164, code_hash, expires_at)
    values (${userId}, ${phone}, ${hashPhoneCode(userId, phone, code)}, now() + make_interval(mins => ${PHONE_CODE_TTL_MINUTES}))
    returning id`;
  if (!row) throw new Error('the code was not stored');
  return { id: row.id, to: phone, code };
}

/**
 * Texts a committed code. A code that could not be sent is deleted, so it counts toward no limit:
 * the person may ask again at once.
 */
async function textCode(userId: string, stored: Stored): Promise<PhoneOutcome> {
  const { send } = stored;
  if (!send) return stored.outcome;
  try {
    await smsTransport().send({ to: send.to, body: phoneCodeMessage(send.code) });
    return stored.outcome;
  } catch (error) {
    await database().asService((tx) => tx`delete from public.phone_verifications where id = ${send.id}`);
    if (error instanceof SmsSendError && error.errorClass === 'permanent') {
      log().warn({ userId, code: error.code, status: error.status }, 'verification text refused by the provider');
      return { kind: 'invalid', field: 'phone', message: 'Text messages cannot be sent to this number' };
    }
    log().error({ err: error, userId }, 'verification text not sent');
    return { kind: 'unsent', message: 'The text message could not be sent just now; try again in a minute' };
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
 * the limits nothing changes.
 */
export async function enterPhone(user: SessionUser, input: PhoneInput): Promise<PhoneOutcome> {
  const parsed = parsePhone(input, countryForTimeZone(user.timezone));
  if (!parsed.ok) return { kind: 'invalid', field: parsed.field, message: parsed.message };
  const phone = parsed.phone.e164;
  const stored = await database().asService(async (tx): Promise<Stored> => {
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
  return textCode(user.id, stored);
}

/** Texts a new code to the person's unverified number (the one before stops working). */
export async function resendPhoneCode(userId: string): Promise<PhoneOutcome> {
  const stored = await database().asService(async (tx): Promise<Stored> => {
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
  return textCode(userId, stored);
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
