import type { Logger } from '@ordo/config';
import type { Db } from '@ordo/supabase-client';
import { persist } from '../queue/persist.ts';
import { WriteBatcher } from '../queue/write-batcher.ts';
import { type NotificationResult, recordNotificationResults } from './record-notification-delivery.ts';

/**
 * How long a batch of results is retried through connection loss (or a lost deadlock): past it the
 * sends' jobs fail, and their retries find the deliveries `sending` and record them uncertain.
 */
const RETRY_FOR_MS = 15_000;

/**
 * Records what notification sends left behind (the delivery `sent`, the push devices' answers) in
 * batches: the results arriving while one statement commits go together in the next (WriteBatcher,
 * gathering each turn's). A send still waits for its own result to be committed before its job
 * completes, so a retry never finds a delivery the provider took still `sending` unless the process
 * died in between.
 */
export class NotificationResultRecorder {
  private readonly batcher: WriteBatcher<NotificationResult, null>;

  constructor(db: Db, log: Logger) {
    this.batcher = new WriteBatcher(
      async (batch) => {
        await persist(`results of ${batch.length} notification send(s)`, Date.now() + RETRY_FOR_MS, log, () => recordNotificationResults(db, batch));
        return batch.map(() => null);
      },
      { gatherTurn: true },
    );
  }

  async record(result: NotificationResult): Promise<void> {
    await this.batcher.add(result);
  }
}
