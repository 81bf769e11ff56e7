import { randomBytes } from 'node:crypto';
import type { Sql } from '@ordo/supabase-client';
import { z } from 'zod';
import { RingBuffer } from './ring-buffer.ts';

// What public.notify_row_change() announces on channel ordo_changes.
const notificationSchema = z.object({
  table: z.string().min(1),
  op: z.enum(['insert', 'update', 'delete']),
  id: z.string().min(1),
  // Rows of no user (e.g. system jobs) have nobody to tell.
  user_id: z.uuid().nullable(),
});

export const CHANGES_CHANNEL = 'ordo_changes';

/** A row change as a user's stream sees it: which row, never its content (clients refetch through RLS). */
export interface RowChange {
  table: string;
  op: 'insert' | 'update' | 'delete';
  id: string;
}

/** A change with its event id, or an instruction to refetch everything because changes may have been missed. */
export type StreamMessage = { kind: 'change'; eventId: string; change: RowChange } | { kind: 'resync' };

export interface Subscriber {
  deliver(message: StreamMessage): void;
  /** Ends the subscriber's stream (server shutdown, or its credential was revoked). */
  end(): void;
  /** The session or access token the stream was opened with: revoking it ends the stream. */
  credentialId?: string;
}

export interface ChangeHubOptions {
  /** How many recent changes (all users together) can be replayed to a reconnecting stream. */
  bufferSize?: number;
  /** Called for notifications that cannot be parsed and for listener (re)connects. */
  onWarning?: (message: string, detail?: unknown) => void;
}

interface BufferedChange {
  seq: number;
  userId: string;
  change: RowChange;
}

/**
 * One LISTEN connection per process on ordo_changes, fanned out to the streams of the
 * user each change belongs to. Event ids are `<epoch>-<seq>`: seq grows monotonically,
 * and the epoch (random per hub) tells ids from a previous process apart, which cannot
 * be resumed.
 */
export class ChangeHub {
  readonly #sql: Sql;
  readonly #onWarning: (message: string, detail?: unknown) => void;
  readonly #epoch = randomBytes(4).toString('hex');
  readonly #buffer: RingBuffer<BufferedChange>;
  readonly #subscribers = new Map<string, Set<Subscriber>>();
  #seq = 0;
  // Every change with a seq above this is still in the buffer, so a stream that saw
  // up to this seq (or later) can resume without a gap.
  #replayableAfter = 0;
  #listening: Promise<void> | undefined;
  #unlisten: (() => Promise<void>) | undefined;
  #connects = 0;

  constructor(sql: Sql, options: ChangeHubOptions = {}) {
    this.#sql = sql;
    this.#buffer = new RingBuffer(options.bufferSize ?? 1000);
    this.#onWarning = options.onWarning ?? (() => undefined);
  }

  /** Starts listening (once); resolves when the LISTEN is in place. */
  start(): Promise<void> {
    this.#listening ??= this.#sql
      .listen(
        CHANGES_CHANNEL,
        (payload) => this.#receive(payload),
        () => this.#connected(),
      )
      .then((meta) => {
        this.#unlisten = meta.unlisten;
      })
      .catch((error: unknown) => {
        this.#listening = undefined;
        throw error;
      });
    return this.#listening;
  }

  /** Ends every open stream; the LISTEN stays until stop(). */
  endStreams(): void {
    for (const subscribers of this.#subscribers.values()) for (const subscriber of subscribers) subscriber.end();
    this.#subscribers.clear();
  }

  /** Ends every open stream and stops listening. */
  async stop(): Promise<void> {
    this.endStreams();
    const unlisten = this.#unlisten;
    this.#unlisten = undefined;
    this.#listening = undefined;
    await unlisten?.();
  }

  /**
   * Registers a stream for userId. With lastEventId (a reconnecting EventSource), first
   * replays that user's changes since then, or sends one resync when they can no longer
   * be replayed. Returns the unsubscribe function.
   */
  subscribe(userId: string, lastEventId: string | null, subscriber: Subscriber): () => void {
    if (lastEventId) this.#catchUp(userId, lastEventId, subscriber);
    let set = this.#subscribers.get(userId);
    if (!set) {
      set = new Set();
      this.#subscribers.set(userId, set);
    }
    set.add(subscriber);
    return () => {
      const current = this.#subscribers.get(userId);
      if (!current) return;
      current.delete(subscriber);
      if (current.size === 0) this.#subscribers.delete(userId);
    };
  }

  /** The users with open streams. */
  users(): string[] {
    return [...this.#subscribers.keys()];
  }

  /** The credentials a user's open streams were opened with. */
  credentialsOf(userId: string): string[] {
    const ids = new Set<string>();
    for (const subscriber of this.#subscribers.get(userId) ?? []) if (subscriber.credentialId) ids.add(subscriber.credentialId);
    return [...ids];
  }

  /** Ends the user's streams opened with one of these credentials; returns how many. */
  endStreamsOpenedWith(userId: string, credentialIds: ReadonlySet<string>): number {
    const ending = [...(this.#subscribers.get(userId) ?? [])].filter(
      (subscriber) => subscriber.credentialId !== undefined && credentialIds.has(subscriber.credentialId),
    );
    for (const subscriber of ending) subscriber.end();
    return ending.length;
  }

  /** Open streams, for one user or in all. */
  streamCount(userId?: string): number {
    if (userId) return this.#subscribers.get(userId)?.size ?? 0;
    let total = 0;
    for (const set of this.#subscribers.values()) total += set.size;
    return total;
  }

  #catchUp(userId: string, lastEventId: string, subscriber: Subscriber): void {
    const [epoch, seqText] = lastEventId.split('-');
    const lastSeq = Number(seqText);
    const resumable =
      epoch === this.#epoch && Number.isInteger(lastSeq) && lastSeq >= this.#replayableAfter && lastSeq <= this.#seq;
    if (!resumable) {
      subscriber.deliver({ kind: 'resync' });
      return;
    }
    for (const buffered of this.#buffer) {
      if (buffered.seq > lastSeq && buffered.userId === userId) subscriber.deliver(this.#message(buffered));
    }
  }

  #connected(): void {
    this.#connects += 1;
    if (this.#connects === 1) return;
    // The listener reconnected: notifications sent while it was away are lost, so
    // nothing before now can be replayed and every open stream must refetch.
    this.#onWarning('change listener reconnected; streams told to resync');
    this.#buffer.clear();
    this.#replayableAfter = this.#seq;
    for (const subscribers of this.#subscribers.values()) {
      for (const subscriber of subscribers) subscriber.deliver({ kind: 'resync' });
    }
  }

  #receive(payload: string): void {
    let parsed: z.infer<typeof notificationSchema>;
    try {
      parsed = notificationSchema.parse(JSON.parse(payload));
    } catch (error) {
      this.#onWarning('ignored an unreadable change notification', { payload, error });
      return;
    }
    if (parsed.user_id === null) return;
    this.#seq += 1;
    const buffered: BufferedChange = {
      seq: this.#seq,
      userId: parsed.user_id,
      change: { table: parsed.table, op: parsed.op, id: parsed.id },
    };
    const evicted = this.#buffer.push(buffered);
    if (evicted) this.#replayableAfter = evicted.seq;
    const subscribers = this.#subscribers.get(parsed.user_id);
    if (!subscribers) return;
    const message = this.#message(buffered);
    for (const subscriber of subscribers) subscriber.deliver(message);
  }

  #message(buffered: BufferedChange): StreamMessage {
    return { kind: 'change', eventId: `${this.#epoch}-${buffered.seq}`, change: buffered.change };
  }
}
