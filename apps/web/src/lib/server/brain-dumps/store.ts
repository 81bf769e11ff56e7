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

/** The events sent so far on the dump's stream, in order. */
export async function readStreamEvents(userId: string, id: string): Promise<StreamEvent[]> {
  const [row] = await database().asUser(userId, (tx) => tx`select events from public.brain_dumps where id = ${id}`);
  return row ? streamEventSchema.array().parse(row.events) : [];
}

/**
 * Claims the dump for drafting: only a dump never drafted, or one whose draft failed before
 * producing anything, starts (again), with its stream emptied. Returns false when it is not such a dump.
 */
export async function claimForDrafting(userId: string, id: string, provider: string): Promise<boolean> {
  const rows = await database().asUser(
    userId,
    (tx) => tx`
      update public.brain_dumps
      set status = 'drafting', provider = ${provider}, model = null, events = '[]', operations = '[]',
          usage = null, error = null
      where id = ${id}
        and (status = 'pending' or (status = 'failed' and jsonb_array_length(operations) = 0))
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

export async function finishDrafting(
  userId: string,
  id: string,
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
      where id = ${id} and status = 'drafting'
    `,
  );
}

/** Marks a draft failed; `error` is the message for people, also the last event. */
export async function failDrafting(userId: string, id: string, outcome: DraftRecord & { error: string }): Promise<void> {
  await database().asUser(
    userId,
    (tx) => tx`
      update public.brain_dumps
      set status = 'failed', error = ${outcome.error.slice(0, 2000)}, events = ${jsonb(tx, outcome.events)},
          operations = ${jsonb(tx, outcome.operations)}
      where id = ${id} and status = 'drafting'
    `,
  );
}
