import { base64UrlBytes, sameKey } from './application-server-key.ts';

export type EnableOutcome = { ok: true; endpoint: string } | { ok: false; message: string };

/** Whether this browser can receive push notifications at all. */
export function pushSupported(): boolean {
  return 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
}

const READY_TIMEOUT_MS = 10_000;

// The service worker SvelteKit registers; null when it never becomes ready (blocked, or failed to install).
async function serviceWorker(): Promise<ServiceWorkerRegistration | null> {
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), READY_TIMEOUT_MS));
  return Promise.race([navigator.serviceWorker.ready, timeout]);
}

/** This browser's push subscription, if it has one. */
export async function currentSubscription(): Promise<PushSubscription | null> {
  if (!pushSupported()) return null;
  const registration = await navigator.serviceWorker.getRegistration();
  return (await registration?.pushManager.getSubscription()) ?? null;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * "Enable notifications on this device": asks for permission, subscribes with the server's VAPID
 * key (replacing a subscription made with another key), and stores the subscription through the
 * API. Says what went wrong in words for the person.
 */
export async function enableOnThisDevice(publicKey: string): Promise<EnableOutcome> {
  if (!pushSupported()) return { ok: false, message: 'This browser cannot receive notifications (it has no Push API).' };
  const permission = await Notification.requestPermission();
  if (permission === 'denied') {
    return { ok: false, message: 'Notifications are blocked for this site. Allow them in the browser’s site settings, then try again.' };
  }
  if (permission !== 'granted') return { ok: false, message: 'Notifications were not allowed. Try again and choose Allow.' };
  const registration = await serviceWorker();
  if (!registration) return { ok: false, message: 'The page’s service worker did not start. Reload the page and try again.' };
  const key = base64UrlBytes(publicKey);
  let subscription: PushSubscription;
  try {
    const existing = await registration.pushManager.getSubscription();
    if (existing && !sameKey(existing.options.applicationServerKey, key)) await existing.unsubscribe();
    subscription =
      existing && sameKey(existing.options.applicationServerKey, key)
        ? existing
        : await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key });
  } catch (error) {
    return { ok: false, message: `The browser’s push service did not give a subscription: ${describe(error)}` };
  }
  const response = await fetch('/api/me/push-subscriptions', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(subscription.toJSON()),
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    return { ok: false, message: body?.error?.message ?? `The server refused the subscription (${response.status}).` };
  }
  return { ok: true, endpoint: subscription.endpoint };
}
