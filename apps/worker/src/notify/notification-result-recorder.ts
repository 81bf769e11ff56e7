import type { Logger } from '@ordo/config';
import type { Db } from '@ordo/supabase-client';
import type { CompletionWriteKind } from '../queue/completion-writes.ts';
import { persist } from '../queue/persist.ts';
import { WriteBatcher } from '../queue/write-batcher.ts';
import { type NotificationResult, recordNotificationResults } from './record-notification-delivery.ts';

/**
 * How long a batch of results is retried through connection loss (or a lost deadlock): past it the
 * sends' jobs fail, and their retries find the deliveries `sending` and record them uncertain.
 */
const RETRY_FOR_MS = 15_000;

/**
 * The result of a send that went out (the delivery `sent`, the push devices' answers), written in
 * the transaction that completes its job (JobContext.completeWith), one statement for the jobs
 * completing together: no commit of its own, and a retry never finds a delivery the provider took
 * still `sending` unless the attempt did not complete. Safe to run again: only `sending` rows
 * become `sent`, and the devices' answers are set, not added.
 */
export const notificationResultsWithCompletion: CompletionWriteKind<NotificationResult> = {
  write: (tx, results) => recordNotificationResults(tx, results),
};

/**
 * Records what a send that failed left behind (the push devices' answers) before its failure is
 * recorded, in batches: the results arriving while one statement commits go together in the next
 * (WriteBatcher, gathering each turn's).
 */
export class NotificationResultRecorder {
  private readonly batcher: WriteBatcher<NotificationResult, null>;

  constructor(db: Db, log: Logger) {
    this.batcher = new WriteBatcher(
      async (batch) => {
        await persist(`results of ${batch.length} notification send(s)`, Date.now() + RETRY_FOR_MS, log, () => recordNotificationResults(db.sql, batch));
        return batch.map(() => null);
      },
      { gatherTurn: true },
    );
  }

  async record(result: NotificationResult): Promise<void> {
    await this.batcher.add(result);
  }
}
