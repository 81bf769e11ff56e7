import { invalidate, invalidateAll } from '$app/navigation';
import { navigating } from '$app/state';
import { dependenciesOf } from './dependencies.ts';

export type LiveStatus = 'connecting' | 'live' | 'reconnecting' | 'offline';

const COALESCE_MS = 80;
const MAX_RETRY_MS = 30_000;

/**
 * The browser side of /api/events. EventSource reconnects by itself after network errors
 * (sending Last-Event-ID, so the server replays what was missed); when the server refuses
 * the stream outright it closes for good, so this retries with backoff and refetches
 * everything once it is back, because nothing can be replayed across a fresh stream.
 */
export class LiveUpdates {
  status = $state<LiveStatus>('connecting');
  #source: EventSource | null = null;
  #pending = new Set<string>();
  #flushTimer: ReturnType<typeof setTimeout> | undefined;
  #retryTimer: ReturnType<typeof setTimeout> | undefined;
  #retryMs = 1000;
  #refetchOnOpen = false;
  readonly #url: string;

  constructor(url = '/api/events') {
    this.#url = url;
  }

  start(): void {
    if (this.#source) return;
    const source = new EventSource(this.#url);
    this.#source = source;
    source.addEventListener('open', () => {
      this.status = 'live';
      this.#retryMs = 1000;
      if (this.#refetchOnOpen) {
        this.#refetchOnOpen = false;
        void invalidateAll();
      }
    });
    source.addEventListener('change', (event) => this.#onChange(event as MessageEvent<string>));
    source.addEventListener('resync', () => void invalidateAll());
    source.addEventListener('error', () => {
      if (source.readyState === EventSource.CONNECTING) {
        this.status = 'reconnecting';
        return;
      }
      this.status = 'offline';
      this.#source = null;
      source.close();
      this.#refetchOnOpen = true;
      this.#retryTimer = setTimeout(() => this.start(), this.#retryMs);
      this.#retryMs = Math.min(this.#retryMs * 2, MAX_RETRY_MS);
    });
  }

  stop(): void {
    clearTimeout(this.#retryTimer);
    clearTimeout(this.#flushTimer);
    this.#source?.close();
    this.#source = null;
  }

  #onChange(event: MessageEvent<string>): void {
    let table: unknown;
    try {
      table = (JSON.parse(event.data) as { table?: unknown }).table;
    } catch {
      return;
    }
    if (typeof table !== 'string') return;
    for (const key of dependenciesOf(table)) this.#pending.add(key);
    // A bulk update announces many rows at once: refetch once for the burst.
    clearTimeout(this.#flushTimer);
    this.#flushTimer = setTimeout(() => this.#flush(), COALESCE_MS);
  }

  #flush(): void {
    // A refetch started while a link's page is loading supersedes that navigation, and the click
    // would do nothing; wait for it to land, then refetch what changed.
    if (navigating.to) {
      this.#flushTimer = setTimeout(() => this.#flush(), COALESCE_MS);
      return;
    }
    const keys = [...this.#pending];
    this.#pending.clear();
    for (const key of keys) void invalidate(key);
  }
}
