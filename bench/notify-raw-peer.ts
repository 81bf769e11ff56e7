// The named peer of `pnpm bench:notify`, run as a process of its own (as the worker is): the raw
// SDKs, the official `twilio` client and `web-push`, sending the same messages to the same loopback
// Twilio and push services, `concurrency` requests in flight. What any sender of these messages
// pays: the SDKs and the HTTP, nothing else (no queue, no database, no exactly-once record).
// Talks to its parent over IPC: it waits for `go` with the messages, then answers `done`.
import { createTwilioSmsTransport, createWebPushTransport, type PushPayload, type PushSubscriptionKeys } from '../packages/notify/src/index.ts';

export interface RawPeerWork {
  kind: 'go';
  twilio: { url: string; accountSid: string; authToken: string; from: string };
  vapid: { publicKey: string; privateKey: string; subject: string };
  sms: { to: string; body: string }[];
  push: { subscription: PushSubscriptionKeys; payload: PushPayload }[];
  concurrency: number;
}

export interface RawPeerDone {
  kind: 'done';
  startedAt: number;
  finishedAt: number;
  sent: number;
  /** When each sent message was answered, in ms after startedAt: its lateness had all been due at the start. */
  answeredAfterMs: number[];
  failures: number;
  firstError: string | null;
  /** CPU seconds this process used sending (user and system). */
  cpuSeconds: number;
}

async function run(work: RawPeerWork): Promise<RawPeerDone> {
  const sms = createTwilioSmsTransport({ ...work.twilio, apiUrl: work.twilio.url });
  const push = createWebPushTransport(work.vapid);
  const tasks: (() => Promise<unknown>)[] = [];
  // Interleaved as the worker meets them: SMS and push alternate.
  for (let i = 0; i < Math.max(work.sms.length, work.push.length); i++) {
    const text = work.sms[i];
    const notification = work.push[i];
    if (text) tasks.push(() => sms.send(text));
    if (notification) tasks.push(() => push.send(notification.subscription, notification.payload, { ttlSeconds: 3600 }));
  }
  let next = 0;
  let sent = 0;
  const answeredAfterMs: number[] = [];
  let failures = 0;
  let firstError: string | null = null;
  const startedAt = Date.now();
  const cpuBefore = process.cpuUsage();
  await Promise.all(
    Array.from({ length: work.concurrency }, async () => {
      for (let task = tasks[next++]; task; task = tasks[next++]) {
        try {
          await task();
          sent += 1;
          answeredAfterMs.push(Date.now() - startedAt);
        } catch (error) {
          failures += 1;
          firstError ??= error instanceof Error ? error.message : String(error);
        }
      }
    }),
  );
  const cpu = process.cpuUsage(cpuBefore);
  return { kind: 'done', startedAt, finishedAt: Date.now(), sent, answeredAfterMs, failures, firstError, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
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
