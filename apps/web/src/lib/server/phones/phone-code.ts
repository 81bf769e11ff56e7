import { createHmac, hkdfSync, randomInt, timingSafeEqual } from 'node:crypto';
import { decodeEncryptionKey } from '@ordo/config';
import { PHONE_CODE_DIGITS, PHONE_CODE_TTL_MINUTES } from '@ordo/shared-types';
import { config } from '../config.ts';

// A label of its own, so this key hashes nothing else made from ENCRYPTION_KEY.
const HKDF_INFO = 'ordo/phone-code/v1';

let key: Buffer | undefined;

// Keyed, not a plain hash: a million codes are hashed in a blink, so a leaked table alone must not reveal them.
function codeKey(): Buffer {
  key ??= Buffer.from(hkdfSync('sha256', decodeEncryptionKey(config().ENCRYPTION_KEY), Buffer.alloc(0), HKDF_INFO, 32));
  return key;
}

/** A fresh code from the CSPRNG, leading zeros kept: "004219". */
export function newPhoneCode(): string {
  return String(randomInt(0, 10 ** PHONE_CODE_DIGITS)).padStart(PHONE_CODE_DIGITS, '0');
}

function mac(userId: string, phone: string, code: string): Buffer {
  return createHmac('sha256', codeKey()).update(`${userId}\n${phone}\n${code}`).digest();
}

/** What phone_verifications.code_hash keeps: the code bound to its person and number. */
export function hashPhoneCode(userId: string, phone: string, code: string): string {
  return mac(userId, phone, code).toString('base64url');
}

/** Whether `code` is the one hashed, compared in constant time. */
export function phoneCodeMatches(storedHash: string, userId: string, phone: string, code: string): boolean {
  const expected = Buffer.from(storedHash, 'base64url');
  const actual = mac(userId, phone, code);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** The text message carrying a code; plain GSM-7, one segment. */
export function phoneCodeMessage(code: string): string {
  return `Your Ordo verification code is ${code}. It expires in ${PHONE_CODE_TTL_MINUTES} minutes. Do not share it.`;
}
