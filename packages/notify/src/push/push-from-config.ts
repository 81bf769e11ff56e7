import type { Env } from '@ordo/config';
import type { PushTransport } from './push-transport.ts';
import { createWebPushTransport } from './web-push-transport.ts';

type PushEnv = Pick<Env, 'VAPID_PUBLIC_KEY' | 'VAPID_PRIVATE_KEY' | 'VAPID_SUBJECT'>;

/** Web Push with the configured VAPID keys; null (Web Push off) without them. Build one a process. */
export function createPushTransport(env: PushEnv): PushTransport | null {
  if (!env.VAPID_PUBLIC_KEY || !env.VAPID_PRIVATE_KEY) return null;
  return createWebPushTransport({ publicKey: env.VAPID_PUBLIC_KEY, privateKey: env.VAPID_PRIVATE_KEY, subject: env.VAPID_SUBJECT });
}
