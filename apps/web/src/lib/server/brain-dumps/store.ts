import type { Tx } from '@ordo/supabase-client';
import { database } from '../db.ts';
import { jsonb } from './jsonb.ts';
import {
  type BrainDump,
  type BrainDumpSummary,
  brainDumpSchema,
  brainDumpSummarySchema,
  type StreamEvent,
  streamEventSchema,
} from './schemas.ts';

// Every function acts as the user (asUser): RLS decides what is theirs, and null means
// "not found or not yours" alike.

const COLUMNS = [
  'id',
  'text',
  'status',
  'provider',
  'model',
  'operations',
  'usage',
  'error',
  'applied_changes',
  'created_at',
  'updated_at',
  'drafted_at',
  'applied_at',
  'undone_at',
];
const EXCERPT_LENGTH = 140;
const HISTORY_LIMIT = 50;

const parseOne = (rows: readonly unknown[]): BrainDump | null => (rows[0] ? brainDumpSchema.parse(rows[0]) : null);

export async function createBrainDump(userId: string, text: string): Promise<BrainDump> {
  return database().asUser(userId, async (tx) => {
    const dump = parseOne(
      await tx`insert into public.brain_dumps (user_id, text) values (${userId}, ${text}) returning ${tx(COLUMNS)}`,
    );
    if (!dump) throw new Error('brain dump insert returned no row');
    return dump;
  });
}

export async function getBrainDump(userId: string, id: string): Promise<BrainDump | null> {
  return database().asUser(userId, async (tx) => readBrainDump(tx, id));
}

/** The dump, locked for the rest of the transaction when `forUpdate`. */
export async function readBrainDump(tx: Tx, id: string, forUpdate = false): Promise<BrainDump | null> {
  const lock = forUpdate ? tx`for update` : tx``;
  return parseOne(await tx`select ${tx(COLUMNS)} from public.brain_dumps where id = ${id} ${lock}`);
}

/** The user's latest dumps, newest first. */
export async function listBrainDumps(userId: string): Promise<BrainDumpSummary[]> {
  const rows = await database().asUser(
    userId,
    (tx) => tx`
      select id, status, provider, created_at, applied_at,
             left(text, ${EXCERPT_LENGTH}) as excerpt,
             jsonb_array_length(operations) as operation_count
      from public.brain_dumps
      order by created_at desc, id
      limit ${HISTORY_LIMIT}
    `,
  );
  return rows.map((row) => brainDumpSummarySchema.parse(row));
}

/** What opening a dump's stream decides on: its state of drafting, and every event recorded so far. */
export interface DraftState {
  text: string;
  status: BrainDump['status'];
  operationCount: number;
  /** Drafting runs the dump has had. */
  draftRuns: number;
  /** A process holds an unexpired lease on its draft. */
  leased: boolean;
  events: StreamEvent[];
}

export async function readDraftState(userId: string, id: string): Promise<DraftState | null> {
  const [row] = await database().asUser(
    userId,
    (tx) => tx<{ text: string; status: string; operation_count: number; draft_runs: number; leased: boolean; events: unknown }[]>`
      select text, status, jsonb_array_length(operations) as operation_count, draft_runs,
             coalesce(draft_lease_expires_at > now(), false) as leased, events
      from public.brain_dumps where id = ${id}
    `,
  );
  if (!row) return null;
  return {
    text: row.text,
    status: brainDumpSchema.shape.status.parse(row.status),
    operationCount: row.operation_count,
    draftRuns: row.draft_runs,
    leased: row.leased,
    events: streamEventSchema.array().parse(row.events),
  };
}

/** Who drafts a dump: this process's id, and how long its lease lasts unless renewed. */
export interface DraftLease {
  owner: string;
  leaseMs: number;
}

/**
 * Claims the dump for drafting under `lease`: only a dump never drafted, or one whose draft failed
 * before producing anything, starts (again), with its stream emptied, and only while it has had
 * fewer than `maxRuns` runs. Returns false when it is not such a dump.
 */
export async function claimForDrafting(userId: string, id: string, provider: string, lease: DraftLease, maxRuns: number): Promise<boolean> {
  const rows = await database().asUser(
    userId,
    (tx) => tx`
      update public.brain_dumps
      set status = 'drafting', provider = ${provider}, model = null, events = '[]', operations = '[]',
          usage = null, error = null, draft_runs = draft_runs + 1, draft_owner = ${lease.owner},
          draft_lease_expires_at = now() + make_interval(secs => ${lease.leaseMs / 1000})
      where id = ${id} and draft_runs < ${maxRuns}
        and (status = 'pending' or (status = 'failed' and jsonb_array_length(operations) = 0))
      returning id
    `,
  );
  return rows.length > 0;
}

/**
 * Extends the lease of a draft this process still holds and records the events sent so far
 * (when given), which is how streams on other instances follow it. False when the lease is lost:
 * the draft ended, or another process took it over after the lease expired.
 */
export async function renewDraftLease(userId: string, id: string, lease: DraftLease, events: StreamEvent[] | null): Promise<boolean> {
  const rows = await database().asUser(
    userId,
    (tx) => tx`
      update public.brain_dumps
      set draft_lease_expires_at = now() + make_interval(secs => ${lease.leaseMs / 1000}),
          events = coalesce(${events === null ? null : jsonb(tx, events)}, events)
      where id = ${id} and status = 'drafting' and draft_owner = ${lease.owner}
      returning id
    `,
  );
  return rows.length > 0;
}

/**
 * Fails a draft whose lease expired (the process drafting it stopped), keeping what it recorded
 * and adding `event` as its last event (`message` is the error for people). False when the draft is no longer such a draft.
 */
export async function failAbandonedDraft(userId: string, id: string, event: StreamEvent, message: string): Promise<boolean> {
  const rows = await database().asUser(
    userId,
    (tx) => tx`
      update public.brain_dumps
      set status = 'failed', error = ${message}, events = events || ${jsonb(tx, [event])}
      where id = ${id} and status = 'drafting' and (draft_lease_expires_at is null or draft_lease_expires_at <= now())
      returning id
    `,
  );
  return rows.length > 0;
}

/** What a finished or failed draft leaves in the row: every event sent, and the operations among them. */
export interface DraftRecord {
  events: StreamEvent[];
  operations: unknown[];
}

/** Records a finished draft, unless this process lost its lease on it (`owner`). */
export async function finishDrafting(
  userId: string,
  id: string,
  owner: string,
  outcome: DraftRecord & { usage: Record<string, unknown> | null; model: string | null },
): Promise<void> {
  await database().asUser(
    userId,
    (tx) => tx`
      update public.brain_dumps
      set status = 'drafted', drafted_at = now(), events = ${jsonb(tx, outcome.events)},
          operations = ${jsonb(tx, outcome.operations)},
          usage = ${outcome.usage === null ? null : jsonb(tx, outcome.usage)},
          model = coalesce(${outcome.model}, model)
      where id = ${id} and status = 'drafting' and draft_owner = ${owner}
    `,
  );
}

/** Marks a draft failed, unless this process lost its lease on it (`owner`); `error` is the message for people, also the last event. */
export async function failDrafting(userId: string, id: string, owner: string, outcome: DraftRecord & { error: string }): Promise<void> {
  await database().asUser(
    userId,
    (tx) => tx`
      update public.brain_dumps
      set status = 'failed', error = ${outcome.error.slice(0, 2000)}, events = ${jsonb(tx, outcome.events)},
          operations = ${jsonb(tx, outcome.operations)}
      where id = ${id} and status = 'drafting' and draft_owner = ${owner}
    `,
  );
}
