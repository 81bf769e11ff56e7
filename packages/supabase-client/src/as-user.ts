import { z } from 'zod';
import type { Sql, Tx } from './db.ts';
import { type PendingReads, type ReadResults, readAs, runAs } from './run-as.ts';

const userIdSchema = z.uuid();

// Acts as the signed-in user: role `authenticated`, auth.uid() = userId.
// async, so a malformed id rejects like any other failure instead of throwing.
export async function asUser<T>(sql: Sql, userId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const sub = userIdSchema.parse(userId);
  return runAs(sql, 'authenticated', { sub, role: 'authenticated' }, fn);
}

/** Reads as the signed-in user in one pipelined READ ONLY transaction (see pipelinedRead). */
export async function readAsUser<Q extends PendingReads>(sql: Sql, userId: string, queries: (tx: Tx) => Q): Promise<ReadResults<Q>> {
  const sub = userIdSchema.parse(userId);
  return readAs(sql, 'authenticated', { sub, role: 'authenticated' }, queries);
}
