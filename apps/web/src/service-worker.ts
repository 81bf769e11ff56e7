/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />

// Ordo's service worker does one thing: show Web Push notifications and open their link. It caches
// nothing (every page is live data), so a new version takes over at once.
import { type PushMessage, pushMessageSchema } from '@ordo/shared-types';

const worker = self as unknown as ServiceWorkerGlobalScope;

// What a push whose payload cannot be read still shows: with userVisibleOnly every push must show one.
const FALLBACK: PushMessage = { title: 'Ordo', body: 'Something needs your attention.', link: '/dashboard', tag: null };

worker.addEventListener('install', () => {
  void worker.skipWaiting();
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(worker.clients.claim());
});

function readPush(data: PushMessageData | null): PushMessage {
  try {
    const parsed = pushMessageSchema.safeParse(data?.json());
    return parsed.success ? parsed.data : FALLBACK;
  } catch {
    return FALLBACK;
  }
}

worker.addEventListener('push', (event) => {
  const message = readPush(event.data);
  event.waitUntil(
    worker.registration.showNotification(message.title, {
      body: message.body,
      ...(message.tag ? { tag: message.tag } : {}),
      data: { link: message.link ?? '/dashboard' },
    }),
  );
});

/** An app path only: a link to another site would make a notification a phishing vector. */
function appUrl(link: unknown): string {
  const path = typeof link === 'string' && /^\/(?!\/)/.test(link) ? link : '/dashboard';
  return new URL(path, worker.location.origin).href;
}

// Focus a tab already showing the link, else open a new one: taking over another Ordo tab could
// throw away what someone was typing there.
async function openLink(link: unknown): Promise<void> {
  const target = appUrl(link);
  const tabs = await worker.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const showing = tabs.find((tab) => tab.url === target);
  if (showing) await showing.focus();
  else await worker.clients.openWindow(target);
}

worker.addEventListener('notificationclick', (event) => {
  event.notification.close();
  event.waitUntil(openLink((event.notification.data as { link?: unknown } | null)?.link));
});

// The push service replaced the subscription (expiry, key rotation): store the new one, as the
// settings page would. The old one is deleted when the push service answers 404/410 to it.
interface SubscriptionChange extends ExtendableEvent {
  oldSubscription?: PushSubscription | null;
  newSubscription?: PushSubscription | null;
}

async function storeReplacement(change: SubscriptionChange): Promise<void> {
  const key = change.oldSubscription?.options.applicationServerKey;
  const replacement =
    change.newSubscription ?? (key ? await worker.registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key }) : null);
  if (!replacement) return;
  await fetch('/api/me/push-subscriptions', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(replacement.toJSON()),
  });
}

worker.addEventListener('pushsubscriptionchange', (event) => {
  const change = event as SubscriptionChange;
  change.waitUntil(storeReplacement(change));
});
