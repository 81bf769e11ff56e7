// The named peer of `pnpm bench:notify`, run as a process of its own (as the worker is): the raw
// SDKs, the official `twilio` client and `web-push`, sending the same messages to the same loopback
// Twilio and push services, `concurrency` requests in flight. What any sender of these messages
// pays: the SDKs and the HTTP, nothing else (no queue, no database, no exactly-once record).
// web-push is called as its documentation shows, with vapidDetails, so it signs a VAPID token for
// every message; Ordo's transport reuses one an hour per push service, which this peer does not.
// Talks to its parent over IPC: once loaded it says `ready`, waits for `go` with the messages and
// the instant they all fall due, starts sending at that instant, then answers `done`.
import webpush from 'web-push';
import { createTwilioSmsTransport, type PushPayload, type PushSubscriptionKeys } from '../packages/notify/src/index.ts';
import { LoopbackHttpAgent } from '../packages/notify/src/push/loopback-agent.ts';

export interface RawPeerWork {
  kind: 'go';
  twilio: { url: string; accountSid: string; authToken: string; from: string };
  vapid: { publicKey: string; privateKey: string; subject: string };
  sms: { to: string; body: string }[];
  push: { subscription: PushSubscriptionKeys; payload: PushPayload }[];
  concurrency: number;
  /** When every message falls due (ms since epoch): the peer sends nothing before it. */
  dueAt: number;
}

export interface RawPeerDone {
  kind: 'done';
  startedAt: number;
  finishedAt: number;
  sent: number;
  failures: number;
  firstError: string | null;
  /** CPU seconds this process used sending (user and system). */
  cpuSeconds: number;
}

async function run(work: RawPeerWork): Promise<RawPeerDone> {
  const sms = createTwilioSmsTransport({ ...work.twilio, apiUrl: work.twilio.url });
  const vapidDetails = { subject: work.vapid.subject, publicKey: work.vapid.publicKey, privateKey: work.vapid.privateKey };
  // web-push speaks https only; this agent takes it to the loopback push service over http.
  const agent = new LoopbackHttpAgent({ keepAlive: true });
  const pushOne = async ({ subscription, payload }: RawPeerWork['push'][number]) => {
    const keys = { p256dh: subscription.p256dh, auth: subscription.auth };
    await webpush.sendNotification({ endpoint: subscription.endpoint, keys }, JSON.stringify(payload), { vapidDetails, contentEncoding: 'aes128gcm', TTL: 3600, agent });
  };
  const tasks: (() => Promise<unknown>)[] = [];
  // Interleaved as the worker meets them: SMS and push alternate.
  for (let i = 0; i < Math.max(work.sms.length, work.push.length); i++) {
    const text = work.sms[i];
    const notification = work.push[i];
    if (text) tasks.push(() => sms.send(text));
    if (notification) tasks.push(() => pushOne(notification));
  }
  let next = 0;
  let sent = 0;
  let failures = 0;
  let firstError: string | null = null;
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, work.dueAt - Date.now())));
  const startedAt = Date.now();
  const cpuBefore = process.cpuUsage();
  await Promise.all(
    Array.from({ length: work.concurrency }, async () => {
      for (let task = tasks[next++]; task; task = tasks[next++]) {
        try {
          await task();
          sent += 1;
        } catch (error) {
          failures += 1;
          firstError ??= error instanceof Error ? error.message : String(error);
        }
      }
    }),
  );
  const cpu = process.cpuUsage(cpuBefore);
  return { kind: 'done', startedAt, finishedAt: Date.now(), sent, failures, firstError, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

process.once('message', (message) => {
  run(message as RawPeerWork).then(
    (done) => process.send?.(done, () => process.exit(0)),
    (error: unknown) => {
      process.stderr.write(`raw peer failed: ${String(error)}\n`);
      process.exit(1);
    },
  );
});
process.send?.({ kind: 'ready' });
