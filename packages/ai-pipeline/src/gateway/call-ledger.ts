import type { Db } from '@ordo/supabase-client';
import { type LlmCallRecord, recordLlmCall } from './call-record.ts';
import { assertWithinTokenBudget } from './token-budget.ts';

/**
 * Where the gateway checks a user's monthly budget before a call and records the call after it.
 * The database ledger is the usual one; a drafting thread reaches the database through its parent.
 */
export interface CallLedger {
  /** Throws TokenBudgetExceededError when the user has spent their budget. */
  assertWithinBudget(userId: string): Promise<void>;
  record(call: LlmCallRecord): Promise<void>;
}

export function databaseLedger(db: Db, monthlyTokenBudget: number): CallLedger {
  return {
    assertWithinBudget: (userId) => assertWithinTokenBudget(db, userId, monthlyTokenBudget),
    record: (call) => recordLlmCall(db, call),
  };
}
