import type { Db } from '@ordo/supabase-client';
import { type LlmCallRecord, recordLlmCall } from './call-record.ts';
import { budgetFor, type MonthlyTokenBudget, releaseTokens, reserveTokens, type TokenReservation } from './token-budget.ts';

/**
 * Where the gateway reserves a call's tokens against the user's monthly budget before the call
 * and records (settles) the call after it. The database ledger is the usual one; a drafting
 * thread reaches the database through its parent.
 */
export interface CallLedger {
  /**
   * Returns the reservation's id (null when this ledger keeps nothing, as a drafting thread's
   * parent without one); throws TokenBudgetExceededError when the call does not fit the budget.
   */
  reserve(reservation: TokenReservation): Promise<string | null>;
  /** Records the call, settling its reservation when it has one. */
  record(call: LlmCallRecord): Promise<void>;
  /** Drops a reservation whose call was never sent. */
  release(reservationId: string): Promise<void>;
}

export function databaseLedger(db: Db, monthlyTokenBudget: MonthlyTokenBudget): CallLedger {
  return {
    reserve: async (reservation) => reserveTokens(db, reservation, await budgetFor(monthlyTokenBudget, reservation.userId)),
    record: (call) => recordLlmCall(db, call),
    release: (reservationId) => releaseTokens(db, reservationId),
  };
}
