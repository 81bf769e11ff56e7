import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { OutboxSms } from '@ordo/notify';
import { outboxOf } from './web-server.ts';

/** Every text message in the SMS outbox of the test server at origin (`sms.jsonl`), oldest first. */
export async function textsOf(origin: string): Promise<OutboxSms[]> {
  const text = await readFile(join(outboxOf(origin), 'sms.jsonl'), 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as OutboxSms);
}

/** Text messages to one number (E.164), oldest first. */
export async function textsTo(origin: string, to: string): Promise<OutboxSms[]> {
  return (await textsOf(origin)).filter((sms) => sms.to === to);
}

/** The verification code in the latest text to `to`. */
export async function latestCodeTo(origin: string, to: string): Promise<string> {
  const texts = await textsTo(origin, to);
  const code = /\b(\d{6})\b/.exec(texts.at(-1)?.body ?? '')?.[1];
  if (!code) throw new Error(`no code was texted to ${to}`);
  return code;
}
